import { and, count, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { comments } from '../db/schema';

/** Open threads per plan, in one query; a plan without open threads is absent from the map. */
export async function countOpenThreads(db: DbOrTx, planIds: readonly number[]): Promise<Map<number, number>> {
	if (planIds.length === 0) return new Map();
	const rows = await db
		.select({ planId: comments.planId, open: count() })
		.from(comments)
		.where(and(inArray(comments.planId, [...planIds]), isNull(comments.parentId), isNull(comments.resolvedAt)))
		.groupBy(comments.planId);
	return new Map(rows.map((r) => [r.planId, Number(r.open)]));
}
