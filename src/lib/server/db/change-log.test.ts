import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from './test-database';
import type { Database } from './client';
import { changeLog, goals, planSections } from './schema';
import { createCommittee, createGoal, createMunicipality, createPlan, createUnit } from '../testing/factories';

describe.each(testDrivers)('change log triggers (%s)', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
	});
	afterAll(() => database.close());

	it('records who changed a goal, with the old and the new value, and skips saves that change nothing', async () => {
		const { db } = database;
		const unit = await createUnit(db, await createCommittee(db, await createMunicipality(db)));
		const goal = await createGoal(db, { organisation: unit, depth: 3, title: 'Före' });
		await db.transaction(async (tx) => {
			await tx.execute(sql`select set_config('verksam.actor', '42', true)`);
			await tx.update(goals).set({ title: 'Efter' }).where(eq(goals.id, goal.id));
			await tx.update(goals).set({ title: 'Efter' }).where(eq(goals.id, goal.id));
		});
		const rows = await db.select().from(changeLog).where(eq(changeLog.rowKey, String(goal.id)));
		const goalRows = rows.filter((r) => r.tableName === 'goals');
		expect(goalRows.map((r) => r.operation)).toEqual(['insert', 'update']);
		const update = goalRows[1];
		expect(update.userId).toBe(42);
		expect(update.organisationId).toBe(unit.id);
		expect(update.oldValue?.title).toBe('Före');
		expect(update.newValue?.title).toBe('Efter');
		expect(goalRows[0].userId).toBeNull();
	});

	it('gives a plan section the plan organisation, and refuses to change or delete the log', async () => {
		const { db } = database;
		const unit = await createUnit(db, await createCommittee(db, await createMunicipality(db, { slug: 'kommun-2' }), { slug: 'namnd-2' }), { slug: 'enhet-2' });
		const plan = await createPlan(db, { organisation: unit });
		const [section] = await db.insert(planSections).values({ planId: plan.id, area: 'introduction', heading: 'Inledning', text: 'x' }).returning();
		const [row] = await db.select().from(changeLog).where(and(eq(changeLog.tableName, 'plan_sections'), eq(changeLog.rowKey, String(section.id))));
		expect(row.organisationId).toBe(unit.id);
		await expect(db.update(changeLog).set({ userId: 1 }).where(eq(changeLog.id, row.id))).rejects.toThrow();
		await expect(db.delete(changeLog).where(eq(changeLog.id, row.id))).rejects.toThrow();
	});
});
