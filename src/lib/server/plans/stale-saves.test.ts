import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { budgetRows, budgetTables, plans } from '../db/schema';
import * as factory from '../testing/factories';
import { ensurePlan } from './ensure-plan';
import { addBudgetTable } from './add-budget-table';
import { saveBudgetTable } from './save-budget-table';
import { addBudgetRow } from './add-budget-row';
import { deleteBudgetRow } from './delete-budget-row';
import { moveBudgetRow } from './move-budget-row';
import { updatePlanHeader } from './update-plan-header';

const staleMessage = (what: string) =>
	`Någon annan har sparat ${what} medan du skrev. Deras version visas bredvid din. Spara igen för att behålla din.`;

/** Two people save the same budget table or plan header: the later save from an older version writes nothing. */
describe.each(testDrivers)('stale saves of budget tables and the plan header on %s', (driver) => {
	let database: Database;
	let db: Database['db'];
	let unit: Awaited<ReturnType<typeof factory.createUnit>>;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
		({ unit } = await factory.createTestCity(db));
	});
	afterAll(() => database?.close());

	const tableVersion = async (tableId: number) => (await db.select().from(budgetTables).where(eq(budgetTables.id, tableId)))[0].version;
	const rowsOf = (tableId: number) => db.select().from(budgetRows).where(eq(budgetRows.tableId, tableId)).orderBy(asc(budgetRows.position), asc(budgetRows.id));

	it('saves a budget table from its current version and refuses a stale one with the stored table', async () => {
		const plan = await ensurePlan(db, unit.id, 2026);
		const table = await addBudgetTable(db, plan.id, { heading: 'Ekonomi 2026', columns: ['Budget'] });
		expect(table.version).toBe(1);
		const [income, staff] = await rowsOf(table.id);
		const save = (version: number, amount: string) =>
			saveBudgetTable(db, table.id, { version, heading: 'Ekonomi 2026', columns: ['Budget'], rows: { [staff.id]: { label: 'Personal', values: [amount] } } });

		const anna = await save(1, '12 500');
		expect(anna).toEqual({ ok: true, value: 1 });
		expect(await tableVersion(table.id)).toBe(2);

		const bertil = await save(1, '13 000');
		expect(bertil.ok).toBe(false);
		expect(!bertil.ok && bertil.errors).toEqual({ form: staleMessage('budgettabellen') });
		expect('conflict' in bertil && bertil.conflict).toEqual({
			id: table.id,
			heading: 'Ekonomi 2026',
			columns: ['Budget'],
			version: 2,
			rows: [
				{ id: income.id, label: 'Intäkter', values: [null] },
				{ id: staff.id, label: 'Personal', values: [12500] },
				{ id: expect.any(Number), label: 'Köp av verksamhet', values: [null] },
				{ id: expect.any(Number), label: 'Lokaler', values: [null] },
				{ id: expect.any(Number), label: 'Övriga kostnader', values: [null] }
			]
		});
		expect((await rowsOf(table.id))[1].values).toEqual([12500]);
		expect(await tableVersion(table.id)).toBe(2);

		// Bertil has seen Anna's amount and sends his again from her version: his is written.
		expect((await save(2, '13 000')).ok).toBe(true);
		expect((await rowsOf(table.id))[1].values).toEqual([13000]);
		expect(await tableVersion(table.id)).toBe(3);
	});

	it('counts adding, deleting and moving rows as new versions, so a whole-table save from before is stale', async () => {
		const plan = await ensurePlan(db, unit.id, 2026);
		const table = await addBudgetTable(db, plan.id, { heading: 'Investeringar', columns: ['Budget'] });
		const [first] = await rowsOf(table.id);
		const save = (version: number) =>
			saveBudgetTable(db, table.id, { version, heading: 'Investeringar', columns: ['Budget'], rows: { [first.id]: { label: 'Intäkter', values: ['-100'] } } });

		const added = await addBudgetRow(db, table.id, 'Datorer');
		expect(await tableVersion(table.id)).toBe(2);
		const afterAdd = await save(1);
		expect('conflict' in afterAdd && afterAdd.conflict.rows.map((r) => r.label)).toContain('Datorer');

		await moveBudgetRow(db, added.id, 'up');
		expect(await tableVersion(table.id)).toBe(3);
		expect((await save(2)).ok).toBe(false);

		await deleteBudgetRow(db, added.id);
		expect(await tableVersion(table.id)).toBe(4);
		expect((await save(3)).ok).toBe(false);
		// Nothing of the stale saves was written.
		expect((await rowsOf(table.id))[0].values).toEqual([null]);

		expect((await save(4)).ok).toBe(true);
		expect((await rowsOf(table.id))[0].values).toEqual([-100]);
	});

	it('saves the plan header from its current version and refuses a stale one with the stored header', async () => {
		const plan = await factory.createPlan(db, { organisation: unit, year: 2027, handler: 'Första handläggaren' });
		expect(plan.version).toBe(1);

		const anna = await updatePlanHeader(db, plan.id, 1, { handler: 'Anna Andersson', phone: '08-123 45 67', recipient: 'Norra nämnden' });
		expect(anna.ok && [anna.value.handler, anna.value.version]).toEqual(['Anna Andersson', 2]);

		const bertil = await updatePlanHeader(db, plan.id, 1, { handler: 'Bertil Berg', phone: '', recipient: 'Nämnden' });
		expect(!bertil.ok && bertil.errors).toEqual({ form: staleMessage('planens uppgifter') });
		expect('conflict' in bertil && [bertil.conflict.handler, bertil.conflict.phone, bertil.conflict.recipient, bertil.conflict.version]).toEqual([
			'Anna Andersson',
			'08-123 45 67',
			'Norra nämnden',
			2
		]);
		const [stored] = await db.select().from(plans).where(eq(plans.id, plan.id));
		expect([stored.handler, stored.recipient, stored.version]).toEqual(['Anna Andersson', 'Norra nämnden', 2]);

		const again = await updatePlanHeader(db, plan.id, 2, { handler: 'Bertil Berg', phone: '', recipient: 'Nämnden' });
		expect(again.ok && [again.value.handler, again.value.version]).toEqual(['Bertil Berg', 3]);
	});
});
