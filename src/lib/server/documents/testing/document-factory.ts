import type { Block, CoverPage, DocumentModel, TableRow } from '../../../domain/document/document-model';

/** A first page as the committee's documents have it, not yet fastställd. */
export function buildCover(overrides: Partial<CoverPage> = {}): CoverPage {
	return {
		fields: [
			{ label: 'Handläggare', value: 'Åsa Öberg' },
			{ label: 'Telefon', value: '08-123 45' },
			{ label: 'Till', value: 'Norrvikens stadsdelsnämnd' }
		],
		organisation: 'Solrosens förskola',
		issuer: 'Norrvikens stadsdelsnämnd, Exempelstad',
		title: 'Verksamhetsplan 2026 för Solrosens förskola',
		decision: null,
		proposal: 'Förslag till beslut',
		...overrides
	};
}

/** A document model with the given body (defaults: a cover, an Innehållsförteckning, label "Sid"). */
export function buildDocument(body: Block[], overrides: Partial<DocumentModel> = {}): DocumentModel {
	const cover = overrides.cover ?? buildCover();
	return {
		title: cover.title,
		subject: `${cover.organisation}, ${cover.issuer}`,
		language: 'sv-SE',
		cover,
		contents: { heading: 'Innehållsförteckning' },
		body,
		pageLabel: 'Sid',
		...overrides
	};
}

/** An indicator table (Indikator | Årsmål | KF:s årsmål | Periodicitet) of `count` rows, "Indikator 1" … */
export function indicatorTable(caption: string, count: number, prefix = 'Indikator'): Block {
	const rows: TableRow[] = Array.from({ length: count }, (_, i) => ({
		cells: [{ text: `${prefix} ${i + 1}` }, { text: `${90 + (i % 10)} %` }, { text: '95 %' }, { text: 'Tertial' }]
	}));
	return {
		type: 'table',
		caption,
		columns: [
			{ label: 'Indikator', align: 'left', weight: 4 },
			{ label: 'Årsmål', align: 'right', weight: 1 },
			{ label: 'KF:s årsmål', align: 'right', weight: 1 },
			{ label: 'Periodicitet', align: 'left', weight: 1.5 }
		],
		rows
	};
}

/** An activity table (Aktivitet | Startdatum | Slutdatum), all from 2026-01-15 to 2026-12-15. */
export function activityTable(activities: string[]): Block {
	return {
		type: 'table',
		caption: 'Aktiviteter',
		columns: [
			{ label: 'Aktivitet', align: 'left', weight: 4 },
			{ label: 'Startdatum', align: 'left', weight: 1.5 },
			{ label: 'Slutdatum', align: 'left', weight: 1.5 }
		],
		rows: activities.map((activity) => ({ cells: [{ text: activity }, { text: '2026-01-15' }, { text: '2026-12-15' }] }))
	};
}

/**
 * A unit plan's body the size of a real one: the cascade of four heading levels, goals with
 * paragraphs, indicator and activity tables, a budget table with its Netto row, Bilagor.
 * `unit` tells units apart in a compilation; `headingOffset` shifts the levels (1 inside one).
 */
export function unitPlanBody(unit: string, headingOffset: 0 | 1 = 0): Block[] {
	const level = (n: number) => (n + headingOffset) as 1 | 2 | 3 | 4 | 5 | 6;
	const blocks: Block[] = [
		{ type: 'heading', level: level(1), text: `Inledning ${unit}`, contents: true },
		{ type: 'paragraph', text: 'Förskolan arbetar för att varje barn ska få en god start i livet.\nVi följer läroplanen.' }
	];
	for (let kf = 1; kf <= 3; kf++) {
		blocks.push({ type: 'heading', level: level(1), text: `KF:s inriktningsmål ${kf} (${unit})`, contents: true });
		for (let area = 1; area <= 2; area++) {
			blocks.push({ type: 'heading', level: level(2), text: `Områdesmål ${kf}.${area}`, contents: true });
			blocks.push({ type: 'heading', level: level(3), text: `Nämndmål ${kf}.${area}`, contents: false });
			blocks.push({ type: 'heading', level: level(4), text: `Enhetsmål ${kf}.${area} för ${unit}`, contents: false });
			blocks.push({
				type: 'paragraph',
				text: 'Alla barn ska känna sig trygga och få möjlighet att utvecklas utifrån sina förutsättningar. '.repeat(3)
			});
			blocks.push({ type: 'labelled', label: 'Bedömning', value: 'Delvis uppfyllt', tone: 'partly' });
			blocks.push(indicatorTable('Indikatorer', 4));
			blocks.push(activityTable([1, 2, 3].map((a) => `Aktivitet ${kf}.${area}.${a} för ökad trygghet`)));
		}
	}
	blocks.push({ type: 'heading', level: level(1), text: `Ekonomi ${unit}`, contents: true });
	blocks.push({
		type: 'table',
		caption: 'Budget (tkr)',
		columns: [
			{ label: 'Post', align: 'left', weight: 3 },
			{ label: 'Budget', align: 'right', weight: 1 },
			{ label: 'Prognos', align: 'right', weight: 1 },
			{ label: 'Avvikelse', align: 'right', weight: 1 }
		],
		rows: [
			{ cells: [{ text: 'Intäkter' }, { text: '1 200' }, { text: '1 150' }, { text: '−50' }] },
			{ cells: [{ text: 'Personalkostnader' }, { text: '−18 400' }, { text: '−18 650' }, { text: '−250', tone: 'notMet' }] },
			{ cells: [{ text: 'Övriga kostnader' }, { text: '−3 824' }, { text: '−3 700' }, { text: '124', tone: 'met' }] },
			{ cells: [{ text: 'Netto' }, { text: '−21 024' }, { text: '−21 200' }, { text: '−176' }], sum: true }
		]
	});
	blocks.push({ type: 'heading', level: level(1), text: `Bilagor ${unit}`, contents: true });
	blocks.push({ type: 'list', items: ['Likabehandlingsplan', 'Kompetensutvecklingsplan'] });
	return blocks;
}

/** A committee's compilation of `units` unit plans: each after a page break, with its cover. */
export function compilationDocument(units: number): DocumentModel {
	const body: Block[] = [];
	for (let u = 1; u <= units; u++) {
		const name = `Enhet ${u}`;
		body.push({ type: 'pageBreak' });
		body.push({ type: 'cover', cover: buildCover({ organisation: name, title: `Verksamhetsplan 2026 för ${name}` }) });
		body.push(...unitPlanBody(name, 1));
	}
	const cover = buildCover({ fields: [], organisation: 'Norrvikens stadsdelsnämnd', issuer: 'Exempelstad', title: 'Verksamhetsplaner 2026' });
	return buildDocument(body, { cover, title: cover.title, subject: 'Norrvikens stadsdelsnämnd, Exempelstad' });
}
