import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';

/**
 * Links a year's indicators that have no predecessor yet to the indicator of the year before with
 * the same owner and name (case and surrounding spaces aside): textual targets ("öka") are judged
 * against that indicator's outcome, and trends follow the links back. Run after anything that
 * creates a year's indicators (import, copy forward, a new indicator); a link once made survives
 * renames. One statement, whatever the number of indicators.
 */
export async function linkPreviousIndicators(db: DbOrTx, year: number): Promise<void> {
	await db.execute(sql`
		update indicators i set previous_id = m.previous_id
		from (
			select distinct on (cur.id) cur.id, prev.id as previous_id
			from indicators cur
			join goals g on g.id = cur.goal_id
			join indicators prev on prev.organisation_id = cur.organisation_id and lower(btrim(prev.name)) = lower(btrim(cur.name))
			join goals pg on pg.id = prev.goal_id and pg.year = g.year - 1
			where g.year = ${year} and cur.previous_id is null
			order by cur.id, prev.id
		) m
		where i.id = m.id`);
}
