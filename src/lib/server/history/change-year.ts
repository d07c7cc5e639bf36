import { sql, type SQL } from 'drizzle-orm';

/**
 * The year a change_log row belongs to, in SQL: the row's own year (goals, plans), else its plan's,
 * its budget table's plan's, its goal's or its indicator's goal's year. A parent that has since been
 * deleted is looked up in its own recorded values, so removed items keep their year. Null for rows
 * without a year (organisations, users, role grants).
 *
 * `alias` is the change_log alias in the surrounding query.
 */
export function changeYear(alias: string): SQL {
	const v = sql.raw(`coalesce(${alias}.new_value, ${alias}.old_value)`);
	const logged = (table: string, key: SQL) =>
		sql`(select coalesce(l.new_value, l.old_value) from change_log l where l.table_name = ${table} and l.row_key = ${key} order by l.id desc limit 1)`;
	const goalYear = (goalId: SQL) =>
		sql`coalesce((select g.year from goals g where g.id = (${goalId})::integer), ((${logged('goals', goalId)})->>'year')::integer)`;
	const planYear = (planId: SQL) =>
		sql`coalesce((select p.year from plans p where p.id = (${planId})::integer), ((${logged('plans', planId)})->>'year')::integer)`;
	const tablePlan = sql`coalesce((select b.plan_id::text from budget_tables b where b.id = (${v}->>'table_id')::integer), (${logged('budget_tables', sql`${v}->>'table_id'`)})->>'plan_id')`;
	const indicatorGoal = sql`coalesce((select i.goal_id::text from indicators i where i.id = (${v}->>'indicator_id')::integer), (${logged('indicators', sql`${v}->>'indicator_id'`)})->>'goal_id')`;
	return sql`(case
		when ${v} ? 'year' then (${v}->>'year')::integer
		when ${v} ? 'plan_id' then ${planYear(sql`${v}->>'plan_id'`)}
		when ${v} ? 'table_id' then ${planYear(tablePlan)}
		when ${v} ? 'indicator_id' then ${goalYear(indicatorGoal)}
		when ${v} ? 'goal_id' then ${goalYear(sql`${v}->>'goal_id'`)}
	end)`;
}
