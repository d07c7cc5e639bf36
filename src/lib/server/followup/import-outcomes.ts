import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { goals, indicatorOutcomes, indicatorTargets, indicators } from '../db/schema';
import { getOrganisation } from '../organisations/get-organisation';
import { loadTarget } from '../policies/load-target';
import { zodFieldErrors } from '../validation';
import { storedOutcome, type StoredOutcome } from './outcome-row';
import { outcomeFields, type OutcomeFields } from './followup-input';
import { outcomeRefusals, saveOutcomes } from './save-outcomes';
import { unitsBelow, type ScopeUnit } from './outcome-sheet-scope';
import { maxSheetBytes, readSheetFile, sheetFileMessages } from './outcome-sheet-file';
import { may, type Actor } from '../../domain/access/policy';
import { sameOutcome, type OutcomeInput } from '../../domain/followup/outcome';
import {
	columnHeader,
	outcomeChecksum,
	parseSheetRow,
	readOutcomeSheet,
	sortSheetErrors,
	type ColumnKey,
	type SheetError,
	type SheetRow
} from '../../domain/followup/outcome-sheet';
import { isReportedIn, periodTitle, reportKind, type ReportPeriod } from '../../domain/followup/report-periods';
import { periodicityLabel } from '../../domain/indicators/indicator';
import { planStatusNames } from '../../domain/workflow/plan-status';

export interface ImportOutcomesRequest {
	/** The organisation whose page the file is read on: a unit, or a committee or the council for all units below. */
	slug: string;
	year: number;
	period: ReportPeriod;
	actor: Actor;
	/** The uploaded file's bytes; XLSX or CSV, decided by the content. */
	file: Uint8Array;
}

export type ImportOutcomesResult =
	/** Every row was good: what changed was saved, in one transaction. */
	| {
			kind: 'imported';
			changed: number;
			/** Rows that said what was stored: nothing written. */
			unchanged: number;
			/** Rows left as they were in the file while someone saved a newer outcome in Verksam: theirs kept. */
			keptNewer: number;
	  }
	/** The file itself was refused (type, size, unreadable). Nothing written. */
	| { kind: 'refused'; message: string }
	/** Some rows were bad: every problem, by row and column. Nothing written. */
	| { kind: 'invalid'; errors: SheetError[] };

export const importMessages = {
	otherPeriod: (rowPeriod: string, title: string) => `Raden gäller ${rowPeriod}, men filen läses in till ${title}.`,
	notBelow: (name: string) => `Enheten finns inte, eller hör inte till ${name}.`,
	noIndicator: 'Indikatorn finns inte.',
	otherYear: (indicatorYear: number, year: number) => `Indikatorn hör till ${indicatorYear}, inte ${year}.`,
	mayNotEdit: (title: string, unit: string, status: string | null) =>
		`Du får inte ändra ${title} för ${unit}${status ? ` (status ${status})` : ''}.`,
	stale: 'Någon har sparat det här utfallet i Verksam efter att mallen laddades ner, och raden är ändrad i filen. Ladda ner mallen igen, eller skriv in ändringen direkt i rapporten.'
} as const;

/** The upload form's file, checked before its bytes are read. */
export const importFileField = z
	.instanceof(File, { message: 'Välj en fil att läsa in.' })
	.refine((f) => f.size > 0, { message: 'Välj en fil att läsa in.' })
	.superRefine((f, ctx) => {
		if (f.size > maxSheetBytes) ctx.addIssue({ code: 'custom', message: sheetFileMessages.tooLarge(f.size) });
	});

type IndicatorWithYear = typeof indicators.$inferSelect & { year: number };

/** A row that will be saved: what the file says, from the version it was checked against. */
interface Planned {
	row: SheetRow;
	input: OutcomeInput;
	stored: StoredOutcome | null;
}

/** Zod's keys ('women.value', 'comment') are the entry columns' keys. */
function fieldErrors(row: number, fields: OutcomeFields): SheetError[] {
	const parsed = outcomeFields.safeParse(fields);
	if (parsed.success) return [];
	return Object.entries(zodFieldErrors(parsed.error)).map(([key, reason]) => ({ row, column: safeHeader(key), reason }));
}

