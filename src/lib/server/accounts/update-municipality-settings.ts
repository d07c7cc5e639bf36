import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { municipalitySettings } from '../db/schema';
import { loadTarget } from '../policies/load-target';
import { may, type Actor } from '../../domain/access/policy';
import { ok, refused, type Result } from '../result';

export const municipalitySettingsFields = z.object({
	organisationId: z.number().int().positive(),
	publicApprovedPlans: z.boolean()
});
export type MunicipalitySettingsInput = z.input<typeof municipalitySettingsFields>;

/** A municipality's administrator chooses its settings: today, whether fastställda plans are public. */
export async function updateMunicipalitySettings(db: DbOrTx, actor: Actor, input: MunicipalitySettingsInput): Promise<Result<null>> {
	const data = municipalitySettingsFields.parse(input);
	const target = await loadTarget(db, { organisationId: data.organisationId });
	if (!target || target.kind !== 'municipality') return refused({ form: 'Inställningarna gäller bara en kommun.' });
	if (!may(actor, 'manageUsers', target)) return refused({ form: 'Du får inte ändra kommunens inställningar.' });
	await db
		.insert(municipalitySettings)
		.values({ organisationId: data.organisationId, publicApprovedPlans: data.publicApprovedPlans })
		.onConflictDoUpdate({ target: municipalitySettings.organisationId, set: { publicApprovedPlans: data.publicApprovedPlans } });
	return ok(null);
}
