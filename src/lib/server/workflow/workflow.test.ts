import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { planEvents, planSnapshots, plans } from '../db/schema';
import * as factory from '../testing/factories';
import { createPerson } from '../testing/workflow-factories';
import { updateGoal } from '../framework/update-goal';
import { loadPlan } from '../plans/load-plan';
import { NotFoundError } from '../result';
import { submitPlan } from './submit-plan';
import { returnPlan } from './return-plan';
import { approvePlan } from './approve-plan';
import { reopenPlan } from './reopen-plan';
import { loadPlanStatus } from './load-plan-status';
import { getPlanSnapshot } from './get-plan-snapshot';

const decision = { decidedOn: '2026-02-12', decidedBy: 'Norra stadsdelsnämnden', diaryNumber: 'NO 2026/0042' };

/** Every step of the workflow, on one unit's plan for 2026, in the order a year goes. */
describe.each(testDrivers)('the plan workflow on %s', (driver) => {
	let database: Database;
	let db: Database['db'];
	let unit: Awaited<ReturnType<typeof factory.createUnit>>;
	let otherUnit: Awaited<ReturnType<typeof factory.createUnit>>;
	let unitGoal: factory.GoalRow;
	let editorId: number;
	let reviewerId: number;
	let step: { organisationId: number; year: number; userId: number };
	let review: { organisationId: number; year: number; userId: number };

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
		const city = await factory.createTestCity(db);
		const { municipality, committee } = city;
		({ unit, otherUnit } = city);
		const direction = await factory.createGoal(db, { organisation: municipality, number: '1', title: 'En stad för alla' });
		const area = await factory.createGoal(db, { organisation: municipality, parent: direction, number: '1.4', title: 'Stöd i tid' });
		const committeeGoal = await factory.createGoal(db, { organisation: committee, parent: area, number: '1.4.1', title: 'Tidiga insatser' });
		unitGoal = await factory.createGoal(db, { organisation: unit, parent: committeeGoal, title: 'Fler familjer får stöd tidigt' });
		editorId = (await createPerson(db, { username: 'rut', displayName: 'Rut Redaktör' })).id;
		reviewerId = (await createPerson(db, { username: 'gustav', displayName: 'Gustav Granskare' })).id;
		step = { organisationId: unit.id, year: 2026, userId: editorId };
		review = { ...step, userId: reviewerId };
	});
	afterAll(() => database?.close());

	async function planRow() {
		const [row] = await db.select().from(plans).where(eq(plans.organisationId, unit.id));
		return row;
	}

	it('refuses to return, approve or reopen a plan that is not started', async () => {
		expect(await returnPlan(db, review, { reason: 'Saknar budget.' })).toEqual({
			ok: false,
			errors: { form: 'Planen kan inte återremitteras: den är inte påbörjad.' }
		});
		expect((await approvePlan(db, review, decision)).ok).toBe(false);
		expect((await reopenPlan(db, review, { reason: 'Fel.' })).ok).toBe(false);
		expect(await planRow()).toBeUndefined();
	});

	it('submits a plan that has no plan row yet: the row is created, Inlämnad, and the event names who and from what', async () => {
		const result = await submitPlan(db, step);
		expect(result.ok && result.value.plan.status).toBe('submitted');
		const row = await planRow();
		expect(row.status).toBe('submitted');
		expect(row.statusChangedAt).not.toBeNull();
		const events = await db.select().from(planEvents).where(eq(planEvents.planId, row.id));
		expect(events.map((e) => [e.userId, e.fromStatus, e.toStatus, e.reason])).toEqual([[editorId, 'draft', 'submitted', '']]);
	});

	it('refuses a second submit and an approval of a plan that is not submitted, saying why', async () => {
		expect(await submitPlan(db, step)).toEqual({
			ok: false,
			errors: {
				form: 'Planen kan inte lämnas in eftersom den är inlämnad. Någon annan kan ha hunnit före; ladda om sidan och se planens status.'
			}
		});
		expect((await reopenPlan(db, review, { reason: 'Ny budget.' })).ok).toBe(false);
	});

	it('returns a plan only with a reason, and the reason is what the unit sees', async () => {
		expect(await returnPlan(db, review, { reason: '   ' })).toEqual({
			ok: false,
			errors: { reason: 'Skriv varför planen återremitteras, så att enheten vet vad som ska ändras.' }
		});
		expect((await planRow()).status).toBe('submitted');
		const result = await returnPlan(db, review, { reason: 'Budgeten för 2026 saknas.' });
		expect(result.ok && result.value.plan.status).toBe('returned');
		const status = await loadPlanStatus(db, unit.id, 2026);
		expect(status.status).toBe('returned');
		expect(status.returnedFor).toBe('Budgeten för 2026 saknas.');
	});

	it('refuses to approve a returned plan; submitted again, approval needs a real date, who decided and a diarienummer', async () => {
		expect((await approvePlan(db, review, decision)).ok).toBe(false);
		expect((await submitPlan(db, step, { reason: 'Budgeten är tillagd.' })).ok).toBe(true);
		expect(await approvePlan(db, review, { decidedOn: '2026-02-30', decidedBy: ' ', diaryNumber: '' })).toEqual({
			ok: false,
			errors: {
				decidedOn: 'Skriv beslutsdatumet som ÅÅÅÅ-MM-DD.',
				decidedBy: 'Skriv vem som fattade beslutet, till exempel nämndens namn.',
				diaryNumber: 'Skriv beslutets diarienummer.'
			}
		});
		expect((await planRow()).status).toBe('submitted');
	});

	it('of two approvals at the same moment exactly one wins: one event, one frozen version', async () => {
		const results = await Promise.all([approvePlan(db, review, decision), approvePlan(db, review, { ...decision, diaryNumber: 'NO 2026/0043' })]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const loser = results.find((r) => !r.ok);
		expect(loser).toEqual({
			ok: false,
			errors: {
				form: 'Planen kan inte fastställas eftersom den är fastställd. Någon annan kan ha hunnit före; ladda om sidan och se planens status.'
			}
		});
		const row = await planRow();
		expect(row.status).toBe('approved');
		const snapshots = await db.select().from(planSnapshots).where(eq(planSnapshots.planId, row.id));
		expect(snapshots).toHaveLength(1);
		expect(row.diaryNumber).toBe(snapshots[0].diaryNumber);
		expect(row.decidedOn).toBe('2026-02-12');
		expect(row.decidedBy).toBe('Norra stadsdelsnämnden');
		const approvals = (await db.select().from(planEvents).where(eq(planEvents.planId, row.id))).filter((e) => e.toStatus === 'approved');
		expect(approvals).toHaveLength(1);
		expect(approvals[0].diaryNumber).toBe(snapshots[0].diaryNumber);
	});

	it('freezes the document as approved: the snapshot is the plan view with the decision, readable for this plan only', async () => {
		const status = await loadPlanStatus(db, unit.id, 2026);
		const approval = status.events.at(-1)!;
		expect(approval.snapshotId).not.toBeNull();
		const snapshot = await getPlanSnapshot(db, { snapshotId: approval.snapshotId!, organisationId: unit.id, year: 2026 });
		expect(snapshot.decidedOn).toBe('2026-02-12');
		if (snapshot.kind !== 'verksamhetsplan') throw new Error('expected the plan');
		expect(snapshot.content.title).toBe('Verksamhetsplan 2026 – Familjeenheten');
		expect(snapshot.content.plan?.status).toBe('approved');
		expect(snapshot.content.plan?.decidedOn).toBe('2026-02-12');
		expect(JSON.stringify(snapshot.content.cascade)).toContain('Fler familjer får stöd tidigt');
		await expect(getPlanSnapshot(db, { snapshotId: snapshot.id, organisationId: otherUnit.id, year: 2026 })).rejects.toThrow(NotFoundError);
		await expect(getPlanSnapshot(db, { snapshotId: snapshot.id, organisationId: unit.id, year: 2025 })).rejects.toThrow(NotFoundError);
	});

	it('reopens only with a reason; the plan is a draft again without the decision, and the history lists every step with names', async () => {
		expect(await reopenPlan(db, review, { reason: '' })).toEqual({
			ok: false,
			errors: { reason: 'Skriv varför den fastställda planen öppnas igen.' }
		});
		expect((await reopenPlan(db, review, { reason: 'Nämnden ändrade budgetramen.' })).ok).toBe(true);
		const row = await planRow();
		expect([row.status, row.decidedOn, row.decidedBy, row.diaryNumber]).toEqual(['draft', null, null, null]);
		const status = await loadPlanStatus(db, unit.id, 2026);
		expect(status.decision).toBeNull();
		expect(status.events.map((e) => [e.userName, e.fromStatus, e.toStatus, e.reason])).toEqual([
			['Rut Redaktör', 'draft', 'submitted', ''],
			['Gustav Granskare', 'submitted', 'returned', 'Budgeten för 2026 saknas.'],
			['Rut Redaktör', 'returned', 'submitted', 'Budgeten är tillagd.'],
			['Gustav Granskare', 'submitted', 'approved', ''],
			['Gustav Granskare', 'approved', 'draft', 'Nämnden ändrade budgetramen.']
		]);
	});

	it('keeps the frozen version as it was decided after the goal is renamed', async () => {
		const saved = await updateGoal(db, { goalId: unitGoal.id, version: unitGoal.version, title: 'Alla familjer får stöd inom en vecka' });
		expect(saved.ok).toBe(true);
		expect(JSON.stringify((await loadPlan(db, 'familjeenheten', 2026)).cascade)).toContain('Alla familjer får stöd inom en vecka');
		const [stored] = await db.select().from(planSnapshots);
		const content = JSON.stringify(stored.content);
		expect(content).toContain('Fler familjer får stöd tidigt');
		expect(content).not.toContain('Alla familjer får stöd inom en vecka');
	});
});
