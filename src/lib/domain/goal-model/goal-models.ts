import type { OrganisationKind } from '../organisation/organisation';

/** A goal model's definition: the cascade's levels, top first. Models are data, not code. */
export interface GoalModelDefinition {
	key: string;
	name: string;
	levels: GoalLevelDefinition[];
}

export interface GoalLevelDefinition {
	name: string;
	ownerKind: OrganisationKind;
	numbered: boolean;
	sections: string[];
}

/** Canonical section names (shared/plan-format.md) and the spellings documents use for them. */
export const canonicalSections = [
	'Beskrivning',
	'Förväntat resultat',
	'Arbetssätt',
	'Resursanvändning',
	'Uppföljning',
	'Utveckling'
] as const;

const sectionVariants: Record<string, string> = {
	arbetsätt: 'Arbetssätt',
	'arbets sätt': 'Arbetssätt',
	'förväntade resultat': 'Förväntat resultat',
	resursanvänding: 'Resursanvändning'
};

/** Maps a section heading as written ("Arbetsätt", "ARBETS SÄTT") to its canonical name. */
export function canonicalSectionName(heading: string): string {
	const cleaned = heading.trim().replace(/:$/, '').replace(/\s+/g, ' ');
	const lower = cleaned.toLowerCase();
	const canonical = canonicalSections.find((s) => s.toLowerCase() === lower);
	return canonical ?? sectionVariants[lower] ?? cleaned;
}

export const unitGoalSections = [
	'Förväntat resultat',
	'Arbetssätt',
	'Resursanvändning',
	'Uppföljning',
	'Utveckling'
];

/** Stockholm's model (the seeds 2013–2022); the default. */
export const stockholmModel: GoalModelDefinition = {
	key: 'stockholm',
	name: 'Stockholms modell (KF – nämnd – enhet)',
	levels: [
		{ name: 'KF:s inriktningsmål', ownerKind: 'municipality', numbered: true, sections: [] },
		{ name: 'KF:s mål för verksamhetsområdet', ownerKind: 'municipality', numbered: true, sections: [] },
		{ name: 'Nämndmål', ownerKind: 'committee', numbered: true, sections: ['Beskrivning', 'Förväntat resultat'] },
		{ name: 'Enhetsmål', ownerKind: 'unit', numbered: false, sections: unitGoalSections }
	]
};

/** Huddinge-style: övergripande mål → delmål → utvecklingsåtaganden (etappmål as indicators). */
export const huddingeModel: GoalModelDefinition = {
	key: 'huddinge',
	name: 'Huddinges modell (övergripande mål – delmål – åtaganden)',
	levels: [
		{ name: 'Övergripande mål', ownerKind: 'municipality', numbered: false, sections: ['Beskrivning'] },
		{ name: 'Delmål', ownerKind: 'committee', numbered: false, sections: ['Beskrivning'] },
		{
			name: 'Utvecklingsåtagande',
			ownerKind: 'unit',
			numbered: false,
			sections: ['Beskrivning', 'Förväntat resultat', 'Uppföljning']
		}
	]
};

export const builtInGoalModels = [stockholmModel, huddingeModel];
