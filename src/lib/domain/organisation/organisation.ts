export const organisationKinds = ['municipality', 'committee', 'department', 'unit'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKindLabel: Record<OrganisationKind, string> = {
	municipality: 'Kommun',
	committee: 'Nämnd/förvaltning',
	department: 'Avdelning',
	unit: 'Enhet'
};

/** Which kinds may sit directly below a kind: kommun → nämnd → avdelning → enhet (avdelning optional). */
export const allowedChildKinds: Record<OrganisationKind, OrganisationKind[]> = {
	municipality: ['committee'],
	committee: ['department', 'unit'],
	department: ['unit'],
	unit: []
};

/** "Familjeenheten" → "familjeenheten", "Enheten för sysselsättning" → "enheten-for-sysselsattning". */
export function slugify(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
