import { z } from 'zod';
import type { CommentTarget } from '../db/schema/comment';

/** A comment's text: plain text, trimmed, 1–5000 characters. Shown escaped with its line breaks. */
export const commentBody = z
	.string({ message: 'Skriv en kommentar.' })
	.trim()
	.min(1, 'Skriv en kommentar.')
	.max(5000, 'Kommentaren får ha högst 5 000 tecken.');

/** What a thread is about, as the target select sends it: "plan", "goal:12" or "section:5". */
export const commentTarget = z
	.string({ message: 'Välj vad kommentaren gäller.' })
	.regex(/^(plan|(goal|section):[1-9]\d{0,9})$/, 'Välj vad kommentaren gäller.')
	.transform((value): { kind: CommentTarget; id: number | null } => {
		if (value === 'plan') return { kind: 'plan', id: null };
		const [kind, id] = value.split(':');
		return { kind: kind as CommentTarget, id: Number(id) };
	});

export const startThreadFields = z.object({ target: commentTarget, body: commentBody });
export const replyFields = z.object({ body: commentBody });

