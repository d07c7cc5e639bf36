import { eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planAttachments } from '../db/schema';

export async function addAttachment(db: DbOrTx, planId: number, title: string) {
	const [{ last }] = await db.select({ last: max(planAttachments.position) }).from(planAttachments).where(eq(planAttachments.planId, planId));
	const [row] = await db.insert(planAttachments).values({ planId, title, position: (last ?? -1) + 1 }).returning();
	return row;
}
