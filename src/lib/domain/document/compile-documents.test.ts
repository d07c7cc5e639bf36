import { describe, expect, it } from 'vitest';
import { compileDocuments, type Compilation } from './compile-documents';
import { planDocument } from './plan-document';
import type { CoverPage } from './document-model';
import { committee, municipality, planGoal, planView } from './testing/view-factories';

const cover: CoverPage = {
	fields: [],
	organisation: 'Norrvikens stadsdelsnämnd',
	issuer: 'Exempelstad',
	title: 'Verksamhetsplaner 2026 – Norrvikens stadsdelsnämnd',
	decision: null,
	proposal: null
};

/** A unit's plan with Inledning, a cascade three deep and a goal six deep (to see the cap). */
function solrosen() {
	let deep = planGoal(16, 5, { title: 'Sjätte nivån' });
	for (let depth = 4; depth >= 1; depth--) deep = planGoal(10 + depth, depth, { title: `Nivå ${depth + 1}`, children: [deep] });
	return planDocument(
		planView({
			introduction: [{ id: 1, heading: 'Enhetens uppdrag', text: 'Förskolan tar emot barn.' }],
			cascade: [
				planGoal(1, 0, {
					number: '1',
					title: 'Ett Exempelstad för barn och unga',
					children: [planGoal(2, 1, { number: '1.1', title: 'Trygg uppväxt', sections: [{ name: 'Nuläge', text: 'Bra.' }] }), deep]
				})
			]
		})
	);
}

function ekbacken() {
	return planDocument(planView({ title: 'Verksamhetsplan 2026 – Ekbackens förskola', organisation: { id: 4, name: 'Ekbackens förskola', kind: 'unit' } }));
}

function compilation(overrides: Partial<Compilation> = {}): Compilation {
	return {
		title: 'Verksamhetsplaner 2026 – Norrvikens stadsdelsnämnd',
		subject: 'Norrvikens stadsdelsnämnd, Exempelstad',
		cover,
		preface: ['Vuxenenheten har ingen verksamhetsplan för 2026.'],
		documents: [solrosen(), ekbacken()],
		...overrides
	};
}

describe('a committee’s compilation', () => {
	it('has the compilation’s own cover, title and subject, Swedish, and one combined contents', () => {
		const doc = compileDocuments(compilation());
		expect(doc.title).toBe('Verksamhetsplaner 2026 – Norrvikens stadsdelsnämnd');
		expect(doc.subject).toBe('Norrvikens stadsdelsnämnd, Exempelstad');
		expect(doc.cover).toBe(cover);
		expect(doc.language).toBe('sv-SE');
		expect(doc.pageLabel).toBe('Sid');
		expect(doc.contents).toEqual({ heading: 'Innehållsförteckning' });
	});

	it('starts with the preface, then each document on a new page with its first page and its headings one level down', () => {
		const { body } = compileDocuments(compilation());
		const first = solrosen();
		expect(body).toEqual([
			{ type: 'paragraph', text: 'Vuxenenheten har ingen verksamhetsplan för 2026.' },
			{ type: 'pageBreak' },
			{ type: 'cover', cover: first.cover },
			// Levels 1 and 2 become 2 and 3: only the former level-1 headings stay in the contents (level 2 at most).
			{ type: 'heading', level: 2, text: 'Inledning', contents: true },
			{ type: 'heading', level: 3, text: 'Enhetens uppdrag', contents: false },
			{ type: 'paragraph', text: 'Förskolan tar emot barn.' },
			{ type: 'heading', level: 2, text: 'KF:s inriktningsmål: 1 Ett Exempelstad för barn och unga', contents: true },
			{ type: 'heading', level: 3, text: 'Mål för verksamhetsområdet: 1.1 Trygg uppväxt', contents: false },
			{ type: 'heading', level: 4, text: 'Nuläge', contents: false },
			{ type: 'paragraph', text: 'Bra.' },
			// The chain at depths 1…5 had levels 2…6: shifted to 3…6, the sixth stays at 6.
			{ type: 'heading', level: 3, text: 'Mål för verksamhetsområdet: Nivå 2', contents: false },
			{ type: 'heading', level: 4, text: 'Nämndmål: Nivå 3', contents: false },
			{ type: 'heading', level: 5, text: 'Enhetens mål: Nivå 4', contents: false },
			{ type: 'heading', level: 6, text: 'Enhetens mål: Nivå 5', contents: false },
			{ type: 'heading', level: 6, text: 'Enhetens mål: Sjätte nivån', contents: false },
			{ type: 'pageBreak' },
			{ type: 'cover', cover: ekbacken().cover }
		]);
		expect(first.cover.title).toBe('Verksamhetsplan 2026 – Solrosens förskola');
	});

	it('leaves the documents it compiles unchanged', () => {
		const first = solrosen();
		compileDocuments(compilation({ documents: [first] }));
		expect(first).toEqual(solrosen());
	});

	it('has no contents when there is nothing but the preface', () => {
		const doc = compileDocuments(compilation({ documents: [] }));
		expect(doc.body).toEqual([{ type: 'paragraph', text: 'Vuxenenheten har ingen verksamhetsplan för 2026.' }]);
		expect(doc.contents).toBeNull();
	});

	it('lists a document without headings by its first page alone', () => {
		const doc = compileDocuments(compilation({ preface: [], documents: [planDocument(planView({ organisation: committee, ancestors: [municipality] }))] }));
		expect(doc.body.map((b) => b.type)).toEqual(['pageBreak', 'cover']);
		expect(doc.contents).toEqual({ heading: 'Innehållsförteckning' });
	});
});
