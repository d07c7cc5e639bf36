import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activityFollowups } from '../db/schema';
import { saveVersioned } from '../db/save-versioned';
import { conflicted, ok, refused, type Conflict, type Result } from '../result';
import { zodFieldErrors } from '../validation';
import type { ReportPeriod } from '../../domain/followup/report-periods';
import { activityFollowupFields, type ActivityFollowupFields } from './followup-input';
import { reportableActivity } from './in-report';

export type ActivityFollowupRow = typeof activityFollowups.$inferSelect;

export interface SaveActivityFollowupInput {
	/** The report's year: an item of another year is not this report's. */
	year: number;
	activityId: number;
	organisationId: number;
	period: ReportPeriod;
	/** The version the edit started from; 0 when there was no status yet. */
	version: number;
	fields: ActivityFollowupFields;
}

/**
 * Saves where an activity stands for a unit at a report (Ej påbörjad, Pågående, Avslutad,
 * Försenad) with a comment. A committee activity is followed up by each unit on its own.
 */
export async function saveActivityFollowup(
	db: DbOrTx,
	input: SaveActivityFollowupInput
): Promise<Result<{ stored: ActivityFollowupRow; changed: boolean }> | Conflict<ActivityFollowupRow | null>> {
	const parsed = activityFollowupFields.safeParse(input.fields);
	if (!parsed.success) return refused(zodFieldErrors(parsed.error));
	const fields = parsed.data;
	if (!(await reportableActivity(db, input.activityId, input.organisationId, input.year))) return refused({ form: 'Aktiviteten finns inte i enhetens plan.' });

	const saved = await saveVersioned<ActivityFollowupRow>(db, {
		table: activityFollowups,
		key: and(
			eq(activityFollowups.activityId, input.activityId),
			eq(activityFollowups.organisationId, input.organisationId),
			eq(activityFollowups.period, input.period)
		),
		version: input.version,
		insert: { activityId: input.activityId, organisationId: input.organisationId, period: input.period, ...fields },
		update: fields,
		same: (c) => c.status === fields.status && c.comment === fields.comment
	});
	if (saved.kind === 'conflict') return conflicted('aktivitetens status', saved.current);
	if (saved.kind === 'blank') throw new Error('An activity status is never blank.');
	return ok({ stored: saved.row, changed: saved.changed });
}
