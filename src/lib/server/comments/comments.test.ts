import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { planSections, plans } from '../db/schema';
import { createCommittee, createGoal, createMunicipality, createPlan, createUnit, type GoalRow } from '../testing/factories';
import { createPerson } from '../testing/comment-factories';
import { NotFoundError } from '../result';
import type { UserRow } from '../accounts/create-user';
import type { Organisation } from '../organisations/create-organisation';
import { startThread, type CommentRow } from './start-thread';
import { replyToThread } from './reply-to-thread';
import { resolveThread } from './resolve-thread';
import { reopenThread } from './reopen-thread';
import { listPlanComments } from './list-plan-comments';
import { countOpenThreads } from './count-open-threads';
import { startThreadFields } from './comment-input';

function value<T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string> }): T {
	if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
	return result.value;
}

describe.each(testDrivers)('comments on a plan (%s)', (driver) => {
	let database: Database;
	let family: Organisation;
	let adults: Organisation;
	let committeeGoal: GoalRow;
	let unitGoal: GoalRow;
	let lastYearsGoal: GoalRow;
	let adultsGoal: GoalRow;
	let elin: UserRow;
	let gustav: UserRow;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const { db } = database;
		const committee = await createCommittee(db, await createMunicipality(db, { slug: 'stad' }), { slug: 'namnd' });
		family = await createUnit(db, committee, { name: 'Familjeenheten', slug: 'familj' });
		adults = await createUnit(db, committee, { name: 'Vuxenenheten', slug: 'vuxen' });
		// Created before 1.1.1, yet its unit goal is listed after 1.1.1's: targets follow the numbers.
		const laterGoal = await createGoal(db, { organisation: committee, depth: 2, number: '1.1.2', title: 'Unga får arbete' });
		committeeGoal = await createGoal(db, { organisation: committee, depth: 2, number: '1.1.1', title: 'Barn får stöd tidigt' });
		await createGoal(db, { organisation: family, parent: laterGoal, title: 'Under 1.1.2' });
		unitGoal = await createGoal(db, { organisation: family, parent: committeeGoal, title: 'Skyndsamma utredningar' });
		await createGoal(db, { organisation: family, parent: committeeGoal, number: '7', title: 'Numrerat enhetsmål', position: 1 });
		lastYearsGoal = await createGoal(db, { organisation: family, depth: 3, year: 2025, title: 'Fjolårets mål' });
		adultsGoal = await createGoal(db, { organisation: adults, parent: committeeGoal, title: 'Vuxnas mål' });
		elin = await createPerson(db, 'elin', 'Elin Enhetschef');
		gustav = await createPerson(db, 'gustav', 'Gustav Granskare');
	});
	afterAll(() => database.close());

	it('starts a thread on the whole plan, creating the plan row for the year when there is none', async () => {
		const { db } = database;
		expect(await db.select().from(plans).where(eq(plans.organisationId, family.id))).toEqual([]);
		const thread = value(
			await startThread(db, { organisationId: family.id, year: 2026, authorId: elin.id, target: { kind: 'plan', id: null }, body: '  Hej!\nTvå rader.  ' })
		);
		const [plan] = await db.select().from(plans).where(and(eq(plans.organisationId, family.id), eq(plans.year, 2026)));
		expect(thread.planId).toBe(plan.id);
		expect(thread.body).toBe('Hej!\nTvå rader.');
		expect(thread.parentId).toBeNull();
		expect(thread.targetKind).toBe('plan');
		expect(thread.targetId).toBeNull();
	});

	it('starts threads on a goal of the unit for the year and on a section of its plan', async () => {
		const { db } = database;
		const onGoal = value(
			await startThread(db, { organisationId: family.id, year: 2026, authorId: elin.id, target: { kind: 'goal', id: unitGoal.id }, body: 'Om målet' })
		);
		expect([onGoal.targetKind, onGoal.targetId]).toEqual(['goal', unitGoal.id]);
		const [plan] = await db.select().from(plans).where(and(eq(plans.organisationId, family.id), eq(plans.year, 2026)));
		const [section] = await db.insert(planSections).values({ planId: plan.id, area: 'introduction', heading: 'Enhetens uppdrag' }).returning();
		const onSection = value(
			await startThread(db, { organisationId: family.id, year: 2026, authorId: gustav.id, target: { kind: 'section', id: section.id }, body: 'Om texten' })
		);
		expect([onSection.planId, onSection.targetKind, onSection.targetId]).toEqual([plan.id, 'section', section.id]);
		const { targets } = await listPlanComments(db, family.id, 2026);
		expect(targets.map((t) => [t.kind, t.label])).toEqual([
			['plan', 'Hela planen'],
			['goal', 'Skyndsamma utredningar'],
			['goal', '7 Numrerat enhetsmål'],
			['goal', 'Under 1.1.2'],
			['section', 'Enhetens uppdrag']
		]);
	});

	it('refuses a target from another unit, another year, the committee, or a section of another plan', async () => {
		const { db } = database;
		const adultsPlan = await createPlan(db, { organisation: adults, year: 2026 });
		const [adultsSection] = await db.insert(planSections).values({ planId: adultsPlan.id, area: 'other', heading: 'Kvalitet' }).returning();
		const refusedTargets = [
			{ kind: 'goal' as const, id: adultsGoal.id },
			{ kind: 'goal' as const, id: lastYearsGoal.id },
			{ kind: 'goal' as const, id: committeeGoal.id },
			{ kind: 'goal' as const, id: 999_999 },
			{ kind: 'section' as const, id: adultsSection.id },
			{ kind: 'plan' as const, id: adultsSection.id }
		];
		for (const target of refusedTargets) {
			const result = await startThread(db, { organisationId: family.id, year: 2026, authorId: elin.id, target, body: 'Nej' });
			expect(result, JSON.stringify(target)).toEqual({ ok: false, errors: { target: 'Det du vill kommentera finns inte i den här planen.' } });
		}
		// The unit's 2025 goal is a target in 2025, and commenting there creates the 2025 plan.
		const in2025 = value(
			await startThread(db, { organisationId: family.id, year: 2025, authorId: elin.id, target: { kind: 'goal', id: lastYearsGoal.id }, body: 'Fjol' })
		);
		const [plan2025] = await db.select().from(plans).where(and(eq(plans.organisationId, family.id), eq(plans.year, 2025)));
		expect(in2025.planId).toBe(plan2025.id);
	});

	it('refuses an empty or too long text and takes exactly 5000 characters', async () => {
		const { db } = database;
		const start = (body: string) =>
			startThread(db, { organisationId: adults.id, year: 2024, authorId: elin.id, target: { kind: 'plan', id: null }, body });
		expect(await start(' \n\t ')).toEqual({ ok: false, errors: { body: 'Skriv en kommentar.' } });
		expect(await start('x'.repeat(5001))).toEqual({ ok: false, errors: { body: 'Kommentaren får ha högst 5 000 tecken.' } });
		// Nothing refused leaves a plan behind.
		expect(await db.select().from(plans).where(and(eq(plans.organisationId, adults.id), eq(plans.year, 2024)))).toEqual([]);
		expect(value(await start('x'.repeat(5000))).body).toHaveLength(5000);
	});

	it('reads the target from the form as plan, goal:<id> or section:<id>', () => {
		expect(startThreadFields.parse({ target: 'goal:12', body: 'a' }).target).toEqual({ kind: 'goal', id: 12 });
		expect(startThreadFields.parse({ target: 'plan', body: 'a' }).target).toEqual({ kind: 'plan', id: null });
		expect(startThreadFields.safeParse({ target: 'goal:', body: 'a' }).success).toBe(false);
		expect(startThreadFields.safeParse({ target: 'indicator:3', body: 'a' }).success).toBe(false);
	});

	describe('a conversation', () => {
		let thread: CommentRow;
		const ids = () => ({ organisationId: adults.id, year: 2027 });

		beforeAll(async () => {
			const { db } = database;
			await createGoal(db, { organisation: adults, parent: committeeGoal, year: 2026, title: 'Inte 2027' });
			const goal2027 = await createGoal(db, { organisation: adults, depth: 3, year: 2027, number: '2', title: 'Boende för alla' });
			thread = value(await startThread(db, { ...ids(), authorId: gustav.id, target: { kind: 'goal', id: goal2027.id }, body: 'Hur mäts detta?' }));
		});

		it('lists threads with their replies in order, authors and the target named by number and title', async () => {
			const { db } = database;
			value(await replyToThread(db, { ...ids(), threadId: thread.id, authorId: elin.id, body: 'Med en enkät.' }));
			value(await replyToThread(db, { ...ids(), threadId: thread.id, authorId: gustav.id, body: 'Bra.' }));
			const { threads, targets } = await listPlanComments(db, adults.id, 2027);
			expect(targets.map((t) => t.label)).toEqual(['Hela planen', '2 Boende för alla']);
			expect(threads).toHaveLength(1);
			expect(threads[0]).toMatchObject({
				id: thread.id,
				authorName: 'Gustav Granskare',
				body: 'Hur mäts detta?',
				target: { kind: 'goal', label: '2 Boende för alla' },
				resolvedAt: null,
				resolvedByName: null
			});
			expect(threads[0].replies.map((r) => [r.authorName, r.body])).toEqual([
				['Elin Enhetschef', 'Med en enkät.'],
				['Gustav Granskare', 'Bra.']
			]);
		});

		it('resolves a thread (who and when), refuses replies until it is opened again, and puts it after the open ones', async () => {
			const { db } = database;
			const before = Date.now();
			const resolved = await resolveThread(db, { ...ids(), threadId: thread.id, userId: elin.id });
			expect(resolved.resolvedBy).toBe(elin.id);
			expect(resolved.resolvedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
			expect(await replyToThread(db, { ...ids(), threadId: thread.id, authorId: gustav.id, body: 'En till' })).toEqual({
				ok: false,
				errors: { body: 'Tråden är markerad som löst. Öppna den igen för att svara.' }
			});
			const later = value(await startThread(db, { ...ids(), authorId: elin.id, target: { kind: 'plan', id: null }, body: 'Ny tråd' }));
			let listed = await listPlanComments(db, adults.id, 2027);
			expect(listed.threads.map((t) => [t.id, t.resolvedByName])).toEqual([
				[later.id, null],
				[thread.id, 'Elin Enhetschef']
			]);
			expect(await countOpenThreads(db, [later.planId])).toEqual(new Map([[later.planId, 1]]));

			const reopened = await reopenThread(db, { ...ids(), threadId: thread.id });
			expect([reopened.resolvedAt, reopened.resolvedBy]).toEqual([null, null]);
			value(await replyToThread(db, { ...ids(), threadId: thread.id, authorId: gustav.id, body: 'En till' }));
			listed = await listPlanComments(db, adults.id, 2027);
			expect(listed.threads.find((t) => t.id === thread.id)?.replies).toHaveLength(3);
			expect(await countOpenThreads(db, [later.planId])).toEqual(new Map([[later.planId, 2]]));
		});

		it('does not find a thread through another unit or year, nor a reply as a thread', async () => {
			const { db } = database;
			const [reply] = (await listPlanComments(db, adults.id, 2027)).threads.flatMap((t) => t.replies);
			await expect(resolveThread(db, { organisationId: family.id, year: 2027, threadId: thread.id, userId: elin.id })).rejects.toThrow(NotFoundError);
			await expect(reopenThread(db, { organisationId: adults.id, year: 2026, threadId: thread.id })).rejects.toThrow(NotFoundError);
			await expect(replyToThread(db, { ...ids(), threadId: reply.id, authorId: elin.id, body: 'Svar på svar' })).rejects.toThrow(NotFoundError);
		});
	});

	it('counts open threads per plan in one call: resolved threads and replies do not count, plans without any are absent', async () => {
		const { db } = database;
		const committee = await createCommittee(db, await createMunicipality(db, { slug: 'stad-2' }), { slug: 'namnd-2' });
		const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((s) => createUnit(db, committee, { name: `Enhet ${s}`, slug: `enhet-${s}` })));
		const start = async (unit: Organisation, body: string) =>
			value(await startThread(db, { organisationId: unit.id, year: 2026, authorId: elin.id, target: { kind: 'plan', id: null }, body }));
		const a1 = await start(a, 'a1');
		await start(a, 'a2');
		const a3 = await start(a, 'a3');
		const b1 = await start(b, 'b1');
		value(await replyToThread(db, { organisationId: a.id, year: 2026, threadId: a1.id, authorId: gustav.id, body: 'svar' }));
		await resolveThread(db, { organisationId: a.id, year: 2026, threadId: a3.id, userId: gustav.id });
		await resolveThread(db, { organisationId: b.id, year: 2026, threadId: b1.id, userId: gustav.id });
		const cPlan = await createPlan(db, { organisation: c, year: 2026 });
		// a: three threads, one resolved → 2; b: its only thread resolved → absent; c: none → absent.
		expect(await countOpenThreads(db, [a1.planId, b1.planId, cPlan.id])).toEqual(new Map([[a1.planId, 2]]));
		expect(await countOpenThreads(db, [])).toEqual(new Map());
	});
});
