import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../domain/document/document-model';
import { contentsLevels, layoutSize, pageNumberEstimateLimit, renderDocx } from './render-docx';
import { docxCompilationModel, docxCover, docxPlanModel } from './testing/docx-document-factory';

const run = promisify(execFile);

async function unpack(model: DocumentModel): Promise<Record<string, string>> {
	const files = unzipSync(await renderDocx(model));
	return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (e) => entities[e]);

/** Each paragraph's style and its texts (the w:t elements), in document order. */
function paragraphs(xml: string): { style: string | null; texts: string[]; xml: string }[] {
	return [...xml.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>/gs)].map((m) => ({
		style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[1])?.[1] ?? null,
		texts: [...m[1].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])),
		xml: m[1]
	}));
}

const headings = (xml: string) =>
	paragraphs(xml)
		.filter((p) => p.style?.startsWith('Heading'))
		.map((p) => `${p.style}: ${p.texts.join('')}`);

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => [...m[1].matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) => r[1]));

describe('renderDocx: a unit plan', async () => {
	const files = await unpack(docxPlanModel());
	const body = files['word/document.xml'];

	it('is a Word file with A4 portrait pages and margins', () => {
		// A4 = 210 × 297 mm = 11906 × 16838 twips (1 mm = 56.7 twips); 2.5 cm = 1418 twips.
		expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
		expect(body).toMatch(/<w:pgMar w:top="1134" w:right="1418" w:bottom="1134" w:left="1418"/);
	});

	it('has the cover: fields, organisation, issuer, the title in the Title style and the proposal', () => {
		const cover = paragraphs(body).slice(0, 7);
		expect(cover.map((p) => p.texts.join(''))).toEqual([
			'Handläggare\tÅsa Öberg',
			'Telefon\t070-123 45 67',
			'Till\tNorrvikens stadsdelsnämnd',
			'Solrosens förskola',
			'Norrvikens stadsdelsnämnd, Exempelstad',
			'Verksamhetsplan 2026 för Solrosens förskola',
			'Förslag till beslut'
		]);
		expect(cover[5].style).toBe('Title');
	});

	it('writes the headings with Word’s Heading 1–N styles in document order', () => {
		expect(headings(body)).toEqual([
			'Heading1: Inledning',
			'Heading1: KF:s inriktningsmål: Ett tryggt och hållbart Exempelstad',
			'Heading2: Område: Barn och utbildning',
			'Heading3: Nämndmål: Fler barn når målen i förskolan',
			'Heading4: Enhetsmål: Alla barn får läsa varje dag',
			'Heading1: Ekonomi',
			'Heading1: Bilagor'
		]);
		// The body starts on the page after the contents; the contents on the page after the cover.
		const all = paragraphs(body);
		expect(all.find((p) => p.style === 'TOCHeading')?.xml).toContain('<w:pageBreakBefore/>');
		expect(all.find((p) => p.style === 'Heading1')?.xml).toContain('<w:pageBreakBefore/>');
	});

	it('has a real TOC field over the marked levels (1-2), hyperlinked, filled with its entries and page numbers', () => {
		expect(body).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
		expect(body).toContain('<w:docPartGallery w:val="Table of Contents"/>');
		const entries = paragraphs(body)
			.filter((p) => p.style?.startsWith('TOC') && p.style !== 'TOCHeading')
			.map((p) => `${p.style}: ${p.texts.join(' | ')}`);
		// Page 1 the cover, page 2 the contents, and the whole body (about half a page) on page 3.
		expect(entries).toEqual([
			'TOC1: Inledning | 3',
			'TOC1: KF:s inriktningsmål: Ett tryggt och hållbart Exempelstad | 3',
			'TOC2: Område: Barn och utbildning | 3',
			'TOC1: Ekonomi | 3',
			'TOC1: Bilagor | 3'
		]);
		// Each entry links to a bookmark on its heading: five entries, five bookmarks.
		expect(body.match(/<w:hyperlink w:history="1" w:anchor="_Toc\d+">/g)).toHaveLength(5);
		expect(body.match(/<w:bookmarkStart w:name="_Toc\d+"/g)).toHaveLength(5);
		expect(files['word/settings.xml']).toContain('<w:updateFields/>');
	});

	it('marks each table’s first row as its header row, keeps rows whole and shades the header', () => {
		const found = tables(body);
		expect(found).toHaveLength(3); // Indikatorer, Aktiviteter, Budget (tkr)
		for (const rows of found) {
			expect(rows[0]).toContain('<w:tblHeader/>');
			expect(rows[0]).toContain('w:fill="E7E9EC"');
			expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
			expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
		}
		// Each caption is a bold Caption paragraph right before its table, kept with it.
		const captions = paragraphs(body).filter((p) => p.style === 'Caption');
		expect(captions.map((p) => p.texts.join(''))).toEqual(['Indikatorer', 'Aktiviteter', 'Budget (tkr)']);
		expect(files['word/styles.xml']).toMatch(/<w:style w:type="paragraph" w:styleId="Caption">.*?<w:keepNext\/>.*?<w:b\/>.*?<\/w:style>/s);
	});

	it('sizes columns by weight, right-aligns the figure columns, and draws the Netto row bold with a rule', () => {
		const [indicators, , budget] = tables(body);
		// Text width 11906 − 2 × 1418 = 9070; weights 3:1:1:1 → 9070 × 3/6 = 4535, 9070/6 = 1511.67 → 1511, 1511,
		// and the last takes the rest: 9070 − 4535 − 1511 − 1511 = 1513.
		expect(body).toContain('<w:tblGrid><w:gridCol w:w="4535"/><w:gridCol w:w="1511"/><w:gridCol w:w="1511"/><w:gridCol w:w="1513"/></w:tblGrid>');
		const cells = (row: string) => [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => c[1]);
		const [name, target, councilTarget, periodicity] = cells(indicators[1]);
		expect([name, target, councilTarget, periodicity].map((c) => c.includes('<w:jc w:val="right"/>'))).toEqual([false, true, true, false]);
		const netto = cells(budget[3]);
		expect(netto.map((c) => /<w:t(?:\s[^>]*)?>([^<]*)</.exec(c)?.[1])).toEqual(['Netto', '−21 024', '−21 250']);
		for (const cell of netto) {
			expect(cell).toContain('<w:b/>');
			expect(cell).toMatch(/<w:tcBorders><w:top w:val="single" w:color="1F2933" w:sz="12"\/><\/w:tcBorders>/);
		}
		expect(cells(budget[2]).some((c) => c.includes('<w:b/>'))).toBe(false);
	});

	it('keeps line breaks, labelled values in their tone, bullet lists and å, ä, ö', () => {
		const all = paragraphs(body);
		const intro = all.find((p) => p.texts[0] === 'Solrosens förskola välkomnar alla barn.');
		expect(intro?.xml).toContain('<w:br/><w:t xml:space="preserve">Vi arbetar med språk, rörelse och miljö.</w:t>');
		const assessment = all.find((p) => p.texts[0] === 'Bedömning: ');
		// partly: fill #fff4d6, text in its border colour #8a5a00.
		expect(assessment?.xml).toMatch(/<w:color w:val="8A5A00"\/>.*<w:shd w:fill="FFF4D6"/s);
		expect(assessment?.texts).toEqual(['Bedömning: ', 'Delvis uppfyllt']);
		const bullets = all.filter((p) => p.xml.includes('<w:numPr>'));
		expect(bullets.map((p) => p.texts.join(''))).toEqual(['Läsårsplan', 'Måltidspolicy för förskolor']);
	});

	it('has a footer on every page: "Sid", then the PAGE and NUMPAGES fields', () => {
		const footer = files['word/footer1.xml'];
		expect(body).toContain('<w:footerReference w:type="default"');
		expect(body).not.toContain('<w:titlePg/>');
		expect(footer).toMatch(
			/<w:t xml:space="preserve">Sid <\/w:t>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:t xml:space="preserve"> \(<\/w:t>.*<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>.*<w:t xml:space="preserve">\)<\/w:t>/s
		);
	});

	it('is in Swedish (sv-SE) and has the title, subject and language in its properties', () => {
		expect(files['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="sv-SE"\/>.*<\/w:rPr><\/w:rPrDefault>/s);
		const core = files['docProps/core.xml'];
		expect(core).toContain('<dc:title>Verksamhetsplan 2026 för Solrosens förskola</dc:title>');
		expect(core).toContain('<dc:subject>Solrosens förskola, Norrvikens stadsdelsnämnd</dc:subject>');
		expect(core).toContain('<dc:language>sv-SE</dc:language>');
		expect(files['word/styles.xml']).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>');
	});
});

describe('renderDocx: other shapes', () => {
	it('shows the decision instead of the proposal once fastställd, and escapes the title in core.xml', async () => {
		const decision = [
			{ label: 'Beslutsdatum', value: '2026-02-12' },
			{ label: 'Beslutat av', value: 'Norrvikens stadsdelsnämnd' },
			{ label: 'Diarienummer', value: 'SDN 2026/14' }
		];
		const cover = docxCover({ decision, proposal: null, title: 'Plan för <Ån> & "Ängen"' });
		const files = await unpack(docxPlanModel({ cover, title: cover.title }));
		const texts = paragraphs(files['word/document.xml']).map((p) => p.texts.join(''));
		expect(texts).toContain('Beslutsdatum\t2026-02-12');
		expect(texts).toContain('Diarienummer\tSDN 2026/14');
		expect(texts).not.toContain('Förslag till beslut');
		expect(files['docProps/core.xml']).toContain('<dc:title>Plan för &lt;Ån&gt; &amp; &quot;Ängen&quot;</dc:title>');
	});

	it('gives a table cell with a tone the tone’s fill', async () => {
		const model = docxPlanModel({
			body: [
				{
					type: 'table',
					caption: 'Utfall',
					columns: [
						{ label: 'Indikator', align: 'left', weight: 2 },
						{ label: 'Bedömning', align: 'left', weight: 1 }
					],
					rows: [{ cells: [{ text: 'Andel nöjda' }, { text: 'Uppfyllt', tone: 'met' }] }, { cells: [{ text: 'Lästid' }, { text: 'Ej uppfyllt', tone: 'notMet' }] }]
				}
			]
		});
		const [rows] = tables((await unpack(model))['word/document.xml']);
		// met: #e3f1e6, notMet: #fbe7e7 (toneColours); the name cells have no fill.
		expect(rows[1]).toMatch(/<w:shd w:fill="E3F1E6" w:val="clear"\/>.*Uppfyllt/s);
		expect(rows[2]).toMatch(/<w:shd w:fill="FBE7E7" w:val="clear"\/>.*Ej uppfyllt/s);
		expect(rows[1].match(/<w:shd /g)).toHaveLength(1);
	});

	it('writes no contents when the model has none, and starts the body on the page after the cover', async () => {
		const model = docxPlanModel({ contents: null, body: [{ type: 'paragraph', text: 'Inget att planera ännu.' }] });
		const body = (await unpack(model))['word/document.xml'];
		expect(body).not.toContain('TOC \\');
		const last = paragraphs(body).at(-1);
		expect(last?.texts).toEqual(['Inget att planera ännu.']);
		expect(last?.xml).toContain('<w:pageBreakBefore/>');
	});

	it('renders a compilation’s units as covers whose titles are Heading 1, each on a new page', async () => {
		const model = docxCompilationModel(2, 2);
		expect(contentsLevels(model)).toBe('1-2');
		const body = (await unpack(model))['word/document.xml'];
		const unit = (n: number) => `Verksamhetsplan 2026 för Enhet ${n} – Förskolan Älgen`;
		expect(headings(body).filter((h) => h.startsWith('Heading1') || h.includes('Inledning'))).toEqual([
			`Heading1: ${unit(1)}`,
			'Heading2: Inledning',
			`Heading1: ${unit(2)}`,
			'Heading2: Inledning'
		]);
		// Each unit's cover starts a page on its first paragraph (Handläggare), with no empty paragraph before it.
		const starts = paragraphs(body).filter((p) => p.xml.includes('<w:pageBreakBefore/>'));
		expect(starts.map((p) => p.texts.join(''))).toEqual(['Innehållsförteckning', 'Handläggare\tÅsa Öberg', 'Handläggare\tÅsa Öberg']);
		expect(body).toContain('TOC \\h \\o &quot;1-2&quot;');
	});

	it('leaves the page numbers to Word when asked, or when the document is too large to lay out quickly', async () => {
		const tocOf = async (model: DocumentModel, options?: { estimatePageNumbers: boolean }) => {
			const files = unzipSync(await renderDocx(model, options));
			const body = strFromU8(files['word/document.xml']);
			return {
				entries: paragraphs(body)
					.filter((p) => /^TOC\d$/.test(p.style ?? ''))
					.map((p) => p.texts.join(' | ')),
				dirty: body.includes('<w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC'),
				pageCount: /NUMPAGES<\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/>(?:<w:t[^>]*>(\d+)<\/w:t>)?/.exec(strFromU8(files['word/footer1.xml']))?.[1]
			};
		};
		// Entries still listed and linked, without page numbers; the field marked for Word to update.
		expect(await tocOf(docxPlanModel(), { estimatePageNumbers: false })).toEqual({
			entries: ['Inledning', 'KF:s inriktningsmål: Ett tryggt och hållbart Exempelstad', 'Område: Barn och utbildning', 'Ekonomi', 'Bilagor'],
			dirty: true,
			pageCount: undefined
		});
		expect(await tocOf(docxPlanModel())).toMatchObject({ dirty: false, pageCount: '3' });
		// A heading and a list of 1 000 items: 1 + 1 000 = 1 001, one over the limit.
		const large = docxPlanModel({
			body: [
				{ type: 'heading', level: 1, text: 'Bilagor', contents: true },
				{ type: 'list', items: Array.from({ length: 1000 }, (_, i) => `Bilaga ${i + 1}`) }
			]
		});
		expect(layoutSize(large)).toBe(pageNumberEstimateLimit + 1);
		expect(await tocOf(large)).toEqual({ entries: ['Bilagor'], dirty: true, pageCount: undefined });
	});

	it('measures a document’s size as its paragraphs and table rows', () => {
		// Plan body: 7 headings + 1 paragraph + 1 labelled = 9; tables (rows + caption + header row):
		// (2 + 2) + (1 + 2) + (3 + 2) = 12; the list's 2 items. 9 + 12 + 2 = 23.
		expect(layoutSize(docxPlanModel())).toBe(23);
	});

	it('lists no levels when no heading is marked for the contents', () => {
		const model = docxPlanModel({ body: [{ type: 'heading', level: 3, text: 'Detalj', contents: false }] });
		expect(contentsLevels(model)).toBeNull();
	});
});

describe('renderDocx through LibreOffice', () => {
	it('converts to PDF without error, with the titles in document order', { timeout: 180_000 }, async () => {
		const dir = await mkdtemp(join(tmpdir(), 'verksam-docx-'));
		try {
			const file = join(dir, 'plan.docx');
			await writeFile(file, await renderDocx(docxPlanModel()));
			// A profile of its own, so parallel runs do not share LibreOffice's user installation.
			await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
				timeout: 120_000
			});
			await readFile(join(dir, 'plan.pdf'));
			const { stdout } = await run('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-']);
			const text = stdout.replace(/\s+/g, ' ');
			// Three pages, each ending with its footer: the cover, the contents, the body.
			const [cover, contents, body] = text.split(/Sid [123] \(3\)/);
			expect(text).toMatch(/Sid 1 \(3\).*Sid 2 \(3\).*Sid 3 \(3\)/);
			expect(cover).toContain('Handläggare Åsa Öberg Telefon 070-123 45 67 Till Norrvikens stadsdelsnämnd');
			expect(cover).toContain('Verksamhetsplan 2026 för Solrosens förskola Förslag till beslut');
			expect(contents).toMatch(/Innehållsförteckning Inledning\.+3 KF:s inriktningsmål: Ett tryggt och hållbart Exempelstad\.+3 Område: Barn och utbildning\.+3 Ekonomi\.+3 Bilagor\.+3/);
			const titles = [
				'Inledning',
				'KF:s inriktningsmål: Ett tryggt och hållbart Exempelstad',
				'Område: Barn och utbildning',
				'Nämndmål: Fler barn når målen i förskolan',
				'Enhetsmål: Alla barn får läsa varje dag',
				'Indikatorer',
				'Indikator Årsmål KF:s årsmål Periodicitet',
				'Andel nöjda vårdnadshavare 90 % 85 % Årsvis',
				'Aktivitet Startdatum Slutdatum',
				'Läsfrämjande fredagar 2026-01-15 2026-12-18',
				'Ekonomi',
				'Netto −21 024 −21 250',
				'Bilagor',
				'Måltidspolicy för förskolor'
			];
			let from = -1;
			for (const title of titles) {
				const at = body.indexOf(title, from + 1);
				expect(at, title).toBeGreaterThan(from);
				from = at;
			}
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
