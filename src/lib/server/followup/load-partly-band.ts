import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { municipalitySettings } from '../db/schema';
import { defaultPartlyBand } from '../../domain/followup/fulfilment';

/** The municipality's "delvis uppfyllt" band (0.05 = within 5 % of the target), or the default. */
export async function loadPartlyBand(db: DbOrTx, municipalityId: number): Promise<number> {
	const [row] = await db
		.select({ band: municipalitySettings.partlyBand })
		.from(municipalitySettings)
		.where(eq(municipalitySettings.organisationId, municipalityId));
	return row?.band ?? defaultPartlyBand;
}
