import { z } from 'zod';

/**
 * verksam-plan/1, the JSON interchange format (shared/plan-format.md).
 * Keys in English, text as written. Unknown keys are ignored on read (Zod strips them).
 * Verksam adds optional keys that other readers may ignore: an indicator's `unit`,
 * `direction`, `genderSplit` and `stageTable` (an etappmål table as written: column headings and
 * labelled rows of values as text, as Huddinge's plans give them), and a plan's `handler`, `phone` and `recipient`.
 */

export const PLAN_FORMAT = 'verksam-plan';
export const PLAN_FORMAT_VERSION = 1;

export const planKinds = [
	'verksamhetsplan',
	'tertialrapport-1',
	'tertialrapport-2',
	'verksamhetsberattelse'
] as const;
export type PlanKind = (typeof planKinds)[number];

export const periodicityLabels = ['År', 'Halvår', 'Tertial', 'Månad'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum måste skrivas ÅÅÅÅ-MM-DD');

export const stageTableSchema = z.object({
	columns: z.array(z.string()),
	rows: z.array(z.object({ label: z.string(), values: z.array(z.string()) }))
});
export type StageTableDoc = z.infer<typeof stageTableSchema>;

export const indicatorDocSchema = z.object({
	name: z.string().min(1),
	annualTarget: z.string().nullable().default(null),
	councilTarget: z.string().nullable().default(null),
	periodicity: z.string().nullable().default(null),
	unit: z.string().optional(),
	direction: z.enum(['higher', 'lower', 'exact']).optional(),
	genderSplit: z.boolean().optional(),
	stageTable: stageTableSchema.optional()
});
export type IndicatorDoc = z.infer<typeof indicatorDocSchema>;

export const activityDocSchema = z.object({
	title: z.string().min(1),
	start: isoDate.nullable().default(null),
	end: isoDate.nullable().default(null)
});
export type ActivityDoc = z.infer<typeof activityDocSchema>;

export interface GoalDoc {
	label: string;
	number: string | null;
	title: string;
	sections: Record<string, string>;
	indicators: IndicatorDoc[];
	activities: ActivityDoc[];
	goals: GoalDoc[];
}

export const goalDocSchema: z.ZodType<GoalDoc, unknown> = z.lazy(() =>
	z.object({
		label: z.string().min(1),
		number: z.string().nullable().default(null),
		title: z.string().min(1),
		sections: z.record(z.string(), z.string()).default({}),
		indicators: z.array(indicatorDocSchema).default([]),
		activities: z.array(activityDocSchema).default([]),
		goals: z.array(goalDocSchema).default([])
	})
);

const headedTextSchema = z.object({ heading: z.string(), text: z.string().default('') });

export const budgetTableDocSchema = z.object({
	heading: z.string(),
	columns: z.array(z.string()),
	rows: z.array(z.object({ label: z.string(), values: z.array(z.number().nullable()) }))
});
export type BudgetTableDoc = z.infer<typeof budgetTableDocSchema>;

export const planDocSchema = z.object({
	title: z.string().nullable().default(null),
	organisation: z.string().nullable().default(null),
	year: z.number().int().nullable().default(null),
	kind: z.enum(planKinds).default('verksamhetsplan'),
	handler: z.string().optional(),
	phone: z.string().optional(),
	recipient: z.string().optional(),
	introduction: z.array(headedTextSchema).default([]),
	goals: z.array(goalDocSchema).default([]),
	budget: z.array(budgetTableDocSchema).default([]),
	other: z.array(headedTextSchema).default([]),
	attachments: z.array(z.string()).default([])
});
export type PlanDoc = z.infer<typeof planDocSchema>;

export const planFileSchema = z.object({
	format: z.literal(PLAN_FORMAT),
	version: z.literal(PLAN_FORMAT_VERSION),
	plans: z.array(planDocSchema)
});
export type PlanFile = z.infer<typeof planFileSchema>;
