import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { documentKindCode, renderedFormats } from '$lib/domain/document/document-file';
import { id } from '$lib/server/validation';

const year = z
	.string()
	.regex(/^\d{4}$/)
	.transform(Number);

/** The params of the document downloads: the organisation, the year, pdf or docx; a report's period; a fastställd version's id. */
export const documentDownloadParams = {
	plan: z.object({ slug: z.string().min(1), year, format: z.enum(renderedFormats) }),
	report: z.object({
		slug: z.string().min(1),
		year,
		// The document kind's code is the report's URL name: t1, t2, vb.
		period: documentKindCode.exclude(['vp']),
		format: z.enum(renderedFormats)
	}),
	frozen: z.object({ slug: z.string().min(1), year, id, format: z.enum(renderedFormats) })
};

/** The params as the schema reads them; anything else is the 404 page, as for the document pages. */
export function parseDownloadParams<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
	const parsed = schema.safeParse(params);
	if (!parsed.success) error(404, 'Sidan finns inte.');
	return parsed.data;
}
