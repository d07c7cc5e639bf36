import { boolean, doublePrecision, index, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { activities } from './activity';
import { goals } from './goal';
import { indicators } from './indicator';
import { organisations } from './organisation';
import { budgetRows } from './plan';
import type { FulfilmentLevel } from '../../../domain/followup/fulfilment';
import type { OutcomeStatus } from '../../../domain/followup/outcome';
import type { PeriodKey, ReportPeriod } from '../../../domain/followup/report-periods';
import type { ActivityStatus } from '../../../domain/followup/activity-status';

/**
 * The follow-up (uppföljning) of a year: what each organisation reports for a period (T1, T2,
 * VB; budget also per month). Every row names the organisation that reports it, so the history
 * triggers file it under that organisation, and carries a version so no save is lost.
 */

/**
 * An outcome (utfall) of an indicator for one organisation (a unit) and report period, as read by
 * domain/followup/outcome.ts: the figures of the total and, for gender-split indicators, of
 * kvinnor and män, kept as columns so the roll-up can be computed in SQL as well.
 */
export const indicatorOutcomes = pgTable(
	'indicator_outcomes',
	{
		id: serial('id').primaryKey(),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		period: text('period').$type<ReportPeriod>().notNull(),
		status: text('status').$type<OutcomeStatus>().notNull(),
		value: doublePrecision('value'),
		numerator: doublePrecision('numerator'),
		denominator: doublePrecision('denominator'),
		respondents: doublePrecision('respondents'),
		womenValue: doublePrecision('women_value'),
		womenNumerator: doublePrecision('women_numerator'),
		womenDenominator: doublePrecision('women_denominator'),
		womenRespondents: doublePrecision('women_respondents'),
		menValue: doublePrecision('men_value'),
		menNumerator: doublePrecision('men_numerator'),
		menDenominator: doublePrecision('men_denominator'),
		menRespondents: doublePrecision('men_respondents'),
		/** The total was computed from the women's and men's figures. */
		totalFromParts: boolean('total_from_parts').notNull().default(false),
		comment: text('comment').notNull().default(''),
		/** An editor's judgement instead of the computed fulfilment, with the required justification. */
		overrideLevel: text('override_level').$type<FulfilmentLevel>(),
		overrideJustification: text('override_justification'),
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('indicator_outcomes_key').on(t.indicatorId, t.organisationId, t.period),
		index('indicator_outcomes_org_period').on(t.organisationId, t.period)
	]
);

/** An organisation's assessment of a goal for a period: status, analysis and planned measures. */
export const goalAssessments = pgTable(
	'goal_assessments',
	{
		id: serial('id').primaryKey(),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		period: text('period').$type<ReportPeriod>().notNull(),
		level: text('level').$type<FulfilmentLevel>().notNull().default('notJudged'),
		analysis: text('analysis').notNull().default(''),
		measures: text('measures').notNull().default(''),
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('goal_assessments_key').on(t.goalId, t.organisationId, t.period),
		index('goal_assessments_org_period').on(t.organisationId, t.period)
	]
);

/** Where an activity stands for one organisation at a report (a committee activity is followed up by each unit). */
export const activityFollowups = pgTable(
	'activity_followups',
	{
		id: serial('id').primaryKey(),
		activityId: integer('activity_id')
			.notNull()
			.references(() => activities.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		period: text('period').$type<ReportPeriod>().notNull(),
		status: text('status').$type<ActivityStatus>().notNull(),
		comment: text('comment').notNull().default(''),
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('activity_followups_key').on(t.activityId, t.organisationId, t.period),
		index('activity_followups_org_period').on(t.organisationId, t.period)
	]
);

/**
 * A budget row's outcome so far and forecast for the year, at a report or a month (M01–M12).
 * The budget itself is the row's first column in the plan; the variance is computed, never stored.
 */
export const budgetFollowups = pgTable(
	'budget_followups',
	{
		id: serial('id').primaryKey(),
		budgetRowId: integer('budget_row_id')
			.notNull()
			.references(() => budgetRows.id, { onDelete: 'cascade' }),
		/** The plan's organisation, so the history files the change under it. */
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		period: text('period').$type<PeriodKey>().notNull(),
		/** Utfall from January to the period's end, tkr. */
		outcome: doublePrecision('outcome'),
		/** Prognos for the whole year, tkr. */
		forecast: doublePrecision('forecast'),
		comment: text('comment').notNull().default(''),
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('budget_followups_key').on(t.budgetRowId, t.period),
		index('budget_followups_org_period').on(t.organisationId, t.period)
	]
);
