import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { changeLog, goals, planSections } from '../db/schema';
import { createActivity, createCommittee, createGoal, createMunicipality, createPlan, createUnit } from '../testing/factories';
import { asActor, createPerson } from '../testing/history-factories';
import { NotFoundError } from '../result';
import { listItemHistory } from './list-item-history';
import { restoreItemVersion } from './restore-item-version';
import { listOrganisationChanges } from './list-organisation-changes';
import { listAuditLog } from './list-audit-log';
import { exportAuditLog } from './export-audit-log';
import { stockholmDate } from '../../domain/format/date-time';

describe.each(testDrivers)('history (%s)', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
	});
	afterAll(() => database.close());

	/** A municipality → committee → two units, each test with its own slugs. */
	let n = 0;
	async function city() {
		const { db } = database;
		n += 1;
		const kommun = await createMunicipality(db, { slug: `kommun-${n}` });
		const namnd = await createCommittee(db, kommun, { slug: `namnd-${n}` });
		const unit = await createUnit(db, namnd, { slug: `enhet-${n}` });
		const other = await createUnit(db, namnd, { slug: `annan-${n}`, name: 'Vuxenenheten' });
		return { kommun, namnd, unit, other };
	}

	it('restores an old goal title: the version goes up and the restore is recorded with the acting user', async () => {
		const { db } = database;
		const { unit } = await city();
		const anna = await createPerson(db, { displayName: 'Anna Åberg' });
		const goal = await createGoal(db, { organisation: unit, depth: 3, title: 'Barn får stöd i tid' });
		await asActor(db, anna.id, (tx) => tx.update(goals).set({ title: 'Barn och unga får stöd', version: 2 }).where(eq(goals.id, goal.id)));

		const history = await listItemHistory(db, { organisationId: unit.id, year: 2026, table: 'goals', rowKey: String(goal.id) });
		expect(history.map((h) => [h.operation, h.userName, h.newValue?.title])).toEqual([
			['insert', null, 'Barn får stöd i tid'],
			['update', 'Anna Åberg', 'Barn och unga får stöd']
		]);

		const result = await asActor(db, anna.id, (tx) =>
			restoreItemVersion(tx, { organisationId: unit.id, year: 2026, table: 'goals', rowKey: String(goal.id), changeId: history[0].id })
		);
		expect(result).toEqual({ ok: true, value: { restored: true } });
		const [now] = await db.select().from(goals).where(eq(goals.id, goal.id));
		expect(now.title).toBe('Barn får stöd i tid');
		expect(now.version).toBe(3);

		const newest = await listItemHistory(db, { organisationId: unit.id, year: 2026, table: 'goals', rowKey: String(goal.id), order: 'newest' });
		expect(newest).toHaveLength(3);
		expect(newest[0].userId).toBe(anna.id);
		expect(newest[0].oldValue?.title).toBe('Barn och unga får stöd');
		expect(newest[0].newValue?.title).toBe('Barn får stöd i tid');

		// The same version again changes nothing and records nothing.
		const again = await asActor(db, anna.id, (tx) =>
			restoreItemVersion(tx, { organisationId: unit.id, year: 2026, table: 'goals', rowKey: String(goal.id), changeId: history[0].id })
		);
		expect(again).toEqual({ ok: true, value: { restored: false } });
		expect(await listItemHistory(db, { organisationId: unit.id, year: 2026, table: 'goals', rowKey: String(goal.id) })).toHaveLength(3);
	});

	it('refuses a change of another organisation or year as not found, and a deleted item or a deletion', async () => {
		const { db } = database;
		const { unit, other } = await city();
		const goal = await createGoal(db, { organisation: other, depth: 3, title: 'Annans mål' });
		const [inserted] = await db.select().from(changeLog).where(and(eq(changeLog.tableName, 'goals'), eq(changeLog.rowKey, String(goal.id))));
		const request = { organisationId: unit.id, year: 2026, table: 'goals' as const, rowKey: String(goal.id), changeId: inserted.id };
		await expect(restoreItemVersion(db, request)).rejects.toThrow(NotFoundError);
		await expect(listItemHistory(db, { organisationId: unit.id, year: 2026, table: 'goals', rowKey: String(goal.id) })).rejects.toThrow(NotFoundError);
		// Right organisation, wrong year in the URL.
		await expect(restoreItemVersion(db, { ...request, organisationId: other.id, year: 2025 })).rejects.toThrow(NotFoundError);
		// Right organisation, but the change is of another item than the URL names.
		await expect(restoreItemVersion(db, { ...request, organisationId: other.id, rowKey: String(goal.id + 1000) })).rejects.toThrow(NotFoundError);

		const activity = await createActivity(db, { goal, title: 'Kartlägga' });
		await db.execute(sql`delete from activities where id = ${activity.id}`);
		const entries = await listItemHistory(db, { organisationId: other.id, year: 2026, table: 'activities', rowKey: String(activity.id) });
		expect(entries.map((e) => e.operation)).toEqual(['insert', 'delete']);
		const restore = (changeId: number) =>
			restoreItemVersion(db, { organisationId: other.id, year: 2026, table: 'activities', rowKey: String(activity.id), changeId });
		expect(await restore(entries[0].id)).toEqual({ ok: false, errors: { form: 'Aktivitet är borttagen och kan inte återställas.' } });
		expect(await restore(entries[1].id)).toEqual({ ok: false, errors: { form: 'En borttagning kan inte återställas.' } });
	});

	it('lists a plan’s changes for its year only, including a removed activity of that year', async () => {
		const { db } = database;
		const { unit, other } = await city();
		const plan2026 = await createPlan(db, { organisation: unit, year: 2026 });
		await createPlan(db, { organisation: unit, year: 2025 });
		const goal2026 = await createGoal(db, { organisation: unit, depth: 3, title: 'Mål 2026' });
		await createGoal(db, { organisation: unit, depth: 3, year: 2025, title: 'Mål 2025' });
		await createGoal(db, { organisation: other, depth: 3, title: 'Annan enhets mål' });
		const [section] = await db.insert(planSections).values({ planId: plan2026.id, area: 'introduction', heading: 'Inledning', text: 'Text' }).returning();
		const activity = await createActivity(db, { goal: goal2026, title: 'Borttagen aktivitet' });
		await db.execute(sql`delete from activities where id = ${activity.id}`);

		const { entries, total } = await listOrganisationChanges(db, { organisationId: unit.id, year: 2026 });
		// Newest first: the deletion, the activity, the section, the goal, the plan.
		expect(entries.map((e) => [e.tableName, e.operation, e.rowKey])).toEqual([
			['activities', 'delete', String(activity.id)],
			['activities', 'insert', String(activity.id)],
			['plan_sections', 'insert', String(section.id)],
			['goals', 'insert', String(goal2026.id)],
			['plans', 'insert', String(plan2026.id)]
		]);
		expect(total).toBe(5);
		const paged = await listOrganisationChanges(db, { organisationId: unit.id, year: 2026, limit: 2, offset: 2 });
		expect(paged.entries.map((e) => e.tableName)).toEqual(['plan_sections', 'goals']);
		expect(paged.total).toBe(5);
	});

	it('reads the audit log for a period and a subtree, and exports it as CSV for Swedish Excel', async () => {
		const { db } = database;
		const { kommun, namnd, unit } = await city();
		const person = await createPerson(db, { displayName: 'Örjan Ärlig' });
		const goal = await createGoal(db, { organisation: unit, depth: 3, title: 'Målet' });
		await asActor(db, person.id, (tx) => tx.update(goals).set({ title: 'Målet för året' }).where(eq(goals.id, goal.id)));
		// A change dated last year: outside the period. The log is append-only, so it is written as recorded.
		await db.insert(changeLog).values({
			at: new Date('2025-06-01T10:00:00Z'),
			userId: person.id,
			tableName: 'goals',
			rowKey: String(goal.id),
			organisationId: unit.id,
			operation: 'update',
			oldValue: { title: 'Gammal' },
			newValue: { title: 'Äldre' }
		});

		// The period is in Stockholm days, so today is Stockholm's date.
		const today = stockholmDate(new Date());
		const period = { from: '2026-01-01', to: '2099-12-31' };
		const forUnit = (await listAuditLog(db, { organisationId: namnd.id, ...period, limit: 100 })).entries.filter((e) => e.organisationId === unit.id);
		expect(forUnit.map((e) => [e.tableName, e.operation, e.userName, e.organisationName])).toEqual([
			['organisations', 'insert', null, 'Familjeenheten'],
			['goals', 'insert', null, 'Familjeenheten'],
			['goals', 'update', 'Örjan Ärlig', 'Familjeenheten']
		]);
		const newest = (await listAuditLog(db, { organisationId: namnd.id, ...period, limit: 100, order: 'newest' })).entries.filter((e) => e.organisationId === unit.id);
		expect(newest.map((e) => e.id)).toEqual(forUnit.map((e) => e.id).reverse());
		const lastYear = await listAuditLog(db, { organisationId: namnd.id, from: '2025-06-01', to: '2025-06-01', limit: 100 });
		expect(lastYear.entries.map((e) => e.newValue?.title)).toEqual(['Äldre']);
		// 2025-06-01 10:00 UTC is 12:00 in Stockholm, so it is on that day, not the day before.
		expect((await listAuditLog(db, { organisationId: namnd.id, from: '2025-05-31', to: '2025-05-31', limit: 100 })).total).toBe(0);
		// A sibling committee's log does not hold the unit's changes.
		const sibling = await createCommittee(db, kommun, { slug: `syskon-${n}` });
		expect((await listAuditLog(db, { organisationId: sibling.id, ...period, limit: 100 })).entries.map((e) => e.organisationId)).toEqual([sibling.id]);

		const csv = await exportAuditLog(db, { organisationId: unit.id, from: today, to: today });
		expect(csv.startsWith('\uFEFFtid;användare;organisation;tabell;post;åtgärd;fält;före;efter\r\n')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		const update = lines.find((l) => l.includes('Örjan Ärlig'));
		expect(update).toMatch(new RegExp(`^${today}T\\d\\d:\\d\\d:\\d\\d\\+0[12]:00;Örjan Ärlig;Familjeenheten;Mål;Målet för året \\(${goal.id}\\);Ändrad;Titel;Målet;Målet för året$`));
	});
});
