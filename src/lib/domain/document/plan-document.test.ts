import { describe, expect, it } from 'vitest';
import { planDocument, reportDocument } from './plan-document';
import type { Block } from './document-model';
import {
	committee,
	documentRow,
	municipality,
	outcomeIndicator,
	planGoal,
	planIndicator,
	planView,
	reportGoal,
	reportView
} from './testing/view-factories';

const nbsp = '\u00a0';

function headings(body: Block[]) {
	return body.flatMap((b) => (b.type === 'heading' ? [[b.level, b.text, b.contents] as const] : []));
}

function tables(body: Block[]) {
	return body.flatMap((b) => (b.type === 'table' ? [b] : []));
}

/** KF:s inriktningsmål → Mål för verksamhetsområdet → Nämndmål → Enhetens mål, one goal each. */
function fourLevels() {
	return [
		planGoal(1, 0, {
			number: '1',
			title: 'Ett Exempelstad för barn och unga',
			sections: [{ name: 'Beskrivning', text: 'Kommunfullmäktiges inriktning.' }],
			children: [
				planGoal(2, 1, {
					number: '1.1',
					title: 'Barn och unga växer upp tryggt',
					children: [
						planGoal(3, 2, {
							number: '1.2',
							title: 'Barn och unga har en trygg uppväxt',
							children: [
								planGoal(4, 3, {
									title: 'Fler barn läser varje dag',
									ownedHere: true,
									sections: [
										{ name: 'Nuläge', text: 'Första stycket.\nRad två i samma stycke.\n\n\nAndra stycket.' },
										{ name: 'Tom', text: '  \n ' }
									]
								})
							]
						})
					]
				})
			]
		}),
		planGoal(5, 0, { number: '2', title: 'Ett hållbart Exempelstad' })
	];
}

describe('the first page of a plan', () => {
	it('shows the filled fields, the organisation, the committee and municipality above it, the title and the proposal', () => {
		const doc = planDocument(planView({ plan: documentRow({ handler: 'Anna Berg', phone: ' ', recipient: 'Norrvikens stadsdelsnämnd' }) }));
		expect(doc.cover).toEqual({
			fields: [
				{ label: 'Handläggare', value: 'Anna Berg' },
				{ label: 'Till', value: 'Norrvikens stadsdelsnämnd' }
			],
			organisation: 'Solrosens förskola',
			issuer: 'Norrvikens stadsdelsnämnd, Exempelstad',
			title: 'Verksamhetsplan 2026 – Solrosens förskola',
			decision: null,
			proposal: 'Förslag till beslut'
		});
		expect(doc.title).toBe('Verksamhetsplan 2026 – Solrosens förskola');
		expect(doc.subject).toBe('Solrosens förskola, Norrvikens stadsdelsnämnd, Exempelstad');
		expect(doc.language).toBe('sv-SE');
		expect(doc.pageLabel).toBe('Sid');
	});

	it('shows the decision instead of the proposal once the plan is fastställd', () => {
		const row = documentRow({ status: 'approved', decidedOn: '2026-02-12', decidedBy: 'Norrvikens stadsdelsnämnd', diaryNumber: 'SDN 2026/14' });
		const { cover } = planDocument(planView({ plan: row }));
		expect(cover.decision).toEqual([
			{ label: 'Beslutsdatum', value: '2026-02-12' },
			{ label: 'Beslutat av', value: 'Norrvikens stadsdelsnämnd' },
			{ label: 'Diarienummer', value: 'SDN 2026/14' }
		]);
		expect(cover.proposal).toBeNull();
	});

	it('takes the decision from the options over the row: a snapshot is frozen before its row says fastställd', () => {
		const decision = { decidedOn: '2026-03-01', decidedBy: 'Nämnden', diaryNumber: 'SDN 2026/20' };
		const submitted = planDocument(planView({ plan: documentRow({ status: 'submitted' }) }), { decision });
		expect(submitted.cover.decision?.map((f) => f.value)).toEqual(['2026-03-01', 'Nämnden', 'SDN 2026/20']);
		expect(submitted.cover.proposal).toBeNull();
		const approvedRow = documentRow({ status: 'approved', decidedOn: '2026-02-12', decidedBy: 'x', diaryNumber: 'y' });
		expect(planDocument(planView({ plan: approvedRow }), { decision }).cover.decision?.[0]?.value).toBe('2026-03-01');
	});

	it('keeps the proposal for an approved row without a decision date, as the page does', () => {
		const { cover } = planDocument(planView({ plan: documentRow({ status: 'approved' }) }));
		expect(cover.decision).toBeNull();
		expect(cover.proposal).toBe('Förslag till beslut');
	});

	it('names as issuer only what is above the organisation: the municipality for a committee, nothing for the municipality', () => {
		const ofCommittee = planDocument(planView({ organisation: committee, ancestors: [municipality] }));
		expect(ofCommittee.cover.issuer).toBe('Exempelstad');
		expect(ofCommittee.subject).toBe('Norrvikens stadsdelsnämnd, Exempelstad');
		const ofCity = planDocument(planView({ organisation: municipality, ancestors: [] }));
		expect(ofCity.cover.issuer).toBe('');
		expect(ofCity.subject).toBe('Exempelstad');
	});

	it('has no fields before the plan is started, and no proposal and no contents when there is nothing to show', () => {
		const started = planDocument(planView({ plan: null, cascade: [planGoal(1, 0, { ownedHere: true })] }));
		expect(started.cover.fields).toEqual([]);
		expect(started.cover.proposal).toBe('Förslag till beslut');
		const empty = planDocument(planView({ plan: null, cascade: [planGoal(1, 0)] }));
		expect(empty.cover.proposal).toBeNull();
		expect(empty.contents).toBeNull();
		expect(empty.body).toEqual([
			{ type: 'paragraph', text: 'Det finns ingen verksamhetsplan att visa ännu: planen har varken uppgifter eller egna mål.' }
		]);
	});
});

