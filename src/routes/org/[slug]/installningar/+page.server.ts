import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { formValues, parseForm, refuseForm } from '$lib/forms/form-data';
import { checkbox } from '$lib/server/validation';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { municipalitySettingsFields, updateMunicipalitySettings } from '$lib/server/accounts/update-municipality-settings';
import { loadPartlyBand } from '$lib/server/followup/load-partly-band';
import { formatBand, fulfilmentLabel } from '$lib/domain/followup/fulfilment';
import { parsePartlyBand, partlyBandExample, partlyBandInput } from '$lib/domain/followup/partly-band';

/** Settings belong to a municipality; a committee or unit has none. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	if (context.organisation.kind !== 'municipality') error(404, 'Bara en kommun har inställningar.');
	const band = await loadPartlyBand(db(), context.organisation.id);
	return {
		organisation: context.organisation,
		trail: organisationTrail(context),
		publicApprovedPlans: locals.target?.publicApprovedPlans === true,
		partlyBand: partlyBandInput(band),
		// The rule worked out with the stored band, for the help text beside the field.
		bandExample: { ...partlyBandExample(band), partly: fulfilmentLabel.partly }
	};
};

const settingsFields = z.object({
	publicApprovedPlans: checkbox,
	// The use case's own rule (at most 40 characters), so a longer band is refused at its field rather than thrown.
	partlyBand: municipalitySettingsFields.shape.partlyBand
});

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const values = formValues(await request.formData());
		const parsed = parseForm(settingsFields, values);
		if (!parsed.ok) return parsed.failure;
		const user = locals.user;
		const result = await updateMunicipalitySettings(db(), user && { userId: user.id, grants: user.grants }, {
			organisationId: locals.target!.organisationId,
			publicApprovedPlans: parsed.data.publicApprovedPlans,
			partlyBand: parsed.data.partlyBand
		});
		if (!result.ok) return refuseForm(values, result.errors);
		const band = parsePartlyBand(parsed.data.partlyBand);
		const publicity = parsed.data.publicApprovedPlans
			? 'Sparat: fastställda planer kan nu läsas utan inloggning.'
			: 'Sparat: bara inloggade kan läsa planerna.';
		return { saved: band.ok ? `${publicity} Gränsen för delvis uppfyllt är ${formatBand(band.band)}.` : publicity };
	}
};
