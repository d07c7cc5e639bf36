import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planAttachments } from '../db/schema';
import { NotFoundError } from '../result';

export async function deleteAttachment(db: DbOrTx, attachmentId: number) {
	const [row] = await db.delete(planAttachments).where(eq(planAttachments.id, attachmentId)).returning();
	if (!row) throw new NotFoundError('Bilagan');
	return row;
}
