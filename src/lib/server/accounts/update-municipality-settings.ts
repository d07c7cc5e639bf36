import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { municipalitySettings } from '../db/schema';
import { loadTarget } from '../policies/load-target';
import { may, type Actor } from '../../domain/access/policy';
import { parsePartlyBand } from '../../domain/followup/partly-band';
import { ok, refused, type Result } from '../result';

export const municipalitySettingsFields = z.object({
	organisationId: z.number().int().positive(),
	publicApprovedPlans: z.boolean(),
	/** The "delvis uppfyllt" band in percent as typed ("5", "5 %", "2,5"); left out, the stored band stays. */
	partlyBand: z.string().max(40, 'Högst 40 tecken.').optional()
});
export type MunicipalitySettingsInput = z.input<typeof municipalitySettingsFields>;

/**
 * A municipality's administrator chooses its settings: whether fastställda plans are public, and
 * how far below (or, where lower is better, above) its Årsmål an outcome may land and still be
 * "delvis uppfyllt" (stored as a fraction in partly_band). A band that is not a percentage of
 * 0–50 is refused at its field and nothing is saved.
 */
export async function updateMunicipalitySettings(db: DbOrTx, actor: Actor, input: MunicipalitySettingsInput): Promise<Result<null>> {
	const data = municipalitySettingsFields.parse(input);
	const target = await loadTarget(db, { organisationId: data.organisationId });
	if (!target || target.kind !== 'municipality') return refused({ form: 'Inställningarna gäller bara en kommun.' });
	if (!may(actor, 'manageUsers', target)) return refused({ form: 'Du får inte ändra kommunens inställningar.' });
	const band = data.partlyBand === undefined ? null : parsePartlyBand(data.partlyBand);
	if (band && !band.ok) return refused({ partlyBand: band.message });
	const values = { publicApprovedPlans: data.publicApprovedPlans, ...(band?.ok ? { partlyBand: band.band } : {}) };
	await db
		.insert(municipalitySettings)
		.values({ organisationId: data.organisationId, ...values })
		.onConflictDoUpdate({ target: municipalitySettings.organisationId, set: values });
	return ok(null);
}