describe('the cascade in a plan', () => {
	it('gives each goal one heading "level name: number title" at its depth, text subheadings one below, the top two levels in the contents', () => {
		const doc = planDocument(planView({ cascade: fourLevels() }));
		expect(headings(doc.body)).toEqual([
			[1, 'KF:s inriktningsmål: 1 Ett Exempelstad för barn och unga', true],
			[2, 'Beskrivning', false],
			[2, 'Mål för verksamhetsområdet: 1.1 Barn och unga växer upp tryggt', true],
			[3, 'Nämndmål: 1.2 Barn och unga har en trygg uppväxt', false],
			// A unit goal has no number: its title follows the level name.
			[4, 'Enhetens mål: Fler barn läser varje dag', false],
			// "Tom" has only blanks, so it is left out.
			[5, 'Nuläge', false],
			[1, 'KF:s inriktningsmål: 2 Ett hållbart Exempelstad', true]
		]);
		expect(doc.contents).toEqual({ heading: 'Innehållsförteckning' });
	});

	it('splits texts into paragraphs at blank lines and keeps single line breaks', () => {
		const body = planDocument(planView({ cascade: fourLevels() })).body;
		const at = body.findIndex((b) => b.type === 'heading' && b.text === 'Nuläge');
		expect(body.slice(at + 1, at + 3)).toEqual([
			{ type: 'paragraph', text: 'Första stycket.\nRad två i samma stycke.' },
			{ type: 'paragraph', text: 'Andra stycket.' }
		]);
	});

	it('keeps headings at level 6 below the sixth level, with their subheadings beside them, never skipping', () => {
		// A chain of eight goals: depths 0…7 → levels 1, 2, 3, 4, 5, 6, 6, 6.
		let goal = planGoal(8, 7, { sections: [{ name: 'Text', text: 'x' }] });
		for (let depth = 6; depth >= 0; depth--) goal = planGoal(depth + 1, depth, { children: [goal] });
		const levels = headings(planDocument(planView({ cascade: [goal] })).body).map(([level]) => level);
		expect(levels).toEqual([1, 2, 3, 4, 5, 6, 6, 6, 6]);
	});

	it('shows the plan’s indicators as Indikator | Årsmål | KF:s årsmål | Periodicitet, targets right-aligned, gender split in words', () => {
		const goal = planGoal(3, 2, {
			number: '1.2',
			title: 'Barn och unga har en trygg uppväxt',
			indicators: [
				planIndicator(1, { name: 'Andel barn som känner sig trygga', target: `88${nbsp}%`, councilTarget: `90${nbsp}%`, periodicity: 'tertial', genderSplit: true }),
				planIndicator(2, { name: 'Inte i planen', inPlan: false }),
				planIndicator(3, { name: 'Antal läsombud', target: 'öka', periodicity: 'year' })
			]
		});
		const [table] = tables(planDocument(planView({ cascade: [goal] })).body);
		expect(table).toEqual({
			type: 'table',
			caption: 'Indikatorer – 1.2 Barn och unga har en trygg uppväxt',
			columns: [
				{ label: 'Indikator', align: 'left', weight: 3 },
				{ label: 'Årsmål', align: 'right', weight: 1 },
				{ label: 'KF:s årsmål', align: 'right', weight: 1 },
				{ label: 'Periodicitet', align: 'left', weight: 1 }
			],
			rows: [
				{ cells: [{ text: 'Andel barn som känner sig trygga (Redovisas för kvinnor och män)' }, { text: `88${nbsp}%` }, { text: `90${nbsp}%` }, { text: 'Tertial' }] },
				{ cells: [{ text: 'Antal läsombud' }, { text: 'öka' }, { text: '' }, { text: 'År' }] }
			]
		});
	});

	it('leaves out the indicator table when no indicator is in the plan, and shortens a long goal in captions', () => {
		const title = 'Barn och unga i Norrviken har en trygg och meningsfull fritid med många aktiviteter';
		const goal = planGoal(3, 2, {
			number: '1.2',
			title,
			indicators: [planIndicator(1, { inPlan: false })],
			activities: [{ id: 7, title: 'Läsvecka', start: '2026-03-02', end: null }]
		});
		const found = tables(planDocument(planView({ cascade: [goal] })).body);
		expect(found).toHaveLength(1);
		// "1.2 " + title is 86 characters, over 60: the first 59 are "1.2 Barn … och meningsfull "
		// (4 + 5 + 4 + 5 + 2 + 10 + 4 + 3 + 6 + 4 + 12 = 59), cut at that last space and "…" added.
		expect(found[0]?.caption).toBe('Aktiviteter – 1.2 Barn och unga i Norrviken har en trygg och meningsfull…');
	});

	it('shows activities as Aktivitet | Startdatum | Slutdatum with ISO dates, empty when missing', () => {
		const goal = planGoal(4, 3, {
			title: 'Fler barn läser varje dag',
			activities: [
				{ id: 1, title: 'Läsvecka på alla avdelningar', start: '2026-03-02', end: '2026-03-06' },
				{ id: 2, title: 'Bokpåsar hem', start: null, end: null }
			]
		});
		expect(tables(planDocument(planView({ cascade: [goal] })).body)).toEqual([
			{
				type: 'table',
				caption: 'Aktiviteter – Fler barn läser varje dag',
				columns: [
					{ label: 'Aktivitet', align: 'left', weight: 3 },
					{ label: 'Startdatum', align: 'left', weight: 1 },
					{ label: 'Slutdatum', align: 'left', weight: 1 }
				],
				rows: [
					{ cells: [{ text: 'Läsvecka på alla avdelningar' }, { text: '2026-03-02' }, { text: '2026-03-06' }] },
					{ cells: [{ text: 'Bokpåsar hem' }, { text: '' }, { text: '' }] }
				]
			}
		]);
	});
});

