import type { Block, CoverPage, DocumentModel, TableColumn, TableRow } from '../../../domain/document/document-model';
import { buildCover, buildDocument } from './document-factory';

const column = (label: string, align: TableColumn['align'], weight: number): TableColumn => ({ label, align, weight });
const row = (...texts: string[]): TableRow => ({ cells: texts.map((text) => ({ text })) });

// Hand-built document models for the Word renderer's tests and measurements, shaped as the
// builder's plans are (KF:s inriktningsmål → area goal → Nämndmål → unit goal, the top two levels
// in the contents), on the shared cover and model of ./document-factory.ts.

/** The shared first page, with a mobile number the Word tests look for. */
export function docxCover(overrides: Partial<CoverPage> = {}): CoverPage {
	return buildCover({
		fields: [
			{ label: 'Handläggare', value: 'Åsa Öberg' },
			{ label: 'Telefon', value: '070-123 45 67' },
			{ label: 'Till', value: 'Norrvikens stadsdelsnämnd' }
		],
		...overrides
	});
}

/** One unit's plan: goals on four levels, an indicator table, an activity table, a budget with its Netto row. */
export function docxPlanBody(unit = 'Solrosens förskola'): Block[] {
	return [
		{ type: 'heading', level: 1, text: 'Inledning', contents: true },
		{ type: 'paragraph', text: `${unit} välkomnar alla barn.\nVi arbetar med språk, rörelse och miljö.` },
		{ type: 'heading', level: 1, text: 'KF:s inriktningsmål: Ett tryggt och hållbart Exempelstad', contents: true },
		{ type: 'heading', level: 2, text: 'Område: Barn och utbildning', contents: true },
		{ type: 'heading', level: 3, text: 'Nämndmål: Fler barn når målen i förskolan', contents: false },
		{ type: 'heading', level: 4, text: 'Enhetsmål: Alla barn får läsa varje dag', contents: false },
		{
			type: 'table',
			caption: 'Indikatorer',
			columns: [column('Indikator', 'left', 3), column('Årsmål', 'right', 1), column('KF:s årsmål', 'right', 1), column('Periodicitet', 'left', 1)],
			rows: [row('Andel nöjda vårdnadshavare', '90 %', '85 %', 'Årsvis'), row('Antal lästimmar per vecka', '5', '', 'Tertialvis')]
		},
		{ type: 'labelled', label: 'Bedömning', value: 'Delvis uppfyllt', tone: 'partly' },
		{
			type: 'table',
			caption: 'Aktiviteter',
			columns: [column('Aktivitet', 'left', 3), column('Startdatum', 'left', 1), column('Slutdatum', 'left', 1)],
			rows: [row('Läsfrämjande fredagar', '2026-01-15', '2026-12-18')]
		},
		{ type: 'heading', level: 1, text: 'Ekonomi', contents: true },
		{
			type: 'table',
			caption: 'Budget (tkr)',
			columns: [column('Post', 'left', 3), column('Budget', 'right', 1), column('Prognos', 'right', 1)],
			rows: [
				row('Intäkter', '1 200', '1 150'),
				row('Kostnader', '−22 224', '−22 400'),
				{ ...row('Netto', '−21 024', '−21 250'), sum: true }
			]
		},
		{ type: 'heading', level: 1, text: 'Bilagor', contents: true },
		{ type: 'list', items: ['Läsårsplan', 'Måltidspolicy för förskolor'] }
	];
}

export function docxPlanModel(overrides: Partial<DocumentModel> = {}): DocumentModel {
	return buildDocument(docxPlanBody(), { subject: 'Solrosens förskola, Norrvikens stadsdelsnämnd', ...overrides, cover: docxCover(overrides.cover) });
}

/**
 * A committee's compilation of `units` unit plans, as the builder shapes one: each unit on a new
 * page with its cover (a level-1 heading), its headings one level down, and `rowsPerTable` rows
 * in each indicator table so tables break across pages.
 */
export function docxCompilationModel(units: number, rowsPerTable = 12): DocumentModel {
	const body: Block[] = [];
	for (let u = 1; u <= units; u++) {
		const unit = `Enhet ${u} – Förskolan Älgen`;
		body.push({ type: 'pageBreak' }, { type: 'cover', cover: docxCover({ organisation: unit, title: `Verksamhetsplan 2026 för ${unit}` }) });
		for (const block of docxPlanBody(unit)) {
			if (block.type === 'heading') {
				body.push({ ...block, level: Math.min(block.level + 1, 6) as 2 | 3 | 4 | 5 | 6, contents: block.level === 1 && block.contents });
			} else if (block.type === 'table' && block.caption === 'Indikatorer') {
				const rows = Array.from({ length: rowsPerTable }, (_, r) => ({
					cells: [{ text: `Indikator ${r + 1} för barnens lärande och trygghet i förskolan` }, { text: `${80 + (r % 20)} %` }, { text: '85 %' }, { text: 'Tertialvis' }]
				}));
				body.push({ ...block, rows });
			} else {
				body.push(block);
			}
		}
	}
	return buildDocument(body, {
		title: 'Verksamhetsplaner 2026, Norrvikens stadsdelsnämnd',
		subject: 'Norrvikens stadsdelsnämnd, Exempelstad',
		cover: docxCover({ organisation: 'Norrvikens stadsdelsnämnd', title: 'Verksamhetsplaner 2026' })
	});
}
