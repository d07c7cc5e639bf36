/**
 * Test factories for the follow-up's roll-up, matrix and trends: a municipality with two
 * committees and five units, a framework with a share, an index and a count, and who holds what.
 */
import type { DbOrTx } from '../db/client';
import type { Organisation } from '../organisations/create-organisation';
import { createCommittee, createGoal, createIndicator, createMunicipality, createUnit, setIndicatorTarget } from './factories';

let cities = 0;

/**
 * Teststad-N → Norra nämnden (Familjeenheten, Vuxenenheten, Fritidsenheten, Ekonomienheten) and
 * Södra nämnden (Hemtjänsten), with for `year`:
 * - KF 1 → area goal 1.4 with the KF share "Andel utredningar i tid" (%, tertial, gender split,
 *   KF:s årsmål 32 %), and Norra's nämndmål 1.4.1 (applies to Familjeenheten and Vuxenenheten)
 *   with its count "Antal hembesök" (st, halvår);
 * - KF 2 → area goal 2.1 with the KF index "Engagemangsindex" (index, år, KF:s årsmål 75).
 * Who holds what (Årsmål rows): the share — Familjeenheten 24 %, Vuxenenheten 50 %, Fritidsenheten
 * a blank row, Hemtjänsten 25 %, and Södra nämnden its own 25 %; Ekonomienheten does not hold it.
 * The count — Familjeenheten 10, Vuxenenheten 25. The index — Familjeenheten and Vuxenenheten 78.
 */
export async function createRollupCity(db: DbOrTx, year = 2026) {
	cities += 1;
	const n = cities;
	const municipality = await createMunicipality(db, { name: `Teststad ${n}`, slug: `teststad-r${n}` });
	const north = await createCommittee(db, municipality, { name: 'Norra nämnden', slug: `norra-r${n}` });
	const south = await createCommittee(db, municipality, { name: 'Södra nämnden', slug: `sodra-r${n}` });
	const family = await createUnit(db, north, { name: 'Familjeenheten', slug: `familj-r${n}` });
	const adult = await createUnit(db, north, { name: 'Vuxenenheten', slug: `vuxen-r${n}` });
	const leisure = await createUnit(db, north, { name: 'Fritidsenheten', slug: `fritid-r${n}` });
	const economy = await createUnit(db, north, { name: 'Ekonomienheten', slug: `ekonomi-r${n}` });
	const homeCare = await createUnit(db, south, { name: 'Hemtjänsten', slug: `hemtjanst-r${n}` });
	const organisations = { municipality, north, south, family, adult, leisure, economy, homeCare };
	return { ...organisations, ...(await createRollupFramework(db, organisations, year)) };
}

/** The framework of createRollupCity for a year (call again for the year before, then link). */
export async function createRollupFramework(
	db: DbOrTx,
	o: Record<'municipality' | 'north' | 'south' | 'family' | 'adult' | 'leisure' | 'homeCare', Organisation>,
	year: number
) {
	const direction = await createGoal(db, { organisation: o.municipality, year, number: '1', title: 'En stad där alla kan växa' });
	const area = await createGoal(db, { organisation: o.municipality, parent: direction, number: '1.4', title: 'Stöd ges i tid' });
	const committeeGoal = await createGoal(db, {
		organisation: o.north,
		parent: area,
		number: '1.4.1',
		title: 'Tidiga insatser för barn',
		appliesTo: [o.family, o.adult]
	});
	const direction2 = await createGoal(db, { organisation: o.municipality, year, number: '2', title: 'En attraktiv arbetsgivare' });
	const area2 = await createGoal(db, { organisation: o.municipality, parent: direction2, number: '2.1', title: 'Medarbetare är engagerade' });
	const share = await createIndicator(db, {
		goal: area,
		name: 'Andel utredningar i tid',
		unit: '%',
		periodicity: 'tertial',
		genderSplit: true,
		councilTargetValue: 32
	});
	const visits = await createIndicator(db, { goal: committeeGoal, name: 'Antal hembesök', unit: 'st', periodicity: 'half-year' });
	const engagement = await createIndicator(db, { goal: area2, name: 'Engagemangsindex', unit: 'index', periodicity: 'year', councilTargetValue: 75 });
	await setIndicatorTarget(db, share, o.family, 24);
	await setIndicatorTarget(db, share, o.adult, 50);
	await setIndicatorTarget(db, share, o.leisure, null);
	await setIndicatorTarget(db, share, o.homeCare, 25);
	await setIndicatorTarget(db, share, o.south, 25);
	await setIndicatorTarget(db, visits, o.family, 10);
	await setIndicatorTarget(db, visits, o.adult, 25);
	await setIndicatorTarget(db, engagement, o.family, 78);
	await setIndicatorTarget(db, engagement, o.adult, 78);
	return { direction, area, committeeGoal, direction2, area2, share, visits, engagement };
}
