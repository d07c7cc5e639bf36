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
