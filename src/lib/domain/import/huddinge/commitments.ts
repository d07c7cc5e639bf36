/**
 * "Utvecklingsåtaganden - aktivt delta i … - utveckla …" lists run into the text: each "- " item
 * is one utvecklingsåtagande. An item ends at the next "- ", at a footnote number, or at a
 * capitalized word that starts something new (a heading, "Särskilt prioriterat", "Totalt (%)");
 * a run of capitalized words ("Anhörig Huddinge") is a name inside the item.
 */

export interface CommitmentList {
	/** Where "Utvecklingsåtagande(n)" starts and the list ends. */
	start: number;
	end: number;
	/** "Utvecklingsåtagande för delmålet Gott bemötande": the delmål it names. */
	forGoal: string | null;
	items: string[];
}

const LIST_START = /Utvecklingsåtagande(?:n|t)?(?:\s+för\s+delmålet\s+(.+?))?\s+-\s/g;

function isName(token: string): boolean {
	// Capitalized but not an acronym ("HBTQ"): a name continues the item.
	return /^[A-ZÅÄÖ][a-zåäöé]/.test(token);
}

export function findCommitmentLists(text: string, from: number, to: number): CommitmentList[] {
	const lists: CommitmentList[] = [];
	LIST_START.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = LIST_START.exec(text)) !== null && m.index < to) {
		const tokens: { text: string; end: number }[] = [];
		const re = /\S+/g;
		re.lastIndex = m.index + m[0].length;
		let t: RegExpExecArray | null;
		while ((t = re.exec(text)) !== null && t.index < to) tokens.push({ text: t[0], end: t.index + t[0].length });
		const items: string[] = [];
		let current: string[] = [];
		let end = m.index + m[0].length;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i].text;
			if (token === '-') {
				if (current.length > 0) items.push(current.join(' '));
				current = [];
				continue;
			}
			if (/^\d{1,2}$/.test(token) && current.length > 0) break;
			if (/^[A-ZÅÄÖ]/.test(token) && current.length > 0) {
				if (!isName(token) || !isName(tokens[i + 1]?.text ?? '')) break;
				while (isName(tokens[i + 1]?.text ?? '')) current.push(tokens[i++].text);
			}
			current.push(tokens[i].text);
			end = tokens[i].end;
		}
		if (current.length > 0) items.push(current.join(' '));
		lists.push({ start: m.index, end, forGoal: m[1] ?? null, items });
		LIST_START.lastIndex = end;
	}
	return lists;
}
