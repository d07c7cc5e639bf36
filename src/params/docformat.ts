import type { ParamMatcher } from '@sveltejs/kit';
import { isRenderedFormat } from '$lib/domain/document/document-file';

/** A document download's format in a URL: pdf or docx. */
export const match: ParamMatcher = (param) => isRenderedFormat(param);
