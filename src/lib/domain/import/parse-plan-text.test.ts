import { describe, expect, it } from 'vitest';
import { planFileSchema } from '../interchange/plan-format';
import { parsePlanText } from './parse-plan-text';

const doc = (...lines: string[]) => lines.join('\n');

describe('reading a plan from plain text', () => {
	it('builds the cascade from labels on their own line and on the title line', () => {
		const { file, warnings } = parsePlanText(
			doc(
				'KF:S INRIKTNINGSMÅL 1:',
				'',
				'1. Stockholm ska vara en attraktiv stad',
				'',
				'KF:s mål för verksamhetsområdet: 1.3. Stockholms livsmiljö är hållbar',
				'',
				'NÄMNDMÅL:',
				'',
				'Verksamheterna bedrivs med lägsta möjliga miljöbelastning',
				'',
				'ÅTAGANDE:',
				'',
				'Vi åtar oss att bidra till en förbättrad miljö',
				'',
				'Arbets sätt',
				'',
				'Vi källsorterar. Vi begränsar resorna genom att vi',
				'',
				'när det är möjligt åker kollektivt.',
				'',
				'Vi följer upp.'
			)
		);
		expect(warnings).toEqual([]);
		expect(planFileSchema.safeParse(file).success).toBe(true);
		const [kf] = file.plans[0].goals;
		expect([kf.label, kf.number, kf.title]).toEqual(['KF:s inriktningsmål', '1', 'Stockholm ska vara en attraktiv stad']);
		const area = kf.goals[0];
		expect([area.label, area.number, area.title]).toEqual(['KF:s mål för verksamhetsområdet', '1.3', 'Stockholms livsmiljö är hållbar']);
		const committee = area.goals[0];
		expect([committee.label, committee.number]).toEqual(['Nämndmål', null]);
		const unit = committee.goals[0];
		expect(unit.label).toBe('Åtagande');
		// "Arbets sätt" is Arbetssätt; the sentence broken over a page runs on, a new one is a paragraph.
		expect(unit.sections).toEqual({
			Arbetssätt: 'Vi källsorterar. Vi begränsar resorna genom att vi när det är möjligt åker kollektivt.\n\nVi följer upp.'
		});
	});

	it('puts indicator rows under the goal where the table stands, joining a row wrapped past a repeated header', () => {
		const { file, warnings } = parsePlanText(
			doc(
				'KF:s mål för verksamhetsområdet:',
				'',
				'2.3 Stockholmarna får god service',
				'',
				'Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet',
				'Andel personer som är nöjda\t72 %\t80 %\tÅr',
				'',
				'Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet',
				'med utredningen (IoF)\t\t\t',
				'Aktivt Medskapandeindex\t\töka\tÅr',
				'Andel uppfyllda delmål.\t\t\tTertial'
			)
		);
		expect(file.plans[0].goals[0].indicators).toEqual([
			{ name: 'Andel personer som är nöjda med utredningen (IoF)', annualTarget: '72 %', councilTarget: '80 %', periodicity: 'År' },
			{ name: 'Aktivt Medskapandeindex', annualTarget: null, councilTarget: 'öka', periodicity: 'År' },
			{ name: 'Andel uppfyllda delmål.', annualTarget: null, councilTarget: null, periodicity: 'Tertial' }
		]);
		expect(warnings).toEqual([{ line: 11, message: 'Indikatorn "Andel uppfyllda delmål." saknar målvärde.' }]);
	});

	it('reads activities with their dates and warns about a date it cannot read', () => {
		const { file, warnings } = parsePlanText(
			doc('Nämndmål: 1.2.1 Tryggt och säkert', '', 'Nämndens aktiviteter\tStartdatum\tSlutdatum', 'Minska antalet timavlönade\t2013-01-01\t2013-12-31', 'Följa upp\tvåren 2013\t2013-12-31')
		);
		expect(file.plans[0].goals[0].activities).toEqual([
			{ title: 'Minska antalet timavlönade', start: '2013-01-01', end: '2013-12-31' },
			{ title: 'Följa upp', start: null, end: '2013-12-31' }
		]);
		expect(warnings).toEqual([{ line: 5, message: 'Datumet "våren 2013" kunde inte läsas (skriv ÅÅÅÅ-MM-DD).' }]);
	});

	it('skips a goal whose title is a dash, keeping its table under the goal above', () => {
		const { file, warnings } = parsePlanText(
			doc('KF:s mål för verksamhetsområdet:', '', '1.3 Livsmiljön är hållbar', '', 'Nämndmål:', '', '-', '', 'Aktivitet\tStartdatum\tSlutdatum', 'Byt glödlampor\t2014-01-01\t2014-12-31')
		);
		const [area] = file.plans[0].goals;
		expect(area.goals).toEqual([]);
		expect(area.activities).toEqual([{ title: 'Byt glödlampor', start: '2014-01-01', end: '2014-12-31' }]);
		expect(warnings).toEqual([{ line: 7, message: 'Nämndmål saknar titel och hoppas över.' }]);
	});

	it('takes a numbered line without a label as the next KF goal when the numbering fits', () => {
		const { file } = parsePlanText(
			doc('KF:s inriktningsmål:', '', '2. Kvalitet utvecklas', '', 'Nämndmål:', '', 'Medarbetare är medskapande', '', '3. Stadens verksamheter är kostnadseffektiva', '', '3.1 Budgeten är i balans')
		);
		const goals = file.plans[0].goals;
		expect(goals.map((g) => [g.number, g.title])).toEqual([
			['2', 'Kvalitet utvecklas'],
			['3', 'Stadens verksamheter är kostnadseffektiva']
		]);
		expect(goals[1].goals.map((g) => [g.label, g.number])).toEqual([['KF:s mål för verksamhetsområdet', '3.1']]);
	});

	it('reads the header, introduction, other questions and attachments', () => {
		const { file } = parsePlanText(
			doc(
				'Handläggare: Birgitta Morin',
				'Telefon: 08-508 23 308',
				'',
				'Verksamhetsplan 2013 för Beställarenheten',
				'',
				'Inledning',
				'',
				'Enheten utreder och beslutar.',
				'',
				'Budgetarbete',
				'',
				'Vi arbetar med budgeten.',
				'',
				'Arbetsätt',
				'',
				'Evidensbaserat.',
				'',
				'Nämndmål:',
				'Styrningen ska vara tydlig',
				'',
				'Övriga frågor',
				'',
				'Synpunkter sammanställs.',
				'',
				'Bilagor 2013',
				'',
				'- RoV-analys',
				'- Internkontrollplan'
			)
		);
		const plan = file.plans[0];
		expect([plan.title, plan.organisation, plan.year, plan.handler, plan.phone]).toEqual([
			'Verksamhetsplan 2013 för Beställarenheten',
			'Beställarenheten',
			2013,
			'Birgitta Morin',
			'08-508 23 308'
		]);
		expect(plan.introduction).toEqual([
			{ heading: 'Inledning', text: 'Enheten utreder och beslutar.' },
			{ heading: 'Budgetarbete', text: 'Vi arbetar med budgeten.' },
			{ heading: 'Arbetssätt', text: 'Evidensbaserat.' }
		]);
		expect(plan.other).toEqual([{ heading: 'Övriga frågor', text: 'Synpunkter sammanställs.' }]);
		expect(plan.attachments).toEqual(['RoV-analys', 'Internkontrollplan']);
	});

	it('finds several plans in one file, one per header', () => {
		const unit = (name: string) =>
			doc('Handläggare', 'Anna Andersson', '', `Verksamhetsplan 2022 för ${name}`, '', `Enhetsmål: ${name} har en god arbetsmiljö`, '');
		const { file } = parsePlanText(doc(unit('Familjeenheten'), unit('Vuxenenheten')));
		expect(file.plans.map((p) => [p.organisation, p.goals[0].title])).toEqual([
			['Familjeenheten', 'Familjeenheten har en god arbetsmiljö'],
			['Vuxenenheten', 'Vuxenenheten har en god arbetsmiljö']
		]);
	});

	it('joins a title wrapped onto the next line (lower-case start, no blank line between)', () => {
		const { file } = parsePlanText(doc('ÅTAGANDE:', 'Vi åtar oss att kommunicera', 'på ett tillgängligt sätt.', '', 'Utveckling', '', 'Checklista.'));
		expect(file.plans[0].goals[0].title).toBe('Vi åtar oss att kommunicera på ett tillgängligt sätt.');
		expect(file.plans[0].goals[0].sections).toEqual({ Utveckling: 'Checklista.' });
	});

	it('warns about an upper-case label it does not know, keeping it out of the text', () => {
		const { file, warnings } = parsePlanText(doc('Nämndmål:', 'Tryggt och säkert', '', 'DELMÅL:', '', 'Förväntat resultat', '', 'Alla är trygga.'));
		expect(warnings).toEqual([{ line: 4, message: 'Okänd rubrik "DELMÅL:".' }]);
		expect(file.plans[0].goals[0].sections).toEqual({ 'Förväntat resultat': 'Alla är trygga.' });
	});

	it('warns instead of failing on empty, binary or non-plan text', () => {
		for (const input of ['', '\u0000\u0001\u0002PK\u0003\u0004', 'Hej!\n\nDet här är ett brev.']) {
			const { file, warnings } = parsePlanText(input);
			expect(planFileSchema.safeParse(file).success).toBe(true);
			expect(file.plans.flatMap((p) => p.goals)).toEqual([]);
			expect(warnings.at(-1)?.message).toMatch(/^Ingen plan hittades/);
		}
	});
});

