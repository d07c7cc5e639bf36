import { stringify } from 'csv-stringify/sync';
import type { DbOrTx } from '../db/client';
import { describeChange } from '../../domain/history/describe-change';
import { changedBy } from '../../domain/history/change-view';
import { itemTitle, tableLabel } from '../../domain/history/tables';
import { stockholmIso } from '../../domain/format/date-time';
import { listAuditLog } from './list-audit-log';

const columns = ['tid', 'användare', 'organisation', 'tabell', 'post', 'åtgärd', 'fält', 'före', 'efter'];

/**
 * The audit log of a period as CSV for Swedish Excel: UTF-8 with a byte order mark, semicolons,
 * CRLF line ends. One line per changed field (a change without visible fields gets one line).
 */
export async function exportAuditLog(db: DbOrTx, query: { organisationId: number; from: string; to: string }): Promise<string> {
	const { entries } = await listAuditLog(db, { ...query, limit: null });
	const records: string[][] = [];
	for (const entry of entries) {
		const description = describeChange(entry.tableName, entry.operation, entry.oldValue, entry.newValue);
		const title = itemTitle(entry.tableName, entry.newValue ?? entry.oldValue, { indicatorName: entry.indicatorName ?? undefined });
		const common = [
			stockholmIso(entry.at),
			changedBy(entry),
			entry.organisationName ?? '',
			tableLabel(entry.tableName),
			title ? `${title} (${entry.rowKey})` : entry.rowKey,
			description.action
		];
		if (description.fields.length === 0) records.push([...common, '', '', '']);
		for (const field of description.fields) records.push([...common, field.label, field.before, field.after]);
	}
	return stringify(records, { header: true, columns, delimiter: ';', bom: true, record_delimiter: 'windows' });
}
