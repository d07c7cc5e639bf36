import type { PlanKind } from '../interchange/plan-format';

export const planKindLabel: Record<PlanKind, string> = {
	verksamhetsplan: 'Verksamhetsplan',
	'tertialrapport-1': 'Tertialrapport 1',
	'tertialrapport-2': 'Tertialrapport 2',
	verksamhetsberattelse: 'Verksamhetsberättelse'
};

/** "Verksamhetsplan 2026 – Familjeenheten". */
export function planTitle(kind: PlanKind, year: number, organisationName: string): string {
	return `${planKindLabel[kind]} ${year} – ${organisationName}`;
}

/** The plural, for a committee's compilation of its units' documents. */
export const planKindPluralLabel: Record<PlanKind, string> = {
	verksamhetsplan: 'Verksamhetsplaner',
	'tertialrapport-1': 'Tertialrapporter 1',
	'tertialrapport-2': 'Tertialrapporter 2',
	verksamhetsberattelse: 'Verksamhetsberättelser'
};

/** "Verksamhetsplaner 2026 – Norrvikens stadsdelsnämnd": a committee's compilation. */
export function compilationTitle(kind: PlanKind, year: number, organisationName: string): string {
	return `${planKindPluralLabel[kind]} ${year} – ${organisationName}`;
}
