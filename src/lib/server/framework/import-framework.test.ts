import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { goals, indicatorTargets, indicators, organisations } from '../db/schema';
import { createCommittee, createMunicipality, createUnit } from '../testing/factories';
import { countRows } from '../interchange/test-fixtures';
import { importFramework } from './import-framework';
import type { GoalDoc } from '../../domain/interchange/plan-format';

const goal = (label: string, number: string | null, title: string, children: GoalDoc[] = [], extra: Partial<GoalDoc> = {}): GoalDoc => ({
	label,
	number,
	title,
	sections: {},
	indicators: [],
	activities: [],
	goals: children,
	...extra
});

/** KF 1 → 1.1 → nämndmål 1.1.1 (with an indicator whose annual target is the committee's). */
const framework = (committeeGoals: GoalDoc[]) => [
	goal('KF:s inriktningsmål', '1', 'En god stad', [goal('KF:s mål för verksamhetsområdet', '1.1', 'Trygg uppväxt', committeeGoals)])
];
const n111 = goal('Nämndmål', '1.1.1', 'Tidiga insatser', [], {
	sections: { Arbetsätt: 'Stavat som i dokumenten.' },
	indicators: [{ name: 'Andel klara i tid', annualTarget: '75 %', councilTarget: 'Tas fram av nämnd', periodicity: 'Tertial' }]
});

describe.each(testDrivers)('importing a framework on %s', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const city = await createMunicipality(database.db, { name: 'Tvånämndsstad', slug: 'tvanamndsstad' });
		const north = await createCommittee(database.db, city, { name: 'Norra', slug: 'norra' });
		const south = await createCommittee(database.db, city, { name: 'Södra', slug: 'sodra' });
		await createUnit(database.db, north, { name: 'Enhet N', slug: 'enhet-n' });
		await createUnit(database.db, south, { name: 'Enhet S', slug: 'enhet-s' });
	});
	afterAll(() => database?.close());

	it('refuses what it cannot place, and writes nothing', async () => {
		const before = await countRows(database.db);
		const attempt = (goals: GoalDoc[], applicability: Record<string, string[]> = {}) =>
			importFramework(database.db, { slug: 'tvanamndsstad', year: 2026, goals, applicability });
		expect(await attempt(framework([n111]))).toEqual({
			ok: false,
			errors: { applicability: 'Det går inte att avgöra vilken nämnd/förvaltning som äger målet 1.1.1 ”Tidiga insatser”; ange vilka enheter målet gäller.' }
		});
		expect(await attempt(framework([n111]), { '1.1.1': ['enhet-n', 'enhet-s'] })).toEqual({
			ok: false,
			errors: { applicability: 'Målet 1.1.1 ”Tidiga insatser” gäller enheter under olika organisationer (Nämndmål ägs av en nämnd/förvaltning).' }
		});
		expect(await attempt(framework([n111]), { '1.1.1': ['enhet-x'] })).toEqual({
			ok: false,
			errors: { applicability: 'Målet 1.1.1 ”Tidiga insatser” gäller enheten enhet-x, som inte finns i Tvånämndsstad.' }
		});
		const withUnitGoal = framework([{ ...n111, goals: [goal('Enhetsmål', null, 'Eget')] }]);
		expect(await attempt(withUnitGoal, { '1.1.1': ['enhet-n'] })).toEqual({
			ok: false,
			errors: { goals: 'Målet ”Eget” ligger på nivån Enhetsmål, som enheterna skriver i sina planer; ramverket har bara kommunens och nämndernas mål.' }
		});
		expect(await countRows(database.db)).toEqual(before);
	});

	it('gives a nämndmål to the committee of its units, with canonical sections and the committee’s target, and refuses a second import', async () => {
		const db = database.db;
		const result = await importFramework(db, { slug: 'tvanamndsstad', year: 2026, goals: framework([n111]), applicability: { '1.1.1': ['enhet-n'], '9.9.9': [] } });
		expect(result).toEqual({ ok: true, value: { goalCount: 3, warnings: ['Enheterna för mål 9.9.9 hoppades över: målet finns inte i ramverket.'] } });
		const [row] = await db
			.select({ owner: organisations.slug, sections: goals.sections, goalId: goals.id })
			.from(goals)
			.innerJoin(organisations, eq(organisations.id, goals.organisationId))
			.where(eq(goals.number, '1.1.1'));
		expect([row.owner, row.sections]).toEqual(['norra', { Arbetssätt: 'Stavat som i dokumenten.' }]);
		const [indicator] = await db.select().from(indicators).where(eq(indicators.goalId, row.goalId));
		expect([indicator.unit, indicator.kind, indicator.periodicity, indicator.councilTargetText]).toEqual(['%', 'share', 'tertial', 'Tas fram av nämnd']);
		const targets = await db
			.select({ owner: organisations.slug, value: indicatorTargets.targetValue })
			.from(indicatorTargets)
			.innerJoin(organisations, eq(organisations.id, indicatorTargets.organisationId))
			.where(eq(indicatorTargets.indicatorId, indicator.id));
		expect(targets).toEqual([{ owner: 'norra', value: 75 }]);

		const again = await importFramework(db, { slug: 'tvanamndsstad', year: 2026, goals: framework([n111]), applicability: { '1.1.1': ['enhet-n'] } });
		expect(again).toEqual({
			ok: false,
			errors: { year: 'Det finns redan mål i ramverket för 2026 i Tvånämndsstad. Ett ramverk kan bara importeras till ett tomt år.' }
		});
	});
});
