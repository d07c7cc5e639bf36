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
	/** A goal may skip this level, standing directly under the level above (default false). */
	optional?: boolean;
	/** Other labels documents give this level's goals (matched without regard to case). */
	aliases?: string[];
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

/**
 * Huddinge's: the council's övergripande (or strategiska) mål and their delmål; a nämnd may
 * formulate delmål of its own under a council delmål (optional: a nämnd's utvecklingsåtaganden
 * may stand directly under the council's delmål); the nämnd's utvecklingsåtaganden; the units'
 * åtaganden beneath. Etappmål are indicators.
 */
export const huddingeModel: GoalModelDefinition = {
	key: 'huddinge',
	name: 'Huddinges modell (övergripande mål – delmål – åtaganden)',
	levels: [
		{ name: 'Övergripande mål', ownerKind: 'municipality', numbered: false, sections: ['Beskrivning'], aliases: ['Strategiskt mål'] },
		{ name: 'Delmål', ownerKind: 'municipality', numbered: false, sections: ['Beskrivning'] },
		{ name: 'Nämndens delmål', ownerKind: 'committee', numbered: false, sections: ['Beskrivning'], optional: true, aliases: ['Delmål'] },
		{
			name: 'Utvecklingsåtagande',
			ownerKind: 'committee',
			numbered: false,
			sections: ['Beskrivning', 'Förväntat resultat', 'Uppföljning']
		},
		{ name: 'Enhetens åtagande', ownerKind: 'unit', numbered: false, sections: unitGoalSections }
	]
};

/** What choosing a level needs to know of one (a definition or a stored row). */
export interface LevelChoice {
	name: string;
	optional?: boolean;
	aliases?: string[];
}

/**
 * The level (its index, top = 0) of a goal labelled `label` under a goal on level `parentDepth`
 * (-1 for a top goal): the first deeper level whose name or alias is the label, provided every
 * level skipped on the way may be skipped; otherwise the level right below the parent. Pure.
 */
export function childLevelIndex(levels: LevelChoice[], parentDepth: number, label: string | null | undefined): number {
	const below = parentDepth + 1;
	const wanted = (label ?? '').trim().toLowerCase();
	if (wanted !== '') {
		for (let depth = below; depth < levels.length; depth++) {
			const level = levels[depth];
			const names = [level.name, ...(level.aliases ?? [])].map((n) => n.toLowerCase());
			if (names.includes(wanted)) return depth;
			if (!level.optional) break;
		}
	}
	return below;
}

export const builtInGoalModels = [stockholmModel, huddingeModel];
