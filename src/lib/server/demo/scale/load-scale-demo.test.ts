import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../../db/test-database';
import type { Database } from '../../db/client';
import { executeRows } from '../../db/execute-rows';
import { createOrganisation } from '../../organisations/create-organisation';
import { loadScaleDemo } from './load-scale-demo';
import { scalePresets } from './scale-presets';

/** Counts and checksums of what the generator writes, to compare two loads. */
async function fingerprint(database: Database) {
	const [row] = await executeRows<Record<string, string>>(
		database.db,
		sql`select
			(select count(*) from organisations)::text as organisations,
			(select count(*) from goals)::text as goals,
			(select count(*) from indicators)::text as indicators,
			(select count(*) from indicator_outcomes)::text as outcomes,
			(select count(*) from goal_assessments)::text as assessments,
			(select count(*) from activity_followups)::text as activity_followups,
			(select count(*) from budget_followups)::text as budget_followups,
			(select md5(string_agg(concat_ws('|', id, parent_id, kind, name, slug), ',' order by id)) from organisations) as organisation_sum,
			(select md5(string_agg(concat_ws('|', id, year, organisation_id, parent_id, number, title), ',' order by id)) from goals) as goal_sum,
			(select md5(string_agg(concat_ws('|', indicator_id, organisation_id, period, status, value, numerator, denominator, women_numerator, women_denominator, men_value, respondents), ',' order by indicator_id, organisation_id, period)) from indicator_outcomes) as outcome_sum,
			(select md5(string_agg(concat_ws('|', budget_row_id, organisation_id, period, outcome, forecast), ',' order by budget_row_id, period)) from budget_followups) as budget_sum`
	);
	return row;
}

