import { formatNumber, formatTkr } from '../format/number';
import { monthPeriods, periodLabel, reportPeriods } from '../followup/report-periods';
import { activityStatusLabel } from '../followup/activity-status';
import { directionLabel, formatTarget, indicatorKindLabel, periodicityLabel } from '../indicators/indicator';
import { planStatusNames } from '../workflow/plan-status';
import { roleNames } from '../access/roles';
import { planKindLabel } from '../plan/plan-title';
import { formatBand, fulfilmentLabel } from '../followup/fulfilment';

/** A row as the change log holds it: the whole row, with the database's snake_case column names. */
export type RowValue = Record<string, unknown>;

/** The tables whose items have a history page and can be restored (the names allowed in URLs). */
export const itemTables = [
	'goals',
	'plan_sections',
	'activities',
	'indicators',
	'indicator_targets',
	'budget_tables',
	'budget_rows',
	'plan_attachments',
	'plans'
] as const;
export type ItemTable = (typeof itemTables)[number];

export function isItemTable(name: string): name is ItemTable {
	return (itemTables as readonly string[]).includes(name);
}

/** What one item of each table is called. */
export const tableLabels: Record<string, string> = {
	goals: 'Mål',
	plan_sections: 'Textavsnitt',
	activities: 'Aktivitet',
	indicators: 'Indikator',
	indicator_targets: 'Årsmål',
	budget_tables: 'Budgettabell',
	budget_rows: 'Budgetrad',
	plan_attachments: 'Bilaga',
	plans: 'Plan',
	organisations: 'Organisation',
	goal_applicability: 'Målets enheter',
	users: 'Användare',
	role_grants: 'Behörighet',
	municipality_settings: 'Kommunens inställningar',
	indicator_outcomes: 'Utfall',
	goal_assessments: 'Målbedömning',
	activity_followups: 'Aktivitetens status',
	budget_followups: 'Budgetuppföljning'
};

export function tableLabel(table: string): string {
	return tableLabels[table] ?? table;
}

