import { maxSheetBytes } from '../followup/outcome-sheet-file';
import { MAX_PLAN_DOCUMENT_BYTES } from '../import/read-plan-document';

/**
 * The largest request body each route takes, checked by the request guard (hooks.server.ts)
 * before any action reads it, so an oversized post is refused with a Swedish 413 and never
 * buffered whole. adapter-node's BODY_SIZE_LIMIT is set to the largest of them
 * (`largestBodyBytes`) as a backstop.
 */

/** A form's text: a plan's longest section, pasted, is a few hundred kilobytes; 1 MB leaves room without letting a post fill memory. */
export const formBodyBytes = 1024 * 1024;

/** A multipart body's boundaries and part headers, and the form's other fields, around the uploaded file. */
const multipartRoom = 256 * 1024;

/** Routes that take an upload: the file's own limit plus room for the rest of the form. */
const uploadBodyBytes: Record<string, number> = {
	'/org/[slug]/[year]/utfall/[period=period]/import': maxSheetBytes + multipartRoom,
	// The confirm step carries the read plan back as JSON: never larger than the document it was read from.
	'/org/[slug]/[year]/importera': MAX_PLAN_DOCUMENT_BYTES + multipartRoom
};

/** The largest body a route (by SvelteKit's route id) takes. */
export function bodyLimitOf(routeId: string | null): number {
	return (routeId && uploadBodyBytes[routeId]) || formBodyBytes;
}

/** The largest body any route takes: adapter-node's BODY_SIZE_LIMIT. */
export const largestBodyBytes = Math.max(formBodyBytes, ...Object.values(uploadBodyBytes));
