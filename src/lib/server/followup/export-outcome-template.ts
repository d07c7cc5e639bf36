import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { getOrganisation } from '../organisations/get-organisation';
import { outcomeSheetScope, unitsBelow } from './outcome-sheet-scope';
import { outcomeSheetCsv, outcomeSheetXlsx } from './outcome-sheet-file';
import { may, type Actor } from '../../domain/access/policy';
import { templateRow, type TemplateRow } from '../../domain/followup/outcome-sheet';
import { periodTitle, type ReportPeriod } from '../../domain/followup/report-periods';
import { formatTarget, periodicityLabel } from '../../domain/indicators/indicator';

export const sheetFormat = z.enum(['xlsx', 'csv'], { message: 'Välj formatet xlsx eller csv.' });
export type SheetFormat = z.infer<typeof sheetFormat>;

export const sheetContentType: Record<SheetFormat, string> = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8'
};

export interface OutcomeTemplateFile {
	/** "Utfall T1 2026 Norrvikens stadsdelsnämnd.xlsx" */
	fileName: string;
	contentType: string;
	body: Buffer | string;
	rows: number;
}

/**
 * The outcome template of an organisation for a report period: for a unit its own report, for a
 * committee or the council every unit below it that the actor may read, one row per unit and
 * indicator in the unit's plan reported in the period, pre-filled with the stored outcome. XLSX or
 * CSV (see outcome-sheet-file.ts). A fixed number of queries, whatever the number of units.
 */
export async function exportOutcomeTemplate(
	db: DbOrTx,
	request: { slug: string; year: number; period: ReportPeriod; format: SheetFormat; actor: Actor }
): Promise<OutcomeTemplateFile> {
	const { organisation } = await getOrganisation(db, request.slug);
	const below = await unitsBelow(db, organisation.id);
	// A unit's editor may read its committee, but not the sibling units' reports.
	const units = below.units.filter((u) => may(request.actor, 'read', { path: u.path, kind: 'unit' }));
	const scope = await outcomeSheetScope(db, { units, organisationIds: below.organisationIds }, request.year, request.period);

	const rows: TemplateRow[] = scope.map(({ unit, goal, indicator, target, outcome }) =>
		templateRow({
			indicatorId: indicator.id,
			organisationId: unit.id,
			period: request.period,
			version: outcome?.version ?? 0,
			organisation: unit.name,
			goal: goal.number ? `${goal.number} ${goal.title}` : goal.title,
			indicator: indicator.name,
			unit: indicator.unit,
			periodicity: periodicityLabel[indicator.periodicity],
			annualTarget: target ? formatTarget(target.targetValue, target.targetText, indicator.unit) : '',
			councilTarget: formatTarget(indicator.councilTargetValue, indicator.councilTargetText, indicator.unit),
			outcomeIndicator: { kind: indicator.kind, unit: indicator.unit, genderSplit: indicator.genderSplit },
			outcome: outcome?.outcome ?? null
		})
	);

	const title = `${periodTitle(request.period, request.year)} – ${organisation.name}`;
	const fileName = `Utfall ${request.period} ${request.year} ${organisation.name}.${request.format}`;
	const body = request.format === 'xlsx' ? await outcomeSheetXlsx(rows, `Utfall: ${title}`) : outcomeSheetCsv(rows);
	return { fileName, contentType: sheetContentType[request.format], body, rows: rows.length };
}

