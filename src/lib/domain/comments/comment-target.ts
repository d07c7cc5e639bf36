export type CommentTargetKind = 'plan' | 'goal' | 'section';

/** How a form names what a thread is about: "plan", "goal:12" or "section:5". */
export function targetValue(kind: CommentTargetKind, id: number | null): string {
	return kind === 'plan' ? 'plan' : `${kind}:${id}`;
}
