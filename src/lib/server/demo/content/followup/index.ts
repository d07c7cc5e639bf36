/**
 * The demo city's follow-up: every unit's outcomes, goal assessments, activity status and budget
 * follow-up for 2025 (T1, T2, VB) and 2026 (T1, T2), resolved into what the report editor's forms
 * would send. Where each report stands in the workflow is in ../../demo-city.ts.
 */
import { buildUnitFollowup, type DemoFollowup, type UnitFollowupSpec } from './helpers';
import { familjeenhetenFollowup } from './familjeenheten';
import { vuxenenhetenFollowup } from './vuxenenheten';
import { arbeteOchSysselsattningFollowup } from './arbete-och-sysselsattning';
import { handlaggarenhetenForFunktionsstodFollowup } from './handlaggarenheten-for-funktionsstod';
import { hemtjanstenNorrvikenFollowup } from './hemtjansten-norrviken';
import { forskoleenhetenSjoangenFollowup } from './forskoleenheten-sjoangen';

export const unitFollowups: UnitFollowupSpec[] = [
	familjeenhetenFollowup,
	vuxenenhetenFollowup,
	arbeteOchSysselsattningFollowup,
	handlaggarenhetenForFunktionsstodFollowup,
	hemtjanstenNorrvikenFollowup,
	forskoleenhetenSjoangenFollowup
];

export function buildDemoFollowup(specs: UnitFollowupSpec[] = unitFollowups): DemoFollowup {
	const built = specs.map(buildUnitFollowup);
	return { reports: built.flatMap((b) => b.reports), budget: built.flatMap((b) => b.budget) };
}