describe('reading Verksam’s own documents as text', () => {
	it('skips table captions, reads "Redovisning av ekonomi" as the budget and a wrapped title ending in "budget"', () => {
		const { file } = parsePlanText(
			doc(
				'Nämndmål: 3.1.1 Verksamheterna bedrivs inom tilldelad',
				'budget',
				'Indikatorer – 3.1.1 Verksamheterna bedrivs inom…',
				'Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet',
				'Budget i balans\t0 tkr\t\tÅr',
				'',
				'Redovisning av ekonomi',
				'',
				'Kompassen',
				'Kompassen (tkr)',
				'Post\tBudget 2026',
				'Personal\t4 900',
				'Lokaler\t1 400',
				'Netto\t6 300',
				'',
				'Övrigt',
				'',
				'Barnrättsperspektivet',
				'',
				'Barnets bästa först.'
			)
		);
		const [plan] = file.plans;
		expect(plan.goals.map((g) => [g.number, g.title, Object.keys(g.sections)])).toEqual([['3.1.1', 'Verksamheterna bedrivs inom tilldelad budget', []]]);
		expect(plan.goals[0].indicators.map((i) => i.name)).toEqual(['Budget i balans']);
		// 4 900 + 1 400 = 6 300: Netto is the computed sum and is not a row.
		expect(plan.budget).toEqual([{ heading: 'Kompassen', columns: ['Budget 2026'], rows: [{ label: 'Personal', values: [4900] }, { label: 'Lokaler', values: [1400] }] }]);
		expect(plan.other.map((o) => o.heading)).toEqual(['Barnrättsperspektivet']);
	});
});