describe.each(testDrivers)('loadScaleDemo (%s)', (driver) => {
	let first: Database;
	let second: Database;
	let other: Database;
	beforeAll(async () => {
		[first, second, other] = await Promise.all([createTestDatabase(driver), createTestDatabase(driver), createTestDatabase(driver)]);
		await loadScaleDemo(first.db, scalePresets.town, { seed: 7 });
		await loadScaleDemo(second.db, scalePresets.town, { seed: 7 });
		await loadScaleDemo(other.db, scalePresets.town, { seed: 8 });
	}, 300_000);
	afterAll(async () => {
		await first?.close();
		await second?.close();
		await other?.close();
	});

	it('gives the same data for the same seed, and other figures for another seed', async () => {
		const same = await fingerprint(first);
		expect(Number(same.budget_followups)).toBeGreaterThan(0);
		expect(await fingerprint(second)).toEqual(same);
		const otherSeed = await fingerprint(other);
		expect(otherSeed.outcome_sum).not.toBe(same.outcome_sum);
		expect(otherSeed.budget_sum).not.toBe(same.budget_sum);
	});

	it('builds the town: one council, two committees of 4 and 3 units, a plan per unit and year for 2024–2026', async () => {
		const kinds = await executeRows<{ kind: string; n: number }>(first.db, sql`select kind, count(*)::int as n from organisations group by kind order by kind`);
		expect(kinds).toEqual([
			{ kind: 'committee', n: 2 },
			{ kind: 'municipality', n: 1 },
			{ kind: 'unit', n: 7 }
		]);
		const sizes = await executeRows<{ n: number }>(
			first.db,
			sql`select count(u.id)::int as n from organisations c join organisations u on u.parent_id = c.id where c.kind = 'committee' group by c.id order by c.position`
		);
		expect(sizes.map((s) => s.n)).toEqual([4, 3]);
		const planYears = await executeRows<{ year: number; n: number }>(first.db, sql`select year, count(*)::int as n from plans where kind = 'verksamhetsplan' group by year order by year`);
		expect(planYears).toEqual([
			{ year: 2024, n: 7 },
			{ year: 2025, n: 7 },
			{ year: 2026, n: 7 }
		]);
		// The demo's accounts work: Familjeenheten in Norrvikens stadsdelsnämnd, under Exempelstad.
		const [familj] = await executeRows<{ committee: string; municipality: string }>(
			first.db,
			sql`select c.slug as committee, m.slug as municipality from organisations u join organisations c on c.id = u.parent_id join organisations m on m.id = c.parent_id where u.slug = 'familjeenheten'`
		);
		expect(familj).toEqual({ committee: 'norrvikens-stadsdelsnamnd', municipality: 'exempelstad' });
	});

	it('reports every indicator a unit holds in every period of its periodicity, and nothing else', async () => {
		const [expected] = await executeRows<{ n: number }>(
			first.db,
			sql`select coalesce(sum(case i.periodicity when 'year' then 1 when 'half-year' then 2 else 3 end), 0)::int as n
			from indicator_targets t join indicators i on i.id = t.indicator_id join organisations o on o.id = t.organisation_id where o.kind = 'unit'`
		);
		const [actual] = await executeRows<{ n: number; unheld: number }>(
			first.db,
			sql`select count(*)::int as n,
				count(*) filter (where not exists (select 1 from indicator_targets t where t.indicator_id = o.indicator_id and t.organisation_id = o.organisation_id))::int as unheld
			from indicator_outcomes o`
		);
		expect(actual.n).toBeGreaterThan(0);
		expect(actual).toEqual({ n: expected.n, unheld: 0 });
	});

	it('gives shares täljare and nämnare, and gender-split ones parts that add up to the total', async () => {
		const [row] = await executeRows<{ shares: number; split: number; wrong: number; without: number }>(
			first.db,
			sql`select count(*)::int as shares,
				count(*) filter (where i.gender_split)::int as split,
				count(*) filter (where i.gender_split and (o.women_numerator + o.men_numerator <> o.numerator or o.women_denominator + o.men_denominator <> o.denominator))::int as wrong,
				count(*) filter (where o.numerator is null or o.denominator is null or o.numerator > o.denominator)::int as without
			from indicator_outcomes o join indicators i on i.id = o.indicator_id
			where i.kind = 'share' and o.status = 'reported'`
		);
		expect(row.shares).toBeGreaterThan(0);
		expect(row.split).toBeGreaterThan(0);
		expect(row).toMatchObject({ wrong: 0, without: 0 });
	});

	it("follows up Familjeenheten's budget each year: its 20 rows (Familjeenheten's 10 and Vuxenenheten's 10) in 15 periods", async () => {
		const perYear = await executeRows<{ year: number; rows: number; followups: number }>(
			first.db,
			sql`select p.year, count(distinct r.id)::int as rows, count(f.id)::int as followups
			from plans p join organisations o on o.id = p.organisation_id join budget_tables t on t.plan_id = p.id join budget_rows r on r.table_id = t.id
			left join budget_followups f on f.budget_row_id = r.id
			where o.slug = 'familjeenheten' and p.kind = 'verksamhetsplan' group by p.year order by p.year`
		);
		expect(perYear).toEqual([
			{ year: 2024, rows: 20, followups: 300 },
			{ year: 2025, rows: 20, followups: 300 },
			{ year: 2026, rows: 20, followups: 300 }
		]);
		// Intäkter of Utredning och placeringar 2026 is budgeted at −1 200 tkr: January's forecast is the
		// budget; the year ends within 6 % of it (−1 272 to −1 128); June's outcome is half of that,
		// give or take 1,2 % and a tkr of rounding (−644 to −557).
		const months = await executeRows<{ period: string; outcome: number; forecast: number }>(
			first.db,
			sql`select f.period, f.outcome, f.forecast
			from budget_followups f join budget_rows r on r.id = f.budget_row_id join budget_tables t on t.id = r.table_id join plans p on p.id = t.plan_id join organisations o on o.id = p.organisation_id
			where o.slug = 'familjeenheten' and p.year = 2026 and t.heading = 'Utredning och placeringar' and r.label = 'Intäkter'`
		);
		const at = (period: string) => months.find((m) => m.period === period)!;
		expect(months).toHaveLength(15);
		expect(at('M01').forecast).toBe(-1200);
		expect(at('VB').outcome).toBeGreaterThanOrEqual(-1272);
		expect(at('VB').outcome).toBeLessThanOrEqual(-1128);
		expect(at('M06').outcome).toBeGreaterThanOrEqual(-644);
		expect(at('M06').outcome).toBeLessThanOrEqual(-557);
	});

	it("follows up every budget row with a budget in all 12 months and T1, T2, VB, each report with its last month's figures", async () => {
		const [row] = await executeRows<{ budgeted: number; unbudgeted: number; followups: number; notFifteen: number; elsewhere: number; t1: number; t2: number; vb: number }>(
			first.db,
			sql`with per_row as (
				select r.id, jsonb_typeof(r.values -> 0) = 'number' as budgeted, count(f.id) as n, count(distinct f.period) as periods,
					count(f.id) filter (where f.organisation_id <> p.organisation_id) as elsewhere
				from budget_rows r join budget_tables t on t.id = r.table_id join plans p on p.id = t.plan_id
				left join budget_followups f on f.budget_row_id = r.id group by r.id, p.organisation_id)
			select count(*) filter (where budgeted)::int as budgeted,
				count(*) filter (where not budgeted)::int as unbudgeted,
				sum(n)::int as followups,
				count(*) filter (where (budgeted and (n <> 15 or periods <> 15)) or (not budgeted and n <> 0))::int as "notFifteen",
				sum(elsewhere)::int as elsewhere,
				(select count(*) from budget_followups r join budget_followups m on m.budget_row_id = r.budget_row_id and m.period = 'M04' where r.period = 'T1' and r.outcome = m.outcome and r.forecast = m.forecast)::int as t1,
				(select count(*) from budget_followups r join budget_followups m on m.budget_row_id = r.budget_row_id and m.period = 'M08' where r.period = 'T2' and r.outcome = m.outcome and r.forecast = m.forecast)::int as t2,
				(select count(*) from budget_followups r join budget_followups m on m.budget_row_id = r.budget_row_id and m.period = 'M12' where r.period = 'VB' and r.outcome = m.outcome and r.forecast = m.forecast)::int as vb
			from per_row`
		);
		// Every demo budget row has an amount, so every row is followed up.
		const budgeted = row.budgeted;
		expect(budgeted).toBeGreaterThan(0);
		expect(row).toEqual({ budgeted, unbudgeted: 0, followups: 15 * budgeted, notFifteen: 0, elsewhere: 0, t1: budgeted, t2: budgeted, vb: budgeted });
	});

	it('lets the outcome grow month by month near budget × months / 12, the forecast start at the budget and end at the outcome in December', async () => {
		const rows = await executeRows<{ id: number; budget: number; period: string; outcome: number; forecast: number }>(
			first.db,
			sql`select f.budget_row_id as id, (r.values ->> 0)::float8 as budget, f.period, f.outcome, f.forecast
			from budget_followups f join budget_rows r on r.id = f.budget_row_id where f.period like 'M%' order by f.budget_row_id, f.period`
		);
		const byRow = new Map<number, typeof rows>();
		for (const r of rows) byRow.set(r.id, [...(byRow.get(r.id) ?? []), r]);
		const problems: string[] = [];
		for (const months of byRow.values()) {
			const budget = months[0].budget;
			if (months[0].forecast !== budget) problems.push(`${months[0].id} januari: prognos ${months[0].forecast}, budget ${budget}`);
			if (months[11].outcome !== months[11].forecast) problems.push(`${months[0].id} december: utfall ${months[11].outcome}, prognos ${months[11].forecast}`);
			months.forEach((m, i) => {
				const month = i + 1;
				// Costs grow upwards and income (negative) downwards: away from zero, never back.
				if (i > 0 && Math.abs(m.outcome) < Math.abs(months[i - 1].outcome)) problems.push(`${m.id} ${m.period}: ${m.outcome} efter ${months[i - 1].outcome}`);
				if (m.outcome * budget < 0) problems.push(`${m.id} ${m.period}: utfall ${m.outcome} mot budget ${budget}`);
				// budget × month / 12, off by at most the year's 6 % and the month's 1,2 % (1,06 × 1,012 ≈ 1,073) and a tkr of rounding.
				if (Math.abs(m.outcome - (budget * month) / 12) > (Math.abs(budget) * month * 0.073) / 12 + 1) problems.push(`${m.id} ${m.period}: utfall ${m.outcome}, budget ${budget}`);
				if (Math.abs(m.forecast - budget) > Math.abs(budget) * 0.06 + 1) problems.push(`${m.id} ${m.period}: prognos ${m.forecast}, budget ${budget}`);
			});
		}
		expect(byRow.size).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	it('writes no history for the generated rows, and records changes made after it', async () => {
		const [before] = await executeRows<{ n: number }>(
			first.db,
			sql`select count(*)::int as n from change_log where table_name in ('indicator_outcomes', 'budget_followups', 'goals', 'organisations')`
		);
		expect(before.n).toBe(0);
		// The ids go on after the generated ones: 10 organisations, the next is 11.
		const [council] = await executeRows<{ id: number }>(first.db, sql`select id from organisations where kind = 'municipality'`);
		const created = await createOrganisation(first.db, { name: 'Ny nämnd', slug: 'ny-namnd', kind: 'committee', parentId: council.id });
		expect(created.ok && created.value.id).toBe(11);
		const [after] = await executeRows<{ n: number }>(first.db, sql`select count(*)::int as n from change_log where table_name = 'organisations'`);
		expect(after.n).toBe(1);
	});
});
