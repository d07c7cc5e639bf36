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
			(select md5(string_agg(concat_ws('|', id, parent_id, kind, name, slug), ',' order by id)) from organisations) as organisation_sum,
			(select md5(string_agg(concat_ws('|', id, year, organisation_id, parent_id, number, title), ',' order by id)) from goals) as goal_sum,
			(select md5(string_agg(concat_ws('|', indicator_id, organisation_id, period, status, value, numerator, denominator, women_numerator, women_denominator, men_value, respondents), ',' order by indicator_id, organisation_id, period)) from indicator_outcomes) as outcome_sum`
	);
	return row;
}

describe.each(testDrivers)('loadScaleDemo (%s)', (driver) => {
	let first: Database;
	let second: Database;
	beforeAll(async () => {
		[first, second] = await Promise.all([createTestDatabase(driver), createTestDatabase(driver)]);
		await loadScaleDemo(first.db, scalePresets.town, { seed: 7 });
		await loadScaleDemo(second.db, scalePresets.town, { seed: 7 });
	}, 300_000);
	afterAll(async () => {
		await first?.close();
		await second?.close();
	});

	it('gives the same data for the same seed', async () => {
		expect(await fingerprint(second)).toEqual(await fingerprint(first));
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

	it('writes no history for the generated rows, and records changes made after it', async () => {
		const [before] = await executeRows<{ n: number }>(first.db, sql`select count(*)::int as n from change_log where table_name in ('indicator_outcomes', 'goals', 'organisations')`);
		expect(before.n).toBe(0);
		// The ids go on after the generated ones: 10 organisations, the next is 11.
		const [council] = await executeRows<{ id: number }>(first.db, sql`select id from organisations where kind = 'municipality'`);
		const created = await createOrganisation(first.db, { name: 'Ny nämnd', slug: 'ny-namnd', kind: 'committee', parentId: council.id });
		expect(created.ok && created.value.id).toBe(11);
		const [after] = await executeRows<{ n: number }>(first.db, sql`select count(*)::int as n from change_log where table_name = 'organisations'`);
		expect(after.n).toBe(1);
	});
});
