/**
 * Test fixtures for the interchange and copy-forward tests: one unit's plan with every part the
 * format carries, built with the shared factories, and a row count over every table.
 */
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import * as schema from '../db/schema';
import { budgetRows, budgetTables, planAttachments, planSections } from '../db/schema';
import {
	createActivity,
	createCommittee,
	createGoal,
	createIndicator,
	createMunicipality,
	createPlan,
	createUnit,
	setIndicatorTarget
} from '../testing/factories';

export const unitGoalSectionsFilled = {
	'Förväntat resultat': 'Fler familjer får stöd innan problemen växer.',
	Arbetssätt: 'Vi arbetar i team med skola och förskola.\n\nVarje ärende följs upp efter tre månader.',
	Resursanvändning: 'Två socialsekreterare avsätts för tidiga insatser.',
	Uppföljning: 'Uppföljning i T1, T2 och VB.',
	Utveckling: 'Vi prövar digitala föräldramöten.'
};

/**
 * Exempelstad (Stockholm's model) → Norra nämnden → Familjeenheten (and its sibling Vuxenenheten,
 * with no plan), and Familjeenheten's verksamhetsplan for `year`:
 *
 * 1 En stad där alla kan växa (KF)
 *   1.1 Barn och unga har goda uppväxtvillkor (KF, with an extra Beskrivning)
 *       indicators: share 24 % / unit 5,5 %, count öka / öka, index without targets; one KF activity
 *     1.1.1 Förebyggande insatser … (nämndmål, chosen for Familjeenheten only)
 *           indicator: Tas fram av nämnd / 70 %; one nämnd activity
 *       Familjer får stöd tidigt (Enhetsmål, all five sections, own indicator and activities)
 *       Barnets röst hörs (Enhetsmål, two sections)
 *   1.2 Äldre har en trygg vardag (KF, nothing below it for the unit: not in the plan)
 * 2 Ekonomin är i balans (KF)
 *   2.1 Resurserna används effektivt (KF)
 *     2.1.1 Budgeten hålls (nämndmål for every unit), indicator target 21 024
 *       Vi håller budgeten (Enhetsmål)
 */
