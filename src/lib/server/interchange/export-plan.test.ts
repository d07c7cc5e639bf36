import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { exportPlan, targetText } from './export-plan';
import { buildExamplePlan, unitGoalSectionsFilled } from './test-fixtures';
import type { PlanFile } from '../../domain/interchange/plan-format';
import { planFileSchema } from '../../domain/interchange/plan-format';

/** The example plan (test-fixtures.ts) as verksam-plan/1, written out by hand. */
function expectedExport(): PlanFile {
	const none = { sections: {}, indicators: [], activities: [] };
	return {
		format: 'verksam-plan',
		version: 1,
		plans: [
			{
				title: 'Verksamhetsplan 2026 – Familjeenheten',
				organisation: 'Familjeenheten',
				year: 2026,
				kind: 'verksamhetsplan',
				handler: 'Anna Andersson',
				phone: '08-123 45 67',
				recipient: 'Norra nämnden',
				introduction: [
					{ heading: 'Enhetens uppdrag', text: 'Vi ger stöd till barn och familjer.\n\nVi arbetar i hela stadsdelen.' },
					{ heading: 'Ledarskapsidé', text: 'Tydligt och nära ledarskap.' }
				],
				goals: [
					{
						label: 'KF:s inriktningsmål',
						number: '1',
						title: 'En stad där alla kan växa',
						...none,
						goals: [
							{
								label: 'KF:s mål för verksamhetsområdet',
								number: '1.1',
								title: 'Barn och unga har goda uppväxtvillkor',
								sections: { Beskrivning: 'Staden ger barn en trygg start.' },
								indicators: [
									{
										name: 'Andel barn som åter blir föremål för anmälan',
										annualTarget: '5,5 %',
										councilTarget: '24 %',
										periodicity: 'Tertial',
										unit: '%',
										direction: 'lower',
										genderSplit: true
									},
									{
										name: 'Antal familjer som fått stöd i tid',
										annualTarget: 'öka',
										councilTarget: 'öka',
										periodicity: 'År',
										unit: 'st',
										direction: 'higher',
										genderSplit: false
									},
									{
										name: 'Brukarnöjdhet',
										annualTarget: null,
										councilTarget: null,
										periodicity: 'Halvår',
										unit: 'index',
										direction: 'higher',
										genderSplit: false
									}
								],
								activities: [{ title: 'Stadens barnrättsarbete samordnas', start: '2026-01-01', end: '2026-12-31' }],
								goals: [
									{
										label: 'Nämndmål',
										number: '1.1.1',
										title: 'Förebyggande insatser ger barn goda uppväxtvillkor',
										sections: {
											Beskrivning: 'Nämnden satsar på tidiga insatser.',
											'Förväntat resultat': 'Färre barn behöver placeras.'
										},
										indicators: [
											{
												name: 'Andel utredningar klara inom fyra månader',
												annualTarget: '70 %',
												councilTarget: 'Tas fram av nämnd',
												periodicity: 'Månad',
												unit: '%',
												direction: 'higher',
												genderSplit: false
											}
										],
										activities: [{ title: 'Enheternas registerförteckning revideras', start: '2026-02-01', end: '2026-06-30' }],
										goals: [
											{
												label: 'Enhetsmål',
												number: null,
												title: 'Familjer får stöd tidigt',
												sections: unitGoalSectionsFilled,
												indicators: [
													{
														name: 'Antal föräldragrupper',
														annualTarget: '12 st',
														councilTarget: null,
														periodicity: 'År',
														unit: 'st',
														direction: 'higher',
														genderSplit: false
													}
												],
												activities: [
													{ title: 'Starta föräldragrupper', start: '2026-03-01', end: '2026-11-30' },
													{ title: 'Utvärdera arbetssättet', start: null, end: null }
												],
												goals: []
											},
											{
												label: 'Enhetsmål',
												number: null,
												title: 'Barnets röst hörs',
												sections: {
													'Förväntat resultat': 'Barn kommer till tals i varje utredning.',
													Arbetssätt: 'Samtal med barnet i varje ärende.'
												},
												indicators: [],
												activities: [],
												goals: []
											}
										]
									}
								]
							}
							// 1.2 has nothing below it for the unit: not part of its plan.
						]
					},
					{
						label: 'KF:s inriktningsmål',
						number: '2',
						title: 'Ekonomin är i balans',
						...none,
						goals: [
							{
								label: 'KF:s mål för verksamhetsområdet',
								number: '2.1',
								title: 'Resurserna används effektivt',
								...none,
								goals: [
									{
										label: 'Nämndmål',
										number: '2.1.1',
										title: 'Budgeten hålls',
										sections: { Beskrivning: 'Verksamheten bedrivs inom budget.' },
										indicators: [
											{
												name: 'Nettokostnad i tkr',
												annualTarget: '21 024',
												councilTarget: null,
												periodicity: 'Tertial',
												unit: '',
												direction: 'exact',
												genderSplit: false
											}
										],
										activities: [],
										goals: [
											{
												label: 'Enhetsmål',
												number: null,
												title: 'Vi håller budgeten',
												sections: { 'Förväntat resultat': 'Ett resultat i balans.' },
												indicators: [],
												activities: [],
												goals: []
											}
										]
									}
								]
							}
						]
					}
				],
				budget: [
					{
						heading: 'Familjeenheten (IoF BoU)',
						columns: ['Budget VP', 'Prognos', 'Avvikelse'],
						rows: [
							{ label: 'Intäkter', values: [-1400, -1400, 0] },
							{ label: 'Personal', values: [12500, 12900, -400] },
							{ label: 'Övriga kostnader', values: [3100, null, null] }
						]
					},
					{ heading: 'Prevention', columns: ['Budget'], rows: [{ label: 'Köp av verksamhet', values: [2500] }] }
				],
				other: [{ heading: 'Synpunkter och klagomål', text: 'Synpunkter besvaras inom två veckor.' }],
				attachments: ['Internkontrollplan 2026', 'Jämställdhets- och mångfaldsplan']
			}
		]
	};
}

