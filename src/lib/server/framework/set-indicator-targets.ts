import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { indicatorTargets, indicators } from '../db/schema';
import { parseTarget } from '../../domain/indicators/indicator';
import { ok, refused, type Result } from '../result';

/**
 * Sets an organisation's Årsmål for several indicators at once ("target-<id>" fields), all or
 * nothing: one unparsable target refuses the whole save with a message at that field. A row
 * (even a blank one) puts a framework indicator in the plan; no row and no target leaves it out.
 */
export async function setIndicatorTargets(
	db: DbOrTx,
	organisationId: number,
	typed: Record<number, string>,
	/** Framework indicators the organisation keeps in its plan even without a target. */
	chosen: number[] = []
): Promise<Result<number>> {
	const ids = Object.keys(typed).map(Number);
	if (ids.length === 0) return ok(0);
	const rows = await db.select().from(indicators).where(inArray(indicators.id, ids));
	const errors: Record<string, string> = {};
	const parsed = rows.map((indicator) => {
		const result = parseTarget(typed[indicator.id], indicator.unit);
		if (!result.ok) errors[`target-${indicator.id}`] = result.message;
		return { indicator, result };
	});
	if (Object.keys(errors).length) return refused(errors);
	await db.transaction(async (tx) => {
		for (const { indicator, result } of parsed) {
			if (!result.ok) continue;
			const { value, text } = result.target;
			if (value === null && text === null && !chosen.includes(indicator.id)) {
				await tx
					.delete(indicatorTargets)
					.where(and(eq(indicatorTargets.indicatorId, indicator.id), eq(indicatorTargets.organisationId, organisationId)));
				continue;
			}
			await tx
				.insert(indicatorTargets)
				.values({ indicatorId: indicator.id, organisationId, targetValue: value, targetText: text })
				.onConflictDoUpdate({
					target: [indicatorTargets.indicatorId, indicatorTargets.organisationId],
					set: { targetValue: value, targetText: text }
				});
		}
	});
	return ok(rows.length);
}
