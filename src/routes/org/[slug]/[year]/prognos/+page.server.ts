import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { formValues, refuseForm } from '$lib/forms/form-data';
import { budgetFollowupRows } from '$lib/forms/budget-followup-form';
import { monthPeriods, periodTitle, type MonthPeriod } from '$lib/domain/followup/report-periods';
import { defaultForecastMonth } from '$lib/domain/followup/forecast-month';
import { stockholmDate } from '$lib/domain/format/date-time';
import { loadForecast } from '$lib/server/followup/load-forecast';
import { saveBudgetFollowup } from '$lib/server/followup/save-budget-followup';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { id } from '$lib/server/validation';

const month = z.enum(monthPeriods, { message: 'Välj en månad.' });

/** The month asked for (?manad=M03), or the latest month up to today. */
function monthOf(raw: string | null, year: number): MonthPeriod {
	const parsed = month.safeParse(raw);
	return parsed.success ? parsed.data : defaultForecastMonth(year, stockholmDate(new Date()));
}

/** A unit's monthly budget forecast: Utfall hittills and Prognos helår per budget row, for a month. */
export const load: PageServerLoad = async ({ params, url, locals }) => {
	if (locals.target && locals.target.kind !== 'unit') error(404, 'Sidan finns inte.');
	const year = parseYear(params.year);
	const forecast = await orNotFound(() => loadForecast(db(), params.slug, year, monthOf(url.searchParams.get('manad'), year)));
	return {
		forecast,
		title: `Månadsprognos ${periodTitle(forecast.month, year).toLowerCase()} – ${forecast.organisation.name}`,
		trail: [...organisationTrail(forecast), { label: `Verksamhetsplan ${year}`, href: `/org/${params.slug}/${year}` }, { label: 'Månadsprognos' }]
	};
};

export const actions: Actions = {
	saveBudgetFollowup: async ({ request, params }) => {
		const values = formValues(await request.formData());
		const chosen = month.safeParse(values.month);
		const tableId = id.safeParse(values.id);
		if (!chosen.success || !tableId.success) error(404, 'Det du försökte ändra finns inte här.');
		const forecast = await orNotFound(() => loadForecast(db(), params.slug, parseYear(params.year), chosen.data));
		// Only a table of this unit's plan for this year: a tampered id is not found.
		const table = forecast.budget.find((t) => t.id === tableId.data);
		if (!table) error(404, 'Det du försökte ändra finns inte här.');
		const result = await saveBudgetFollowup(db(), { tableId: table.id, organisationId: forecast.organisation.id, year: forecast.year, period: chosen.data, rows: budgetFollowupRows(values, table) });
		if (!result.ok) {
			if ('conflict' in result) return refuseForm(values, result.errors, { conflict: result.conflict });
			return refuseForm(values, result.errors);
		}
		return { saved: `Prognosen för ”${table.heading}” är sparad.` };
	}
};
