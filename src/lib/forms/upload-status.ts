import { formatNumber } from '$lib/domain/format/number';

/** Bytes as whole or tenth megabytes, as the upload form's hint and message show them ("20", "21,5"). */
export function megabytes(bytes: number, decimals: 0 | 1): string {
	return formatNumber(bytes / 1024 / 1024, decimals);
}

/**
 * The sizes for the "too large" message when the chosen file is over the limit (checked before
 * sending, so a large file is refused at once instead of after the whole upload); null when it fits.
 */
export function oversize(file: { size: number } | undefined, maxBytes: number): { size: string; max: string } | null {
	if (!file || file.size <= maxBytes) return null;
	return { size: megabytes(file.size, 1), max: megabytes(maxBytes, 0) };
}

/**
 * The percent to announce in the live region, given how far the upload is and the percent last
 * announced: each quarter once (25, 50, 75), never 100 (the next phase is announced then), so a
 * screen reader is not flooded with every percent; null when there is nothing new to say.
 */
export function quarterToAnnounce(percent: number, lastAnnounced: number): number | null {
	const quarter = Math.floor(percent / 25) * 25;
	return quarter > lastAnnounced && percent < 100 ? quarter : null;
}
