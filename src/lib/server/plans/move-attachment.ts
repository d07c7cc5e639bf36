import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planAttachments } from '../db/schema';
import { moveInList } from '../db/reorder';
import { NotFoundError } from '../result';

/** Moves an attachment one step in the plan's list. */
export async function moveAttachment(db: DbOrTx, attachmentId: number, direction: 'up' | 'down'): Promise<void> {
	const [attachment] = await db.select().from(planAttachments).where(eq(planAttachments.id, attachmentId));
	if (!attachment) throw new NotFoundError('Bilagan');
	await moveInList(
		db,
		{ table: planAttachments, id: planAttachments.id, position: planAttachments.position },
		eq(planAttachments.planId, attachment.planId),
		attachmentId,
		direction
	);
}
