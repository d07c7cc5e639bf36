import { z } from 'zod';
import { fulfilmentLevels } from '../../domain/followup/fulfilment';
import { activityStatuses } from '../../domain/followup/activity-status';
import { checkbox, longText } from '../validation';

/** Form fields of the follow-up, with Swedish messages; the use cases parse with the same schemas. */

const shortText = (max: number) => z.string().trim().max(max, `Högst ${max} tecken.`).default('');

/** An outcome's text fields as the form sends them; reading them into figures is domain/followup/outcome.ts. */
export const outcomePartFields = z.object({
	value: shortText(40),
	numerator: shortText(40),
	denominator: shortText(40),
	respondents: shortText(40)
});

export const outcomeFields = outcomePartFields.extend({
	women: outcomePartFields.optional(),
	men: outcomePartFields.optional(),
	notMeasured: z.union([z.boolean(), checkbox]).default(false),
	comment: shortText(5000),
	/** '' keeps the computed fulfilment. */
	overrideLevel: z.union([z.literal(''), z.enum(fulfilmentLevels)], { message: 'Välj Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Ej bedömt.' }).default(''),
	overrideJustification: shortText(5000)
});
export type OutcomeFields = z.input<typeof outcomeFields>;

export const goalAssessmentFields = z.object({
	level: z.enum(fulfilmentLevels, { message: 'Välj Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Ej bedömt.' }),
	analysis: longText,
	measures: longText
});
export type GoalAssessmentFields = z.input<typeof goalAssessmentFields>;

export const activityFollowupFields = z.object({
	status: z.enum(activityStatuses, { message: 'Välj Ej påbörjad, Pågående, Avslutad eller Försenad.' }),
	comment: shortText(5000)
});
export type ActivityFollowupFields = z.input<typeof activityFollowupFields>;

/** One budget row's follow-up as typed: amounts in tkr as Swedish numbers ("−1 400", "12 500"). */
export const budgetFollowupRowFields = z.object({
	version: z.coerce.number().int().nonnegative().default(0),
	outcome: shortText(40),
	forecast: shortText(40),
	comment: shortText(2000)
});
export type BudgetFollowupRowFields = z.input<typeof budgetFollowupRowFields>;

/** The outcome form's flat fields ("women.value", "notMeasured": "on") as the nested input outcomeFields reads. */
export function outcomeFieldsFromForm(values: Record<string, string>): OutcomeFields {
	const part = (prefix: string) => ({
		value: values[`${prefix}value`] ?? '',
		numerator: values[`${prefix}numerator`] ?? '',
		denominator: values[`${prefix}denominator`] ?? '',
		respondents: values[`${prefix}respondents`] ?? ''
	});
	return {
		...part(''),
		women: part('women.'),
		men: part('men.'),
		notMeasured: values.notMeasured === 'on' || values.notMeasured === 'true',
		comment: values.comment ?? '',
		overrideLevel: (values.overrideLevel ?? '') as OutcomeFields['overrideLevel'],
		overrideJustification: values.overrideJustification ?? ''
	};
}