export async function buildExamplePlan(db: DbOrTx, year = 2026) {
	const municipality = await createMunicipality(db, { name: 'Exempelstad', slug: 'exempelstad' });
	const committee = await createCommittee(db, municipality, { name: 'Norra nämnden', slug: 'norra-namnden' });
	const unit = await createUnit(db, committee, { name: 'Familjeenheten', slug: 'familjeenheten' });
	const sibling = await createUnit(db, committee, { name: 'Vuxenenheten', slug: 'vuxenenheten' });

	const kf1 = await createGoal(db, { organisation: municipality, year, number: '1', title: 'En stad där alla kan växa', position: 0 });
	const kf11 = await createGoal(db, {
		organisation: municipality,
		parent: kf1,
		number: '1.1',
		title: 'Barn och unga har goda uppväxtvillkor',
		sections: { Beskrivning: 'Staden ger barn en trygg start.' },
		position: 0
	});
	const share = await createIndicator(db, {
		goal: kf11,
		name: 'Andel barn som åter blir föremål för anmälan',
		unit: '%',
		direction: 'lower',
		periodicity: 'tertial',
		genderSplit: true,
		councilTargetValue: 24,
		position: 0
	});
	await setIndicatorTarget(db, share, unit, 5.5);
	const count = await createIndicator(db, {
		goal: kf11,
		name: 'Antal familjer som fått stöd i tid',
		unit: 'st',
		periodicity: 'year',
		councilTargetText: 'öka',
		position: 1
	});
	await setIndicatorTarget(db, count, unit, 'öka');
	const satisfaction = await createIndicator(db, { goal: kf11, name: 'Brukarnöjdhet', unit: 'index', periodicity: 'half-year', position: 2 });
	// Chosen for the plan without an Årsmål (a blank target row), as often in the seeds.
	await setIndicatorTarget(db, satisfaction, unit, null);
	await createActivity(db, { goal: kf11, title: 'Stadens barnrättsarbete samordnas', start: `${year}-01-01`, end: `${year}-12-31` });

	const n111 = await createGoal(db, {
		organisation: committee,
		parent: kf11,
		number: '1.1.1',
		title: 'Förebyggande insatser ger barn goda uppväxtvillkor',
		sections: { Beskrivning: 'Nämnden satsar på tidiga insatser.', 'Förväntat resultat': 'Färre barn behöver placeras.' },
		appliesTo: [unit]
	});
	const timely = await createIndicator(db, {
		goal: n111,
		name: 'Andel utredningar klara inom fyra månader',
		unit: '%',
		periodicity: 'month',
		councilTargetText: 'Tas fram av nämnd'
	});
	await setIndicatorTarget(db, timely, unit, 70);
	await createActivity(db, {
		goal: n111,
		title: 'Enheternas registerförteckning revideras',
		start: `${year}-02-01`,
		end: `${year}-06-30`
	});

	const own1 = await createGoal(db, {
		organisation: unit,
		parent: n111,
		title: 'Familjer får stöd tidigt',
		// Stored in another order than the canonical one: the export puts them in order.
		sections: {
			Utveckling: unitGoalSectionsFilled.Utveckling,
			'Förväntat resultat': unitGoalSectionsFilled['Förväntat resultat'],
			Arbetssätt: unitGoalSectionsFilled.Arbetssätt,
			Uppföljning: unitGoalSectionsFilled.Uppföljning,
			Resursanvändning: unitGoalSectionsFilled.Resursanvändning
		},
		position: 0
	});
	const own = await createIndicator(db, { goal: own1, name: 'Antal föräldragrupper', unit: 'st', periodicity: 'year' });
	await setIndicatorTarget(db, own, unit, 12);
	await createActivity(db, { goal: own1, title: 'Starta föräldragrupper', start: `${year}-03-01`, end: `${year}-11-30`, position: 0 });
	await createActivity(db, { goal: own1, title: 'Utvärdera arbetssättet', start: null, end: null, position: 1 });
	await createGoal(db, {
		organisation: unit,
		parent: n111,
		title: 'Barnets röst hörs',
		sections: { 'Förväntat resultat': 'Barn kommer till tals i varje utredning.', Arbetssätt: 'Samtal med barnet i varje ärende.', Utveckling: '' },
		position: 1
	});

	await createGoal(db, { organisation: municipality, parent: kf1, number: '1.2', title: 'Äldre har en trygg vardag', position: 1 });

	const kf2 = await createGoal(db, { organisation: municipality, year, number: '2', title: 'Ekonomin är i balans', position: 1 });
	const kf21 = await createGoal(db, { organisation: municipality, parent: kf2, number: '2.1', title: 'Resurserna används effektivt' });
	const n211 = await createGoal(db, {
		organisation: committee,
		parent: kf21,
		number: '2.1.1',
		title: 'Budgeten hålls',
		sections: { Beskrivning: 'Verksamheten bedrivs inom budget.' }
	});
	const cost = await createIndicator(db, { goal: n211, name: 'Nettokostnad i tkr', unit: '', periodicity: 'tertial', direction: 'exact' });
	await setIndicatorTarget(db, cost, unit, 21024);
	await createGoal(db, {
		organisation: unit,
		parent: n211,
		title: 'Vi håller budgeten',
		sections: { 'Förväntat resultat': 'Ett resultat i balans.' }
	});

	const plan = await createPlan(db, {
		organisation: unit,
		year,
		handler: 'Anna Andersson',
		phone: '08-123 45 67',
		recipient: 'Norra nämnden'
	});
	await db.insert(planSections).values([
		{ planId: plan.id, area: 'introduction', heading: 'Enhetens uppdrag', text: 'Vi ger stöd till barn och familjer.\n\nVi arbetar i hela stadsdelen.', position: 0 },
		{ planId: plan.id, area: 'introduction', heading: 'Ledarskapsidé', text: 'Tydligt och nära ledarskap.', position: 1 },
		{ planId: plan.id, area: 'other', heading: 'Synpunkter och klagomål', text: 'Synpunkter besvaras inom två veckor.', position: 0 }
	]);
	const [bou] = await db.insert(budgetTables).values({ planId: plan.id, heading: 'Familjeenheten (IoF BoU)', columns: ['Budget VP', 'Prognos', 'Avvikelse'], position: 0 }).returning();
	await db.insert(budgetRows).values([
		{ tableId: bou.id, label: 'Intäkter', values: [-1400, -1400, 0], position: 0 },
		{ tableId: bou.id, label: 'Personal', values: [12500, 12900, -400], position: 1 },
		{ tableId: bou.id, label: 'Övriga kostnader', values: [3100, null, null], position: 2 }
	]);
	const [prevention] = await db.insert(budgetTables).values({ planId: plan.id, heading: 'Prevention', columns: ['Budget'], position: 1 }).returning();
	await db.insert(budgetRows).values({ tableId: prevention.id, label: 'Köp av verksamhet', values: [2500], position: 0 });
	await db.insert(planAttachments).values([
		{ planId: plan.id, title: `Internkontrollplan ${year}`, position: 0 },
		{ planId: plan.id, title: 'Jämställdhets- och mångfaldsplan', position: 1 }
	]);

	return { municipality, committee, unit, sibling, plan, goals: { kf1, kf11, n111, kf2, kf21, n211, own1 } };
}

/** Rows per table over the whole schema, to show that a refused operation wrote nothing. */
export async function countRows(db: DbOrTx): Promise<Record<string, number>> {
	// The history (change_log) records every write; these counts are about the content itself.
	const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable) && value !== schema.changeLog);
	const counts: Record<string, number> = {};
	for (const table of tables) {
		const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
		counts[getTableName(table)] = Number(row.n);
	}
	return counts;
}