/** A field as people read it; `prose` fields are shown as a word diff. */
export interface FieldSpec {
	key: string;
	label: string;
	read: (row: RowValue) => string;
	prose?: boolean;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const text = (key: string, label: string, prose = false): FieldSpec => ({ key, label, read: (r) => str(r[key]), prose });
const choice = (key: string, label: string, names: Record<string, string>): FieldSpec => ({
	key,
	label,
	read: (r) => (r[key] === null || r[key] === undefined ? '' : (names[str(r[key])] ?? str(r[key])))
});
const flag = (key: string, label: string): FieldSpec => ({ key, label, read: (r) => (r[key] === true ? 'Ja' : r[key] === false ? 'Nej' : '') });
const num = (v: unknown): number | null => (typeof v === 'number' ? v : v === null || v === undefined || v === '' ? null : Number(v));

const sectionAreas: Record<string, string> = { introduction: 'Inledning', other: 'Övrigt' };

/** A figure as entered, in Swedish format ("23,5"); empty when there is none. */
const figure = (key: string, label: string): FieldSpec => ({ key, label, read: (r) => (num(r[key]) === null ? '' : formatNumber(num(r[key])!, 2)) });

/** The periods by their key: "Tertialrapport 1", "Mars" … */
const periodNames: Record<string, string> = Object.fromEntries([...reportPeriods, ...monthPeriods].map((p) => [p, periodLabel(p)]));

const outcomeStatusLabel: Record<string, string> = { reported: 'Rapporterat', notMeasured: 'Mäts inte denna period', missing: 'Saknas' };

/** The fields shown per table; columns not named here (ids, version, position, times) are bookkeeping. */
const fieldSpecs: Record<string, FieldSpec[]> = {
	goals: [text('number', 'Nummer'), text('title', 'Titel', true)],
	plan_sections: [choice('area', 'Del', sectionAreas), text('heading', 'Rubrik', true), text('text', 'Text', true)],
	activities: [text('title', 'Aktivitet', true), text('start_date', 'Startdatum'), text('end_date', 'Slutdatum')],
	indicators: [
		text('name', 'Indikator', true),
		text('unit', 'Enhet'),
		choice('kind', 'Typ', indicatorKindLabel),
		choice('direction', 'Riktning', directionLabel),
		choice('periodicity', 'Periodicitet', periodicityLabel),
		flag('gender_split', 'Uppdelat på kvinnor och män'),
		{
			key: 'council_target',
			label: 'KF:s årsmål',
			read: (r) => formatTarget(num(r.council_target_value), (r.council_target_text as string | null) ?? null, str(r.unit))
		}
	],
	indicator_targets: [
		{
			key: 'target',
			label: 'Årsmål',
			read: (r) => formatTarget(num(r.target_value), (r.target_text as string | null) ?? null, '')
		}
	],
	budget_tables: [
		text('heading', 'Rubrik', true),
		{ key: 'columns', label: 'Kolumner', read: (r) => (Array.isArray(r.columns) ? r.columns.map(str).join(', ') : '') }
	],
	budget_rows: [
		text('label', 'Benämning', true),
		{
			key: 'values',
			label: 'Belopp',
			read: (r) => (Array.isArray(r.values) ? r.values.map((v) => (num(v) === null ? '–' : formatTkr(num(v)))).join('; ') : '')
		}
	],
	plan_attachments: [text('title', 'Bilaga', true)],
	plans: [
		text('handler', 'Handläggare'),
		text('phone', 'Telefon'),
		text('recipient', 'Till'),
		choice('status', 'Status', planStatusNames),
		text('decided_on', 'Beslutsdatum'),
		text('decided_by', 'Beslutat av'),
		text('diary_number', 'Diarienummer')
	],
	organisations: [
		text('name', 'Namn'),
		text('slug', 'Adress'),
		choice('kind', 'Typ', { municipality: 'Kommun', committee: 'Nämnd', department: 'Avdelning', unit: 'Enhet' }),
		text('parent_id', 'Ligger under')
	],
	goal_applicability: [text('goal_id', 'Mål'), text('organisation_id', 'Enhet')],
	users: [
		text('username', 'Användarnamn'),
		text('display_name', 'Namn'),
		text('email', 'E-post'),
		flag('disabled', 'Avstängd'),
		flag('must_change_password', 'Måste byta lösenord')
	],
	role_grants: [text('user_id', 'Användare'), text('organisation_id', 'Organisation'), choice('role', 'Roll', roleNames)],
	indicator_outcomes: [
		choice('period', 'Period', periodNames),
		choice('status', 'Status', outcomeStatusLabel),
		figure('value', 'Utfall'),
		figure('numerator', 'Täljare'),
		figure('denominator', 'Nämnare'),
		figure('respondents', 'Antal svarande'),
		figure('women_value', 'Utfall kvinnor'),
		figure('men_value', 'Utfall män'),
		text('comment', 'Kommentar', true),
		choice('override_level', 'Ändrad måluppfyllelse', fulfilmentLabel),
		text('override_justification', 'Motivering', true)
	],
	goal_assessments: [
		choice('period', 'Period', periodNames),
		choice('level', 'Bedömning', fulfilmentLabel),
		text('analysis', 'Analys', true),
		text('measures', 'Planerade åtgärder', true)
	],
	activity_followups: [choice('period', 'Period', periodNames), choice('status', 'Status', activityStatusLabel), text('comment', 'Kommentar', true)],
	budget_followups: [
		choice('period', 'Period', periodNames),
		{ key: 'outcome', label: 'Utfall (tkr)', read: (r) => formatTkr(num(r.outcome)) },
		{ key: 'forecast', label: 'Prognos (tkr)', read: (r) => formatTkr(num(r.forecast)) },
		text('comment', 'Kommentar', true)
	],
	municipality_settings: [
		flag('public_approved_plans', 'Fastställda planer är offentliga'),
		{ key: 'partly_band', label: 'Gräns för delvis uppfyllt', read: (r) => (num(r.partly_band) === null ? '' : formatBand(num(r.partly_band)!)) }
	]
};

/** Columns that say nothing to people, for tables without a field list. */
const bookkeeping = new Set(['id', 'version', 'position', 'updated_at', 'created_at', 'status_changed_at']);

/** The fields of a table's rows, as the given versions of one row have them (a goal's sections are fields of their own). */
export function fieldsOf(table: string, ...rows: (RowValue | null | undefined)[]): FieldSpec[] {
	const present = rows.filter((r): r is RowValue => !!r);
	const specs = fieldSpecs[table];
	if (!specs) {
		const keys = [...new Set(present.flatMap((r) => Object.keys(r)))].filter((k) => !bookkeeping.has(k));
		return keys.map((k) => text(k, k));
	}
	if (table !== 'goals') return specs;
	// Section names come from the goal model; their order is the order the goal has them in.
	const names = [...new Set(present.flatMap((r) => Object.keys((r.sections as Record<string, unknown> | null) ?? {})))];
	return [
		...specs,
		...names.map((name) => ({
			key: `sections.${name}`,
			label: name,
			read: (r: RowValue) => str((r.sections as Record<string, unknown> | null)?.[name]),
			prose: true
		}))
	];
}

/** The columns a restore writes back, per table: what the editor changes (not the workflow's status or decision). */
export const restorableColumns: Record<ItemTable, readonly string[]> = {
	goals: ['number', 'title', 'sections'],
	plan_sections: ['heading', 'text'],
	activities: ['title', 'start_date', 'end_date'],
	indicators: ['name', 'unit', 'kind', 'direction', 'periodicity', 'gender_split', 'council_target_value', 'council_target_text'],
	indicator_targets: ['target_value', 'target_text'],
	budget_tables: ['heading', 'columns'],
	budget_rows: ['label', 'values'],
	plan_attachments: ['title'],
	plans: ['handler', 'phone', 'recipient']
};

/** What an item is called in lists: a goal's number and title, a section's heading, a plan's kind and year. */
export function itemTitle(table: string, row: RowValue | null | undefined, context: { indicatorName?: string } = {}): string {
	if (!row) return '';
	switch (table) {
		case 'goals':
			return [str(row.number), str(row.title)].filter(Boolean).join(' ');
		case 'plan_sections':
		case 'budget_tables':
			return str(row.heading);
		case 'activities':
		case 'plan_attachments':
			return str(row.title);
		case 'indicators':
			return str(row.name);
		case 'indicator_targets':
			return context.indicatorName ? `Årsmål för ${context.indicatorName}` : 'Årsmål';
		case 'budget_rows':
			return str(row.label);
		case 'plans':
			return `${planKindLabel[str(row.kind) as keyof typeof planKindLabel] ?? 'Plan'} ${str(row.year)}`;
		case 'organisations':
			return str(row.name);
		case 'users':
			return str(row.display_name) || str(row.username);
		case 'role_grants':
			return roleNames[str(row.role) as keyof typeof roleNames] ?? str(row.role);
		default:
			return '';
	}
}

