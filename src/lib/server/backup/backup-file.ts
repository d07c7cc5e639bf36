/**
 * The Verksam backup file: gzip'ed JSON lines. Line 1 is the header (below); then, table by
 * table in the header's order, a marker line `["table","NAME"]` followed by one line per row
 * (PostgreSQL's own row_to_json of the row, so every type is written as the database writes it);
 * the last line is `["end"]`. Row lines are objects and markers arrays, so they cannot be confused.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'verksam-backup';
export const BACKUP_VERSION = 1;

export const backupHeader = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.number().int(),
	createdAt: z.string(),
	/** drizzle's migrations table: how many ran, and the newest one's timestamp (milliseconds, as text). */
	migrations: z.object({ count: z.number().int(), latest: z.string().regex(/^\d+$/) }),
	tables: z.array(
		z.object({
			name: z.string().min(1),
			columns: z.array(z.object({ name: z.string().min(1), type: z.string() })).min(1),
			rows: z.number().int().nonnegative()
		})
	)
});
export type BackupHeader = z.infer<typeof backupHeader>;

export const tableMarker = (name: string) => JSON.stringify(['table', name]);
export const END_MARKER = JSON.stringify(['end']);

/** Splits a stream of text into lines, however the chunks fall. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
	let rest = '';
	for await (const chunk of chunks) {
		const parts = (rest + chunk).split('\n');
		rest = parts.pop()!;
		yield* parts;
	}
	if (rest) yield rest;
}
