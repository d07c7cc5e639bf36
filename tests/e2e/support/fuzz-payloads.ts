/**
 * fast-check arbitraries for hostile form posts: a form's own fields (harvested from the page that
 * shows it) kept, dropped, doubled or given a hostile value, plus fields nobody asked for, sent
 * url-encoded, as multipart (with files), as JSON or text, or as bytes that are no form at all.
 */
import fc from 'fast-check';

/** Text a person would not type, but a script or a pasted document might send. */
const nastyTexts = [
	'',
	' ',
	'\u0000',
	'a\u0000b',
	'\u202Eevil\u202C',
	'\u200F\u05E9\u05DC\u05D5\u05DD',
	'\uD800',
	'\uDFFF',
	'a\uD83D',
	'e\u0301\u0301\u0301\u0301\u0301\u0301',
	'\uFEFF',
	'\r\n\r\n',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"'; drop table goals; --",
	"' OR '1'='1",
	'%00',
	'%',
	'../../../../etc/passwd',
	'1e309',
	'-1e309',
	'-0',
	'NaN',
	'Infinity',
	'-1',
	'0',
	'1.5',
	'1,5',
	'−1 400',
	'9007199254740993',
	'99999999999999999999999',
	'0x10',
	'2026-02-30',
	'00000000-0000-0000-0000-000000000000',
	'__proto__',
	'constructor',
	'[object Object]',
	'{"__proto__":{"admin":true}}',
	'null',
	'true',
	'😀'.repeat(300)
];

/** Names of fields no form has, some of them meant to reach an object's prototype. */
const strangeNames = ['__proto__', 'constructor', 'prototype', '__proto__[admin]', 'constructor.prototype', 'toString', '', ' ', '_form', 'id[]', 'a'.repeat(500)];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...nastyTexts) },
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.integer().map(String) },
	{ weight: 1, arbitrary: fc.double().map(String) },
	// Long text: within the form limit, and (rarely) a whole page of it.
	{ weight: 1, arbitrary: fc.constantFrom(5_000, 60_000).map((n) => 'å'.repeat(n)) }
);

export type Field = [name: string, value: string];

/** What to do with one of the form's own fields. */
const fieldMutation = (field: Field): fc.Arbitrary<Field[]> =>
	fc.oneof(
		{ weight: 3, arbitrary: fc.constant<Field[]>([field]) },
		{ weight: 1, arbitrary: fc.constant<Field[]>([]) },
		{ weight: 3, arbitrary: hostileText.map((value): Field[] => [[field[0], value]]) },
		{ weight: 1, arbitrary: hostileText.map((value): Field[] => [field, [field[0], value]]) },
		// A field repeated many times (a long array), when it is short.
		{ weight: 1, arbitrary: fc.integer({ min: 2, max: field[1].length > 100 ? 3 : 300 }).map((n): Field[] => Array.from({ length: n }, () => field)) }
	);

/** A form's fields as sent: its own, mutated, and some extra ones in a random order. */
export function formFields(known: Field[]): fc.Arbitrary<Field[]> {
	const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...strangeNames), fc.string({ maxLength: 20 })), hostileText), { maxLength: 4 });
	return fc
		.tuple(fc.tuple(...known.map(fieldMutation)), extra, fc.boolean())
		.map(([kept, more, shuffle]) => {
			const all = [...kept.flat(), ...more];
			return shuffle ? all.reverse() : all;
		});
}

export type BodyKind = 'urlencoded' | 'multipart' | 'multipart-with-file' | 'json' | 'text' | 'none' | 'garbage-form' | 'broken-multipart';

export interface FuzzBody {
	kind: BodyKind;
	contentType: string | null;
	body: BodyInit | null;
	/** The browser's enhanced form post (JSON answer) rather than a plain one (a page). */
	enhanced: boolean;
}

const files = fc.constantFrom(
	new Blob(['%PDF-1.4 not really']),
	new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xff])]),
	new Blob(['<svg onload=alert(1)>']),
	new Blob([new Uint8Array(256).map((_, i) => i)])
);

/** Encodes the fields in one of the ways a client may send them, including ways no form does. */
export function fuzzBody(fields: Field[]): fc.Arbitrary<FuzzBody> {
	return fc
		.tuple(
			fc.constantFrom<BodyKind>('urlencoded', 'urlencoded', 'urlencoded', 'multipart', 'multipart-with-file', 'json', 'text', 'none', 'garbage-form', 'broken-multipart'),
			files,
			fc.uint8Array({ maxLength: 64 }),
			// Mostly as the enhanced form sends it (a JSON answer, no page rendered): cheaper, and the same action runs.
			fc.constantFrom(true, true, false)
		)
		.map(([kind, file, garbage, enhanced]): FuzzBody => {
			switch (kind) {
				case 'urlencoded':
					return { kind, enhanced, contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams(fields).toString() };
				case 'multipart':
				case 'multipart-with-file': {
					const form = new FormData();
					for (const [name, value] of fields) form.append(name, value);
					if (kind === 'multipart-with-file') form.append(fields[0]?.[0] ?? 'file', file, 'fil.pdf');
					// fetch sets the multipart content type with its boundary.
					return { kind, enhanced, contentType: null, body: form };
				}
				case 'json':
					return { kind, enhanced, contentType: 'application/json', body: JSON.stringify(Object.fromEntries(fields)) };
				case 'text':
					return { kind, enhanced, contentType: 'text/plain', body: fields.map(([n, v]) => `${n}=${v}`).join('\r\n') };
				case 'none':
					return { kind, enhanced, contentType: null, body: null };
				case 'garbage-form':
					return { kind, enhanced, contentType: 'application/x-www-form-urlencoded', body: garbage };
				case 'broken-multipart':
					return { kind, enhanced, contentType: 'multipart/form-data; boundary=xyz', body: new Uint8Array([...new TextEncoder().encode('--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n'), ...garbage]) };
			}
		});
}
