import type { z } from 'zod';
import {
	PLAN_FORMAT,
	PLAN_FORMAT_VERSION,
	planDocSchema,
	planFileSchema,
	type PlanDoc,
	type PlanFile
} from './plan-format';

/**
 * Reading a verksam-plan file (shared/plan-format.md): first the format and version, so that a
 * file of another kind or a newer version gets a clear message, then the structure, where the
 * first problem is named with its path ("plans[0].goals[1].title: …"). Pure: no I/O.
 *
 * The result has the same shape as the server's Result (errors keyed by field, here `file`),
 * so use cases can return it as it is.
 */
export type PlanFileResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export const NOT_A_PLAN_FILE = `Filen är inte i formatet ${PLAN_FORMAT}.`;

export function unsupportedVersionMessage(version: unknown): string {
	const shown = typeof version === 'number' || typeof version === 'string' ? String(version) : null;
	return shown === null || shown === ''
		? `Filen anger ingen version av ${PLAN_FORMAT}; den här versionen av Verksam läser version ${PLAN_FORMAT_VERSION}.`
		: `Version ${shown} av ${PLAN_FORMAT} stöds inte; den här versionen av Verksam läser version ${PLAN_FORMAT_VERSION}.`;
}

export function parsePlanFile(json: unknown): PlanFileResult<PlanFile> {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return fileError(NOT_A_PLAN_FILE);
	const record = json as Record<string, unknown>;
	if (record.format !== PLAN_FORMAT) return fileError(NOT_A_PLAN_FILE);
	if (record.version !== PLAN_FORMAT_VERSION) return fileError(unsupportedVersionMessage(record.version));
	const parsed = planFileSchema.safeParse(json);
	if (!parsed.success) return fileError(describeFirstIssue(parsed.error, json));
	return { ok: true, value: parsed.data };
}

/** Checks one plan (for callers that hold a PlanDoc from elsewhere); paths start at the plan. */
export function parsePlanDoc(doc: unknown): PlanFileResult<PlanDoc> {
	const parsed = planDocSchema.safeParse(doc);
	if (!parsed.success) return fileError(describeFirstIssue(parsed.error, doc));
	return { ok: true, value: parsed.data };
}

function fileError(message: string): { ok: false; errors: Record<string, string> } {
	return { ok: false, errors: { file: message } };
}

/** "plans[0].goals[1].title", with keys that are not identifiers quoted: sections["Förväntat resultat"]. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else {
			const key = String(part);
			if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
			else out += `[${JSON.stringify(key)}]`;
		}
	}
	return out || '(filen)';
}

const typeNames: Record<string, string> = {
	string: 'en text',
	number: 'ett tal',
	int: 'ett heltal',
	boolean: 'true eller false',
	array: 'en lista',
	object: 'ett objekt',
	record: 'ett objekt',
	null: 'null'
};

function describeValue(value: unknown): string {
	if (value === undefined) return 'saknas';
	if (value === null) return 'är null';
	if (Array.isArray(value)) return 'är en lista';
	if (typeof value === 'string') return 'är en text';
	if (typeof value === 'number') return 'är ett tal';
	if (typeof value === 'boolean') return 'är true/false';
	return 'är ett objekt';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = root;
	for (const part of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[part as never];
	}
	return current;
}

/** The first problem in Swedish, with its path. */
export function describeFirstIssue(error: z.ZodError, input: unknown): string {
	const issue = error.issues[0];
	if (!issue) return 'Filen har fel struktur.';
	return `${formatIssuePath(issue.path)}: ${describeIssue(issue, valueAt(input, issue.path))}`;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
	switch (issue.code) {
		case 'invalid_type': {
			const expected = typeNames[issue.expected] ?? issue.expected;
			return value === undefined ? `saknas (ska vara ${expected})` : `ska vara ${expected} men ${describeValue(value)}`;
		}
		case 'too_small':
			if (issue.origin === 'string') return 'får inte vara tom';
			if (issue.origin === 'array') return `ska ha minst ${issue.minimum} rader`;
			return `ska vara minst ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'string') return `är för lång (högst ${issue.maximum} tecken)`;
			if (issue.origin === 'array') return `har för många rader (högst ${issue.maximum})`;
			return `ska vara högst ${issue.maximum}`;
		case 'invalid_value':
			return `ska vara en av ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'invalid_format':
			// Our own patterns carry a Swedish message (for example dates: ÅÅÅÅ-MM-DD).
			return issue.message && !/^Invalid/.test(issue.message) ? issue.message : 'har fel form';
		case 'invalid_union':
			return 'har fel form';
		default:
			return issue.message && !/^(Invalid|Expected|Unrecognized)/.test(issue.message) ? issue.message : 'har fel form';
	}
}