describe('an indicator’s gender split', () => {
	it('reads "(Redovisas för kvinnor och män)" after the name as the split, not as part of the name', () => {
		const { file } = parsePlanText(doc('Nämndmål: 1.1 Mål', 'Indikator\tÅrsmål', 'Sjukfrånvaro (Redovisas för kvinnor och män)\t5 %', 'Antal besök\t10'));
		expect(file.plans[0].goals[0].indicators.map((i) => [i.name, i.genderSplit ?? false])).toEqual([
			['Sjukfrånvaro', true],
			['Antal besök', false]
		]);
	});
});

describe('an indicator’s unit', () => {
	it('is read from targets written with it ("40 st", "0 tkr"), not from words or percent', () => {
		const { file } = parsePlanText(
			doc('Nämndmål: 1.1 Mål', 'Indikator\tÅrsmål\tKF:s årsmål', 'Familjer\t40 st\t', 'Avvikelse\t0 tkr\t0 tkr', 'Andel\t5,5 %\t6 %', 'Nöjdhet\töka\t', 'Blandat\t4 st\t3 dagar')
		);
		expect(file.plans[0].goals[0].indicators.map((i) => [i.name, i.unit ?? null])).toEqual([
			['Familjer', 'st'],
			['Avvikelse', 'tkr'],
			['Andel', null],
			['Nöjdhet', null],
			['Blandat', null]
		]);
	});
});