describe('the parts of a plan', () => {
	const full = planView({
		introduction: [
			{ id: 1, heading: 'Enhetens uppdrag', text: 'Förskolan tar emot barn.' },
			{ id: 2, heading: 'Ledarskapsidé', text: '' }
		],
		cascade: [planGoal(1, 0, { number: '1', title: 'Ett Exempelstad för barn och unga' })],
		budget: [
			{
				id: 1,
				heading: 'Driftbudget',
				columns: ['Budget 2026', 'Budget 2025'],
				rows: [
					{ id: 1, label: 'Intäkter', values: [21024, 19500] },
					{ id: 2, label: 'Kostnader', values: [-23524, null] }
				],
				// As loadPlan computes them: 21024 + (−23524) = −2500; 19500 + nothing = 19500.
				sums: [-2500, 19500]
			},
			{ id: 2, heading: 'Investeringar', columns: ['Budget'], rows: [], sums: [null] }
		],
		other: [{ id: 3, heading: 'Synpunkter och klagomål', text: 'Ett.\n\nTvå.' }],
		attachments: [
			{ id: 1, title: 'Kompetensplan' },
			{ id: 2, title: 'Lokalplan' }
		]
	});

	it('comes in the order Inledning, the cascade, Redovisning av ekonomi, Övrigt, Bilagor, all listed in the contents', () => {
		expect(headings(planDocument(full).body)).toEqual([
			[1, 'Inledning', true],
			[2, 'Enhetens uppdrag', true],
			[2, 'Ledarskapsidé', true],
			[1, 'KF:s inriktningsmål: 1 Ett Exempelstad för barn och unga', true],
			[1, 'Redovisning av ekonomi', true],
			[2, 'Driftbudget', true],
			[2, 'Investeringar', true],
			[1, 'Övrigt', true],
			[2, 'Synpunkter och klagomål', true],
			[1, 'Bilagor', true]
		]);
	});

	it('shows a budget table in tkr with Swedish right-aligned numbers and the computed Netto row', () => {
		const [driftbudget, investeringar] = tables(planDocument(full).body);
		expect(driftbudget).toEqual({
			type: 'table',
			caption: 'Driftbudget (tkr)',
			columns: [
				{ label: 'Post', align: 'left', weight: 3 },
				{ label: 'Budget 2026', align: 'right', weight: 1 },
				{ label: 'Budget 2025', align: 'right', weight: 1 }
			],
			rows: [
				{ cells: [{ text: 'Intäkter' }, { text: `21${nbsp}024` }, { text: `19${nbsp}500` }] },
				{ cells: [{ text: 'Kostnader' }, { text: `-23${nbsp}524` }, { text: '' }] },
				{ cells: [{ text: 'Netto' }, { text: `-2${nbsp}500` }, { text: `19${nbsp}500` }], sum: true }
			]
		});
		// A table without rows has no Netto row either.
		expect(investeringar?.rows).toEqual([]);
	});

	it('lists the attachments numbered', () => {
		expect(planDocument(full).body.at(-1)).toEqual({ type: 'list', items: ['Bilaga 1: Kompetensplan', 'Bilaga 2: Lokalplan'] });
	});

	it('leaves out every part without content: a started plan with nothing in it has no body and no contents', () => {
		const doc = planDocument(planView());
		expect(doc.body).toEqual([]);
		expect(doc.contents).toBeNull();
		expect(doc.cover.proposal).toBe('Förslag till beslut');
	});
});

