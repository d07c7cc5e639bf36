import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block } from '../../domain/document/document-model';
import { loadPdfmake } from './pdf/pdfmake';
import { renderPdf } from './render-pdf';
import { activityTable, buildCover, buildDocument, indicatorTable } from './testing/document-factory';

const dir = mkdtempSync(path.join(tmpdir(), 'verksam-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function save(pdf: Uint8Array): string {
	const file = path.join(dir, `document-${++fileCount}.pdf`);
	writeFileSync(file, pdf);
	return file;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** pdftotext -raw (content-stream order), whitespace normalised; one page when `page` is given. */
function text(file: string, page?: number): string {
	const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
	return normalise(execFileSync('pdftotext', ['-raw', ...pages, file, '-'], { encoding: 'utf8' }));
}

function info(file: string): Record<string, string> {
	const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return Object.fromEntries(out.split('\n').flatMap((line) => (/^([^:]+):\s*(.*)$/.exec(line) ? [[RegExp.$1, RegExp.$2]] : [])));
}

/** Whether `parts` occur in `haystack` in this order. */
function inOrder(haystack: string, parts: string[]): string[] {
	const missing: string[] = [];
	let from = 0;
	for (const part of parts) {
		const at = haystack.indexOf(part, from);
		if (at < 0) missing.push(part);
		else from = at + part.length;
	}
	return missing;
}

function count(haystack: string, needle: string): number {
	return haystack.split(needle).length - 1;
}

interface Bookmark {
	title: string;
	children: Bookmark[];
}

/** A PDF literal string's bytes ("(…)" from `start`, just after the parenthesis) decoded. */
function literalString(source: string, start: number): string {
	let bytes = '';
	let depth = 1;
	for (let i = start; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') {
			const next = source[++i];
			const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
			if (/[0-7]/.test(next)) {
				const octal = /^[0-7]{1,3}/.exec(source.slice(i, i + 3))![0];
				bytes += String.fromCharCode(parseInt(octal, 8));
				i += octal.length - 1;
			} else bytes += escapes[next] ?? next;
			continue;
		}
		if (c === '(') depth++;
		if (c === ')' && --depth === 0) break;
		bytes += c;
	}
	const buffer = Buffer.from(bytes, 'latin1');
	if (buffer[0] === 0xfe && buffer[1] === 0xff) {
		// UTF-16BE with its byte-order mark: swap to little-endian for Node's decoder.
		const swapped = Buffer.from(buffer.subarray(2));
		return swapped.swap16().toString('utf16le');
	}
	return bytes;
}

/**
 * The bookmark tree of an uncompressed PDF, read from its objects: the catalog's /Outlines, then
 * each item's /First child and /Next sibling. pdfinfo does not show bookmarks and pdftotext
 * ignores them, so the test reads the structure itself (what a viewer's bookmark pane shows).
 */
function bookmarks(pdf: Uint8Array): Bookmark[] {
	const source = Buffer.from(pdf).toString('latin1');
	const objects = new Map<string, string>();
	for (const match of source.matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(?:stream|endobj)/g)) objects.set(match[1], match[2]);
	const ref = (body: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(body)?.[1];
	const catalog = [...objects.values()].find((body) => body.includes('/Type /Catalog'))!;
	const children = (parent: string): Bookmark[] => {
		const list: Bookmark[] = [];
		for (let id = ref(objects.get(parent)!, 'First'); id; id = ref(objects.get(id)!, 'Next')) {
			const body = objects.get(id)!;
			list.push({ title: literalString(body, body.indexOf('/Title (') + '/Title ('.length), children: children(id) });
		}
		return list;
	};
	return children(ref(catalog, 'Outlines')!);
}

const leaf = (title: string): Bookmark => ({ title, children: [] });

/** A plan's body: the cascade of four levels, a labelled value, tables, a page break, a list. */
const planBody: Block[] = [
	{ type: 'heading', level: 1, text: 'Inledning', contents: true },
	{ type: 'paragraph', text: 'Förskolan Solrosen har fyra avdelningar.\nÖppettider 06.30–18.00.' },
	{ type: 'heading', level: 1, text: 'KF:s inriktningsmål: Barn och unga växer upp trygga', contents: true },
	{ type: 'heading', level: 2, text: 'Områdesmål: Ökad trygghet i förskolan', contents: true },
	{ type: 'heading', level: 3, text: 'Nämndmål: Alla barn känner sig trygga', contents: false },
	{ type: 'heading', level: 4, text: 'Enhetsmål: Trygga övergångar på Solrosen', contents: false },
	{ type: 'labelled', label: 'Bedömning', value: 'Delvis uppfyllt', tone: 'partly' },
	indicatorTable('Indikatorer', 3, 'Andel nöjda vårdnadshavare'),
	{ type: 'heading', level: 2, text: 'Områdesmål: Lärande för alla', contents: true },
	{ type: 'heading', level: 3, text: 'Nämndmål: Fler barn når målen', contents: false },
	{ type: 'paragraph', text: 'Vi arbetar med språkutveckling på alla avdelningar.' },
	{ type: 'pageBreak' },
	{ type: 'heading', level: 1, text: 'Ekonomi', contents: true },
	{
		type: 'table',
		caption: 'Budget (tkr)',
		columns: [
			{ label: 'Post', align: 'left', weight: 3 },
			{ label: 'Budget', align: 'right', weight: 1 },
			{ label: 'Avvikelse', align: 'right', weight: 1 }
		],
		rows: [
			{ cells: [{ text: 'Intäkter' }, { text: '1 200' }, { text: '−50' }] },
			{ cells: [{ text: 'Personalkostnader' }, { text: '−18 400' }, { text: '−250', tone: 'notMet' }] },
			{ cells: [{ text: 'Netto' }, { text: '−17 200' }, { text: '−300' }], sum: true }
		]
	},
	{ type: 'heading', level: 1, text: 'Bilagor', contents: true },
	{ type: 'list', items: ['Likabehandlingsplan', 'Årshjul för systematiskt kvalitetsarbete'] }
];

describe('renderPdf', () => {
	it('writes the first page, the Innehållsförteckning and the body in document order, å ä ö intact', async () => {
		const file = save(await renderPdf(buildDocument(planBody)));
		const missing = inOrder(text(file), [
			'Handläggare: Åsa Öberg',
			'Telefon: 08-123 45',
			'Till: Norrvikens stadsdelsnämnd',
			'Solrosens förskola',
			'Norrvikens stadsdelsnämnd, Exempelstad',
			'Verksamhetsplan 2026 för Solrosens förskola',
			'Förslag till beslut',
			'Innehållsförteckning',
			'Inledning',
			'Förskolan Solrosen har fyra avdelningar. Öppettider 06.30–18.00.',
			'KF:s inriktningsmål: Barn och unga växer upp trygga',
			'Områdesmål: Ökad trygghet i förskolan',
			'Nämndmål: Alla barn känner sig trygga',
			'Enhetsmål: Trygga övergångar på Solrosen',
			'Bedömning: Delvis uppfyllt',
			'Indikatorer',
			'Indikator Årsmål KF:s årsmål Periodicitet',
			'Andel nöjda vårdnadshavare 1 90 % 95 % Tertial',
			'Andel nöjda vårdnadshavare 3 92 % 95 % Tertial',
			'Områdesmål: Lärande för alla',
			'Nämndmål: Fler barn når målen',
			'Vi arbetar med språkutveckling på alla avdelningar.',
			'Ekonomi',
			'Budget (tkr)',
			'Post Budget Avvikelse',
			'Intäkter 1 200 −50',
			'Personalkostnader −18 400 −250',
			'Netto −17 200 −300',
			'Bilagor',
			'Likabehandlingsplan',
			'Årshjul för systematiskt kvalitetsarbete'
		]);
		expect(missing).toEqual([]);
	});

	it('is A4 with the title and subject, four pages, each with its "Sid N (M)" footer', async () => {
		const file = save(await renderPdf(buildDocument(planBody)));
		const meta = info(file);
		expect(meta.Title).toBe('Verksamhetsplan 2026 för Solrosens förskola');
		expect(meta.Subject).toBe('Solrosens förskola, Norrvikens stadsdelsnämnd, Exempelstad');
		// A4 is 210 × 297 mm = 595.28 × 841.89 pt (1 pt = 25.4/72 mm).
		expect(meta['Page size']).toBe('595.28 x 841.89 pts (A4)');
		// 1 first page + 1 Innehållsförteckning + 2 body pages (one page break; each part is far shorter than a page).
		expect(meta.Pages).toBe('4');
		for (let page = 1; page <= 4; page++) expect(text(file, page)).toContain(`Sid ${page} (4)`);
		// The first page is the cover alone, the second the contents alone.
		expect(text(file, 1)).not.toContain('Innehållsförteckning');
		expect(text(file, 2)).toMatch(/^Innehållsförteckning /);
		expect(text(file, 3)).toMatch(/^Inledning /);
		expect(text(file, 4)).toMatch(/^Ekonomi /);
	});

	it('lists the contents headings, indented levels included, with the pages they are on', async () => {
		const file = save(await renderPdf(buildDocument(planBody)));
		const contents = text(file, 2);
		// Before the page break: page 3; Ekonomi and Bilagor after it: page 4.
		const expected: [string, number][] = [
			['Inledning', 3],
			['KF:s inriktningsmål: Barn och unga växer upp trygga', 3],
			['Områdesmål: Ökad trygghet i förskolan', 3],
			['Områdesmål: Lärande för alla', 3],
			['Ekonomi', 4],
			['Bilagor', 4]
		];
		expect(contents).toBe(`Innehållsförteckning ${expected.map(([title, page]) => `${title} ${page}`).join(' ')} Sid 2 (4)`);
		for (const [title, page] of expected) expect(text(file, page)).toContain(title);
		expect(contents).not.toContain('Nämndmål');
	});

	it('repeats the table header on every page a long table breaks onto', async () => {
		const body: Block[] = [{ type: 'heading', level: 1, text: 'Indikatorer för förskolorna', contents: true }, indicatorTable('Alla indikatorer', 90)];
		const file = save(await renderPdf(buildDocument(body)));
		const pages = Number(info(file).Pages);
		const header = 'Indikator Årsmål KF:s årsmål Periodicitet';
		// Rows are about 15 pt high and a page holds 842 − 2 × 56 = 730 pt: 90 rows need at least two body pages.
		const bodyPages = Array.from({ length: pages - 2 }, (_, i) => i + 3);
		expect(bodyPages.length).toBeGreaterThanOrEqual(2);
		for (const page of bodyPages) {
			const pageText = text(file, page);
			expect(count(pageText, header)).toBe(1);
			// On continuation pages the header comes first, then the rows.
			if (page > 3) expect(pageText).toMatch(new RegExp(`^${header} Indikator \\d+ `));
		}
		expect(count(text(file), header)).toBe(bodyPages.length);
		// Every row once, none split: "Indikator 90 99 %" (90 + (89 mod 10) = 99).
		const all = text(file);
		for (const n of [1, 45, 90]) expect(count(all, `Indikator ${n} `)).toBe(1);
		expect(all).toContain('Indikator 90 99 % 95 % Tertial');
	});

	it('loses no row of a table too long to keep with its heading', async () => {
		// 12 rows with 400 characters in a column 4/7 of 483 pt ≈ 276 pt wide: about 8 lines (90 pt) a row,
		// over 1 000 pt in all, more than a page (730 pt), so the heading cannot be kept with it whole.
		const long = 'Aktiviteten genomförs i samverkan med vårdnadshavare och skola. '.repeat(6).slice(0, 400);
		const activities = activityTable(Array.from({ length: 12 }, (_, i) => `${long} Rad ${i + 1} slut`));
		const file = save(await renderPdf(buildDocument([{ type: 'heading', level: 1, text: 'Aktiviteter för året', contents: true }, activities])));
		const all = text(file);
		for (let row = 1; row <= 12; row++) expect(all).toContain(`Rad ${row} slut`);
		expect(Number(info(file).Pages)).toBeGreaterThanOrEqual(4);
	});

	it('bookmarks every heading, nested by level, beside the first page and the contents', async () => {
		const pdf = await renderPdf(buildDocument(planBody), { compress: false });
		expect(bookmarks(pdf)).toEqual([
			leaf('Verksamhetsplan 2026 för Solrosens förskola'),
			leaf('Innehållsförteckning'),
			leaf('Inledning'),
			{
				title: 'KF:s inriktningsmål: Barn och unga växer upp trygga',
				children: [
					{
						title: 'Områdesmål: Ökad trygghet i förskolan',
						children: [{ title: 'Nämndmål: Alla barn känner sig trygga', children: [leaf('Enhetsmål: Trygga övergångar på Solrosen')] }]
					},
					{ title: 'Områdesmål: Lärande för alla', children: [leaf('Nämndmål: Fler barn når målen')] }
				]
			},
			leaf('Ekonomi'),
			leaf('Bilagor')
		]);
	});

	it('sets the language, shows the title in the viewer, and claims no tags it does not have', async () => {
		const pdf = Buffer.from(await renderPdf(buildDocument(planBody), { compress: false })).toString('latin1');
		expect(pdf).toContain('/Lang (sv-SE)');
		expect(pdf).toMatch(/\/DisplayDocTitle true/);
		// pdfmake writes no structure elements, so the PDF must not say it is tagged.
		expect(pdf).not.toContain('/StructTreeRoot');
		expect(pdf).not.toContain('/MarkInfo');
		expect(info(save(await renderPdf(buildDocument(planBody)))).Tagged).toBe('no');
	});

	it('gives each unit of a compilation its cover page, a contents entry and a bookmark, without empty pages', async () => {
		const unit = (name: string): Block[] => [
			{ type: 'pageBreak' },
			{ type: 'cover', cover: buildCover({ organisation: name, title: `Verksamhetsplan 2026 för ${name}`, proposal: null, decision: [{ label: 'Beslutsdatum', value: '2026-02-12' }] }) },
			{ type: 'pageBreak' },
			{ type: 'heading', level: 2, text: `Inledning ${name}`, contents: true },
			{ type: 'heading', level: 3, text: `Enhetsmål för ${name}`, contents: false },
			{ type: 'paragraph', text: 'Kort text.' }
		];
		const model = buildDocument([...unit('Solrosen'), ...unit('Blåklinten')], {
			cover: buildCover({ fields: [], organisation: 'Norrvikens stadsdelsnämnd', issuer: 'Exempelstad', title: 'Verksamhetsplaner 2026' })
		});
		const pdf = await renderPdf(model, { compress: false });
		const file = save(pdf);
		// First page, contents, then per unit its cover page and one body page: 2 + 2 × 2 = 6
		// (the page breaks around the covers make no empty pages).
		expect(info(file).Pages).toBe('6');
		expect(text(file, 3)).toMatch(/^Handläggare: Åsa Öberg .* Solrosen .*Verksamhetsplan 2026 för Solrosen Beslutsdatum: 2026-02-12 Sid 3 \(6\)$/);
		expect(text(file, 4)).toMatch(/^Inledning Solrosen Enhetsmål för Solrosen Kort text\. Sid 4 \(6\)$/);
		expect(text(file, 5)).toContain('Verksamhetsplan 2026 för Blåklinten');
		expect(text(file, 2)).toBe(
			'Innehållsförteckning Verksamhetsplan 2026 för Solrosen 3 Inledning Solrosen 4 Verksamhetsplan 2026 för Blåklinten 5 Inledning Blåklinten 6 Sid 2 (6)'
		);
		expect(bookmarks(pdf)).toEqual([
			leaf('Verksamhetsplaner 2026'),
			leaf('Innehållsförteckning'),
			{ title: 'Verksamhetsplan 2026 för Solrosen', children: [{ title: 'Inledning Solrosen', children: [leaf('Enhetsmål för Solrosen')] }] },
			{ title: 'Verksamhetsplan 2026 för Blåklinten', children: [{ title: 'Inledning Blåklinten', children: [leaf('Enhetsmål för Blåklinten')] }] }
		]);
	});

	it('leaves the model as it was (the same model is rendered as Word too)', async () => {
		const model = buildDocument(planBody);
		const before = structuredClone(model);
		await renderPdf(model);
		expect(model).toEqual(before);
	});

	it('has no Innehållsförteckning page when the model has no contents', async () => {
		const file = save(await renderPdf(buildDocument([{ type: 'paragraph', text: 'Planen är tom.' }], { contents: null })));
		expect(info(file).Pages).toBe('2');
		expect(text(file, 2)).toBe('Planen är tom. Sid 2 (2)');
	});

	it('lets a document read no file but the fonts and fetch no URL', async () => {
		const pdfmake = await loadPdfmake();
		// pdfmake fetches the images dictionary's URLs before layout (the policy is asked first).
		const withImage = (src: string) => pdfmake.createPdf({ images: { logo: src }, content: [{ image: 'logo' }] }).getBuffer();
		await expect(withImage('/etc/hostname')).rejects.toThrow(/Access to local file denied/);
		await expect(withImage('https://example.com/logo.png')).rejects.toThrow(/Access to URL denied/);
	});
});
