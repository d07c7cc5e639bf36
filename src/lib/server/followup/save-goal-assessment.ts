import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalAssessments } from '../db/schema';
import { saveVersioned } from '../db/save-versioned';
import { conflicted, ok, refused, type Conflict, type Result } from '../result';
import { zodFieldErrors } from '../validation';
import type { ReportPeriod } from '../../domain/followup/report-periods';
import { goalAssessmentFields, type GoalAssessmentFields } from './followup-input';
import { reportableGoal } from './in-report';

export type GoalAssessmentRow = typeof goalAssessments.$inferSelect;

export interface SaveGoalAssessmentInput {
	/** The report's year: an item of another year is not this report's. */
	year: number;
	goalId: number;
	organisationId: number;
	period: ReportPeriod;
	/** The version the edit started from; 0 when there was no assessment yet. */
	version: number;
	fields: GoalAssessmentFields;
}

/**
 * Saves an organisation's assessment of a goal for a report period: Uppfyllt, Delvis uppfyllt,
 * Ej uppfyllt or Ej bedömt, the analysis and the planned measures. Version-checked like every
 * save; saving what is stored writes nothing.
 */
export async function saveGoalAssessment(
	db: DbOrTx,
	input: SaveGoalAssessmentInput
): Promise<Result<{ stored: GoalAssessmentRow | null; changed: boolean }> | Conflict<GoalAssessmentRow | null>> {
	const parsed = goalAssessmentFields.safeParse(input.fields);
	if (!parsed.success) return refused(zodFieldErrors(parsed.error));
	const fields = parsed.data;
	if (!(await reportableGoal(db, input.goalId, input.organisationId, input.year))) return refused({ form: 'Målet finns inte i enhetens plan.' });

	const saved = await saveVersioned<GoalAssessmentRow>(db, {
		table: goalAssessments,
		key: and(
			eq(goalAssessments.goalId, input.goalId),
			eq(goalAssessments.organisationId, input.organisationId),
			eq(goalAssessments.period, input.period)
		),
		version: input.version,
		insert: { goalId: input.goalId, organisationId: input.organisationId, period: input.period, ...fields },
		update: fields,
		same: (c) => c.level === fields.level && c.analysis === fields.analysis && c.measures === fields.measures,
		blank: fields.level === 'notJudged' && fields.analysis.trim() === '' && fields.measures.trim() === ''
	});
	if (saved.kind === 'conflict') return conflicted('bedömningen', saved.current);
	if (saved.kind === 'blank') return ok({ stored: null, changed: false });
	return ok({ stored: saved.row, changed: saved.changed });
}
