import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { indicatorTargets, indicators } from '../db/schema';
import { formatTarget, parseTarget } from '../../domain/indicators/indicator';
import { conflicted, ok, refused, type Conflict, type Result } from '../result';

/** A target as the form shows it, so a typed, a started-from and a stored target compare alike. */
function shown(value: number | null, text: string | null, unit: string): string {
	return formatTarget(value, text, unit).replace(/\u00a0/g, ' ');
}

function shownTyped(typed: string, unit: string): string {
	const parsed = parseTarget(typed, unit);
	return parsed.ok ? shown(parsed.target.value, parsed.target.text, unit) : typed.trim();
}

/**
 * Sets an organisation's Årsmål for several indicators at once ("target-<id>" fields), all or
 * nothing: one unparsable target refuses the whole save with a message at that field. A row
 * (even a blank one) puts a framework indicator in the plan; no row and no target leaves it out.
 *
 * `started` is the Årsmål each input showed when the user began. A target stored differently
 * since then was saved by someone else: if the user left it as it was, theirs is kept; if the
 * user changed it to something else, it is a conflict, and then nothing is written and the
 * stored targets of the conflicting indicators come back (indicator id → target as shown).
 */
export async function setIndicatorTargets(
	db: DbOrTx,
	organisationId: number,
	typed: Record<number, string>,
	/** Framework indicators the organisation keeps in its plan even without a target. */
	chosen: number[] = [],
	started?: Record<number, string>
): Promise<Result<number> | Conflict<Record<number, string>>> {
	const ids = Object.keys(typed).map(Number);
	if (ids.length === 0) return ok(0);
	// Locking the indicators makes two target saves for them take turns, so the second one's
	// comparison below sees what the first wrote.
	const rows = await db.select().from(indicators).where(inArray(indicators.id, ids)).for('no key update');
	const errors: Record<string, string> = {};
	const parsed = rows.map((indicator) => {
		const result = parseTarget(typed[indicator.id], indicator.unit);
		if (!result.ok) errors[`target-${indicator.id}`] = result.message;
		return { indicator, result };
	});
	if (Object.keys(errors).length) return refused(errors);

	const keepTheirs = new Set<number>();
	if (started) {
		const storedRows = await db
			.select()
			.from(indicatorTargets)
			.where(and(eq(indicatorTargets.organisationId, organisationId), inArray(indicatorTargets.indicatorId, ids)));
		const stored = new Map(storedRows.map((r) => [r.indicatorId, r]));
		const conflicts: Record<number, string> = {};
		for (const { indicator } of parsed) {
			if (started[indicator.id] === undefined) continue;
			const row = stored.get(indicator.id);
			const now = shown(row?.targetValue ?? null, row?.targetText ?? null, indicator.unit);
			const before = shownTyped(started[indicator.id], indicator.unit);
			const mine = shownTyped(typed[indicator.id], indicator.unit);
			if (now === before || mine === now) continue;
			if (mine === before) keepTheirs.add(indicator.id);
			else conflicts[indicator.id] = formatTarget(row?.targetValue ?? null, row?.targetText ?? null, indicator.unit);
		}
		if (Object.keys(conflicts).length) return conflicted('årsmål', conflicts);
	}

	await db.transaction(async (tx) => {
		for (const { indicator, result } of parsed) {
			if (!result.ok || keepTheirs.has(indicator.id)) continue;
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