function safeHeader(key: string): string {
	try {
		return columnHeader(key as ColumnKey);
	} catch {
		return key;
	}
}

/**
 * Reads a filled-in outcome template (XLSX or CSV) and saves its outcomes for the period: all or
 * nothing. Everything is checked first: the file, every row's figures (the domain's parseOutcome),
 * that the unit is below the organisation and the actor may edit its report (editPlan on the
 * report's status), that the indicator is in the unit's plan and reported in the period, and that
 * nobody saved a row in Verksam after the export that the file also changes. Every problem is
 * returned with its row and column; if there is any, nothing is written. Otherwise the changed
 * rows are saved through saveOutcomes in one call (all or nothing, a fixed number of queries);
 * rows that say what is stored write nothing, so importing the same file twice changes nothing
 * the second time.
 */
export async function importOutcomes(db: DbOrTx, request: ImportOutcomesRequest): Promise<ImportOutcomesResult> {
	const file = await readSheetFile(request.file);
	if (!file.ok) return { kind: 'refused', message: file.message };
	const sheet = readOutcomeSheet(file.cells);
	if (sheet.errors.some((e) => e.row === 1) || sheet.rows.length + sheet.errors.length === 0) {
		return { kind: 'invalid', errors: sortSheetErrors(sheet.errors) };
	}
	const errors: SheetError[] = [...sheet.errors];
	const fail = (row: SheetRow, key: ColumnKey, reason: string) => errors.push({ row: row.row, column: columnHeader(key), reason });

	const { organisation } = await getOrganisation(db, request.slug);
	const below = await unitsBelow(db, organisation.id);
	const units = new Map<number, ScopeUnit>(below.units.map((u) => [u.id, u]));
	const rows = sheet.rows;
	const indicatorIds = [...new Set(rows.map((r) => r.indicatorId))];
	const unitIds = [...new Set(rows.map((r) => r.organisationId))].filter((id) => units.has(id));
	const title = periodTitle(request.period, request.year);

	const [indicatorRows, targetRows, outcomeRows, editable] = await Promise.all([
		indicatorIds.length
			? db
					.select({ indicator: indicators, year: goals.year })
					.from(indicators)
					.innerJoin(goals, eq(goals.id, indicators.goalId))
					.where(inArray(indicators.id, indicatorIds))
			: [],
		indicatorIds.length && unitIds.length
			? db
					.select({ indicatorId: indicatorTargets.indicatorId, organisationId: indicatorTargets.organisationId })
					.from(indicatorTargets)
					.where(and(inArray(indicatorTargets.indicatorId, indicatorIds), inArray(indicatorTargets.organisationId, unitIds)))
			: [],
		indicatorIds.length && unitIds.length
			? db
					.select()
					.from(indicatorOutcomes)
					.where(
						and(
							inArray(indicatorOutcomes.indicatorId, indicatorIds),
							inArray(indicatorOutcomes.organisationId, unitIds),
							eq(indicatorOutcomes.period, request.period)
						)
					)
			: [],
		// Each unit's report decides on its own status, as the request guard decides a report page.
		Promise.all(
			unitIds.map(async (id) => {
				const target = await loadTarget(db, { organisationId: id }, request.year, reportKind[request.period]);
				return [id, { allowed: target !== null && may(request.actor, 'editPlan', target), status: target?.planStatus ?? null }] as const;
			})
		)
	]);
	const indicatorById = new Map<number, IndicatorWithYear>(indicatorRows.map((r) => [r.indicator.id, { ...r.indicator, year: r.year }]));
	const hasTarget = new Set(targetRows.map((t) => `${t.indicatorId}/${t.organisationId}`));
	const storedByKey = new Map(outcomeRows.map((o) => [`${o.indicatorId}/${o.organisationId}`, storedOutcome(o)]));
	const editableUnit = new Map(editable);

	const planned: Planned[] = [];
	let unchanged = 0;
	let keptNewer = 0;
	for (const row of rows) {
		const before = errors.length;
		if (row.period !== request.period) fail(row, 'period', importMessages.otherPeriod(row.period, title));
		const unit = units.get(row.organisationId);
		if (!unit) fail(row, 'organisationId', importMessages.notBelow(organisation.name));
		const indicator = indicatorById.get(row.indicatorId);
		if (!indicator) {
			fail(row, 'indicatorId', importMessages.noIndicator);
		} else if (indicator.year !== request.year) {
			fail(row, 'indicatorId', importMessages.otherYear(indicator.year, request.year));
		} else if (unit) {
			const inPlan =
				unit.path.includes(indicator.organisationId) && (indicator.organisationId === unit.id || hasTarget.has(`${indicator.id}/${unit.id}`));
			if (!inPlan) fail(row, 'indicatorId', outcomeRefusals.notInPlan);
			else if (!isReportedIn(indicator.periodicity, request.period)) {
				fail(row, 'indicatorId', outcomeRefusals.notReported(periodicityLabel[indicator.periodicity], title));
			}
		}
		if (errors.length > before || !indicator || !unit) continue;

		const stored = storedByKey.get(`${row.indicatorId}/${row.organisationId}`) ?? null;
		const parsed = parseSheetRow(row, { kind: indicator.kind, unit: indicator.unit, genderSplit: indicator.genderSplit }, stored?.outcome ?? null);
		if (!parsed.ok) {
			errors.push(...parsed.errors);
			continue;
		}
		const lengthErrors = fieldErrors(row.row, parsed.input as OutcomeFields);
		if (lengthErrors.length > 0) {
			errors.push(...lengthErrors);
			continue;
		}
		const nothingStored = stored === null && parsed.outcome.status === 'missing' && parsed.outcome.comment === null;
		if (nothingStored || (stored !== null && sameOutcome(stored.outcome, parsed.outcome))) {
			unchanged += 1;
			continue;
		}
		const savedSince = row.version !== (stored?.version ?? 0);
		// Saved in Verksam since the export, and the row is as exported: the newer outcome stays.
		if (savedSince && row.checksum !== null && row.checksum === outcomeChecksum(parsed.outcome)) {
			keptNewer += 1;
			continue;
		}
		// Only a row that would change something needs the right to edit the unit's report: a
		// committee's file may carry the untouched rows of a unit that has submitted its report.
		const access = editableUnit.get(unit.id);
		if (!access?.allowed) {
			fail(row, 'organisationId', importMessages.mayNotEdit(title, unit.name, access?.status ? planStatusNames[access.status] : null));
			continue;
		}
		// Changed in the file and saved in Verksam since: saving would overwrite the other person's outcome.
		if (savedSince) {
			fail(row, 'version', importMessages.stale);
			continue;
		}
		planned.push({ row, input: parsed.input, stored });
	}
	if (errors.length > 0) return { kind: 'invalid', errors: sortSheetErrors(errors) };

	const saved = await saveOutcomes(db, {
		year: request.year,
		period: request.period,
		items: planned.map(({ row, input, stored }) => ({
			indicatorId: row.indicatorId,
			organisationId: row.organisationId,
			version: stored?.version ?? 0,
			// The editor's override of the fulfilment is not in the file: keep it.
			fields: { ...(input as OutcomeFields), overrideLevel: stored?.override?.level ?? '', overrideJustification: stored?.override?.justification ?? '' }
		}))
	});
	if (!saved.ok) {
		// Someone saved between the check and now, or the save refused what the check let through: nothing written.
		const reasons = Object.entries(saved.refusals).flatMap(([index, refusal]) =>
			Object.entries(refusal.errors).map(([key, reason]) => ({
				row: planned[Number(index)].row.row,
				column: key === 'form' ? columnHeader('version') : safeHeader(key),
				reason
			}))
		);
		return { kind: 'invalid', errors: sortSheetErrors(reasons) };
	}
	const { changed } = saved.value;
	return { kind: 'imported', changed, unchanged: unchanged + (planned.length - changed), keptNewer };
}
