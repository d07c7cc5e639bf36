/** "1.4 Stöd i tid"; a goal without a number (a unit goal) is its title. */
export function goalLabel(goal: { number: string | null; title: string }): string {
	return goal.number ? `${goal.number} ${goal.title}` : goal.title;
}

/** Shortens a text to at most `max` characters, at a word boundary when there is one, with "…". */
export function shorten(text: string, max = 40): string {
	const clean = text.trim().replace(/\s+/g, ' ');
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Text split into paragraphs at blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(text: string | null | undefined): string[] {
	return (text ?? '')
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((p) => p.trim())
		.filter((p) => p.length > 0);
}