describe('a target as text in the file', () => {
	it('uses ordinary spaces and keeps every decimal', () => {
		expect(targetText(5.5, null, '%')).toBe('5,5 %');
		expect(targetText(5.55, null, '%')).toBe('5,55 %');
		expect(targetText(21024, null, '')).toBe('21 024');
		expect(targetText(-1400, null, 'tkr')).toBe('-1 400 tkr');
		expect(targetText(83, null, 'index')).toBe('83');
		expect(targetText(null, 'öka', '%')).toBe('öka');
		expect(targetText(null, null, '%')).toBeNull();
	});
});

describe.each(testDrivers)('exporting a plan on %s', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		await buildExamplePlan(database.db, 2026);
	});
	afterAll(() => database?.close());

	it('writes the unit’s plan as verksam-plan/1', async () => {
		const file = await exportPlan(database.db, { slug: 'familjeenheten', year: 2026 });
		expect(file).toEqual(expectedExport());
		expect(planFileSchema.parse(file)).toEqual(file);
	});

	it('orders a goal’s sections canonically and uses no non-breaking spaces', async () => {
		const file = await exportPlan(database.db, { slug: 'familjeenheten', year: 2026 });
		const own = file.plans[0].goals[0].goals[0].goals[0].goals[0];
		expect(Object.keys(own.sections)).toEqual(['Förväntat resultat', 'Arbetssätt', 'Resursanvändning', 'Uppföljning', 'Utveckling']);
		expect(JSON.stringify(file)).not.toMatch(/[\u00a0\u202f]/);
	});

	it('exports a unit without a plan as the framework that applies to it and no plan content', async () => {
		const file = await exportPlan(database.db, { slug: 'vuxenenheten', year: 2026 });
		const plan = file.plans[0];
		// Only 2.1.1 applies to Vuxenenheten (1.1.1 is chosen for Familjeenheten); no unit goals, texts or header.
		expect(plan.goals.map((g) => g.number)).toEqual(['2']);
		expect(plan.goals[0].goals[0].goals.map((g) => [g.number, g.goals.length])).toEqual([['2.1.1', 0]]);
		// The unit has chosen none of the committee's indicators yet.
		expect(plan.goals[0].goals[0].goals[0].indicators).toEqual([]);
		expect(plan).not.toHaveProperty('handler');
		expect([plan.introduction, plan.budget, plan.other, plan.attachments]).toEqual([[], [], [], []]);
	});
});