describe('a report', () => {
	it('shows each goal’s assessment with its word and tone, and Analys and Planerade åtgärder only when written', () => {
		const cascade = [
			reportGoal(1, 0, {
				number: '1',
				title: 'Ett Exempelstad för barn och unga',
				assessment: { level: 'partly', analysis: 'Fler barn läser.\n\nMen inte alla.', measures: ' ' },
				children: [reportGoal(2, 1, { number: '1.1', title: 'Trygg uppväxt', assessment: { level: 'notMet', analysis: '', measures: 'Fler läsombud.' } })]
			}),
			reportGoal(3, 0, { number: '2', title: 'Hållbart' })
		];
		expect(reportDocument(reportView({ cascade })).body).toEqual([
			{ type: 'heading', level: 1, text: 'KF:s inriktningsmål: 1 Ett Exempelstad för barn och unga', contents: true },
			{ type: 'labelled', label: 'Bedömning', value: 'Delvis uppfyllt', tone: 'partly' },
			{ type: 'heading', level: 2, text: 'Analys', contents: false },
			{ type: 'paragraph', text: 'Fler barn läser.' },
			{ type: 'paragraph', text: 'Men inte alla.' },
			{ type: 'heading', level: 2, text: 'Mål för verksamhetsområdet: 1.1 Trygg uppväxt', contents: true },
			{ type: 'labelled', label: 'Bedömning', value: 'Ej uppfyllt', tone: 'notMet' },
			{ type: 'heading', level: 3, text: 'Planerade åtgärder', contents: false },
			{ type: 'paragraph', text: 'Fler läsombud.' },
			// Not assessed: the heading alone.
			{ type: 'heading', level: 1, text: 'KF:s inriktningsmål: 2 Hållbart', contents: true }
		]);
	});

	it('shows outcomes as Indikator | Utfall | Kvinnor | Män | Årsmål | KF:s årsmål | Måluppfyllelse, the level in words and tone, an override noted', () => {
		const figures = (value: number | null) => ({ value, numerator: null, denominator: null, respondents: null });
		const stored = (status: 'reported' | 'notMeasured', value: number | null, women: number | null, men: number | null) => ({
			outcome: { outcome: { status, ...figures(value), women: women === null ? null : figures(women), men: men === null ? null : figures(men) } }
		});
		const goal = reportGoal(4, 3, {
			title: 'Fler barn läser',
			indicators: [
				outcomeIndicator(1, 'partly', { name: 'Andel som läser', genderSplit: true, target: `85${nbsp}%`, councilTarget: `90${nbsp}%`, ...stored('reported', 82, 88, 76) }),
				outcomeIndicator(2, 'notJudged', {
					name: 'Antal läsombud',
					unit: 'st',
					genderSplit: true,
					...stored('notMeasured', null, 1, 1)
				}),
				outcomeIndicator(3, 'notJudged', { name: 'Nöjdhet', unit: 'index' }),
				outcomeIndicator(4, 'met', {
					name: 'Besök på biblioteket',
					unit: 'st',
					...stored('reported', 1250, null, null),
					fulfilment: { level: 'met', computed: { level: 'partly' }, override: { justification: 'Biblioteket var stängt en månad.' } }
				})
			]
		});
		const [table] = tables(reportDocument(reportView({ cascade: [goal] })).body);
		expect(table?.caption).toBe('Indikatorer – Fler barn läser');
		expect(table?.columns).toEqual([
			{ label: 'Indikator', align: 'left', weight: 3 },
			{ label: 'Utfall', align: 'right', weight: 1 },
			{ label: 'Kvinnor', align: 'right', weight: 1 },
			{ label: 'Män', align: 'right', weight: 1 },
			{ label: 'Årsmål', align: 'right', weight: 1 },
			{ label: 'KF:s årsmål', align: 'right', weight: 1 },
			{ label: 'Måluppfyllelse', align: 'left', weight: 2 }
		]);
		expect(table?.rows).toEqual([
			{
				cells: [
					{ text: 'Andel som läser' },
					{ text: `82${nbsp}%` },
					{ text: `88${nbsp}%` },
					{ text: `76${nbsp}%` },
					{ text: `85${nbsp}%` },
					{ text: `90${nbsp}%` },
					{ text: 'Delvis uppfyllt', tone: 'partly' }
				]
			},
			// Not measured: the status in words, no parts.
			{ cells: [{ text: 'Antal läsombud' }, { text: 'Mäts inte' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: 'Ej bedömt', tone: 'notJudged' }] },
			// Nothing entered: the dash.
			{ cells: [{ text: 'Nöjdhet' }, { text: '–' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: 'Ej bedömt', tone: 'notJudged' }] },
			{
				cells: [
					{ text: 'Besök på biblioteket' },
					{ text: `1${nbsp}250${nbsp}st` },
					{ text: '' },
					{ text: '' },
					{ text: '' },
					{ text: '' },
					{ text: 'Uppfyllt\nÄndrad bedömning. Beräknad: Delvis uppfyllt.', tone: 'met' }
				]
			}
		]);
	});

	it('shows activities with Status and Kommentar, "Inte angiven" when not followed up', () => {
		const goal = reportGoal(4, 3, {
			title: 'Fler barn läser',
			activities: [
				{ id: 1, title: 'Läsvecka', start: '2026-03-02', end: '2026-03-06', followup: { status: 'delayed', comment: 'Flyttad till maj.\nNytt datum ej satt.' } },
				{ id: 2, title: 'Bokpåsar', start: null, end: null, followup: null }
			]
		});
		const [table] = tables(reportDocument(reportView({ cascade: [goal] })).body);
		expect(table?.columns.map((c) => [c.label, c.align])).toEqual([
			['Aktivitet', 'left'],
			['Startdatum', 'left'],
			['Slutdatum', 'left'],
			['Status', 'left'],
			['Kommentar', 'left']
		]);
		expect(table?.rows).toEqual([
			{ cells: [{ text: 'Läsvecka' }, { text: '2026-03-02' }, { text: '2026-03-06' }, { text: 'Försenad' }, { text: 'Flyttad till maj.\nNytt datum ej satt.' }] },
			{ cells: [{ text: 'Bokpåsar' }, { text: '' }, { text: '' }, { text: 'Inte angiven' }, { text: '' }] }
		]);
	});

	it('shows the budget as Budget | Utfall | Prognos | Avvikelse in tkr with the Netto row', () => {
		const report = reportView({
			introduction: [{ id: 1, heading: 'Sammanfattning', text: 'Bra tertial.' }],
			budget: [
				{
					id: 1,
					heading: 'Driftbudget',
					budgetColumn: 'Budget 2026',
					rows: [
						// Avvikelse = budget − prognos: 21024 − 21500 = −476; −23524 − (−24000) = 476.
						{ id: 1, label: 'Intäkter', budget: 21024, followup: { outcome: 7010, forecast: 21500 }, variance: -476 },
						{ id: 2, label: 'Kostnader', budget: -23524, followup: null, variance: null }
					],
					sums: { budget: -2500, outcome: 7010, forecast: 21500, variance: -476 }
				}
			]
		});
		const body = reportDocument(report).body;
		expect(headings(body)).toEqual([
			[1, 'Inledning', true],
			[2, 'Sammanfattning', true],
			[1, 'Redovisning av ekonomi', true],
			[2, 'Driftbudget', true]
		]);
		const [table] = tables(body);
		expect(table?.columns.map((c) => [c.label, c.align])).toEqual([
			['Post', 'left'],
			['Budget 2026', 'right'],
			['Utfall', 'right'],
			['Prognos', 'right'],
			['Avvikelse', 'right']
		]);
		expect(table?.rows).toEqual([
			{ cells: [{ text: 'Intäkter' }, { text: `21${nbsp}024` }, { text: `7${nbsp}010` }, { text: `21${nbsp}500` }, { text: '-476' }] },
			{ cells: [{ text: 'Kostnader' }, { text: `-23${nbsp}524` }, { text: '' }, { text: '' }, { text: '' }] },
			{ cells: [{ text: 'Netto' }, { text: `-2${nbsp}500` }, { text: `7${nbsp}010` }, { text: `21${nbsp}500` }, { text: '-476' }], sum: true }
		]);
	});

	it('takes its first page from the report’s row, and shows the proposal before the report is started', () => {
		const notStarted = reportDocument(reportView({ report: null }));
		expect(notStarted.cover.fields).toEqual([]);
		expect(notStarted.cover.proposal).toBe('Förslag till beslut');
		expect(notStarted.cover.title).toBe('Tertialrapport 1 2026 – Solrosens förskola');
		expect(notStarted.body).toEqual([]);
		expect(notStarted.contents).toBeNull();
		const approved = reportDocument(
			reportView({ report: documentRow({ handler: 'Anna Berg', status: 'approved', decidedOn: '2026-05-20', decidedBy: 'Nämnden', diaryNumber: 'SDN 2026/31' }) })
		);
		expect(approved.cover.fields).toEqual([{ label: 'Handläggare', value: 'Anna Berg' }]);
		expect(approved.cover.decision?.map((f) => f.value)).toEqual(['2026-05-20', 'Nämnden', 'SDN 2026/31']);
		expect(approved.cover.proposal).toBeNull();
	});
});
