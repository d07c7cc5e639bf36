/** A statement may carry at most 65 535 parameters (PostgreSQL's protocol); stay well below that. */
const maxParameters = 30_000;

/** Splits rows into runs that a statement of `perRow` parameters a row can take, for bulk inserts and updates. */
export function parameterChunks<T>(rows: readonly T[], perRow: number): T[][] {
	const size = Math.max(1, Math.floor(maxParameters / Math.max(1, perRow)));
	const chunks: T[][] = [];
	for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
	return chunks;
}
