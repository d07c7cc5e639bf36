import { z } from 'zod';
import { directions, indicatorKinds, kindForUnit, parsePeriodicity, parseTarget, periodicities } from '../../domain/indicators/indicator';
import { checkbox, requiredText } from '../validation';

export const indicatorUnits = ['%', 'st', 'index', 'dagar', 'tkr', 'kr', ''] as const;

/** An indicator's fields as a form sends them; the KF target is parsed against the unit. */
export const indicatorFields = z
	.object({
		name: requiredText('Skriv indikatorns namn.', 400),
		unit: z.enum(indicatorUnits, { message: 'Välj en enhet.' }).default('%'),
		kind: z.enum(indicatorKinds).optional(),
		direction: z.enum(directions, { message: 'Välj vad som är bättre.' }).default('higher'),
		periodicity: z
			.string()
			.default('year')
			.transform((p) => (periodicities as readonly string[]).includes(p) ? p : parsePeriodicity(p))
			.refine((p) => p !== null, 'Välj periodicitet.'),
		genderSplit: checkbox,
		councilTarget: z.string().max(200).default('')
	})
	.transform((value, ctx) => {
		const parsed = parseTarget(value.councilTarget, value.unit);
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', path: ['councilTarget'], message: parsed.message });
			return z.NEVER;
		}
		return {
			name: value.name,
			unit: value.unit,
			kind: value.kind ?? kindForUnit(value.unit),
			direction: value.direction,
			periodicity: value.periodicity as (typeof periodicities)[number],
			genderSplit: value.genderSplit,
			councilTargetValue: parsed.target.value,
			councilTargetText: parsed.target.text
		};
	});
export type IndicatorFields = z.output<typeof indicatorFields>;
