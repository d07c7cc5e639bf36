/** Times as Swedish users read them: in Europe/Stockholm, ISO order ("2026-11-24 10:15"). */

const TIME_ZONE = 'Europe/Stockholm';

const parts = new Intl.DateTimeFormat('sv-SE', {
	timeZone: TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23',
	timeZoneName: 'longOffset'
});

function stockholmParts(at: Date): Record<string, string> {
	return Object.fromEntries(parts.formatToParts(at).map((p) => [p.type, p.value]));
}

/** 2026-07-01T10:00:00Z → "2026-07-01T12:00:00+02:00": ISO 8601 with Stockholm's offset that day. */
export function stockholmIso(at: Date): string {
	const p = stockholmParts(at);
	// "GMT+02:00"; exactly UTC is written "GMT".
	const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName.replace('GMT', '');
	return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** 2026-07-01T10:00:00Z → "2026-07-01 12:00". */
export function stockholmDateTime(at: Date): string {
	const p = stockholmParts(at);
	return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The calendar date in Stockholm: 2026-01-01T23:30:00Z → "2026-01-02". */
export function stockholmDate(at: Date): string {
	const p = stockholmParts(at);
	return `${p.year}-${p.month}-${p.day}`;
}
