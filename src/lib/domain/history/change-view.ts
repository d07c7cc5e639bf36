import { stockholmDateTime } from '../format/date-time';
import { describeChange, type ChangeOperation, type FieldChange } from './describe-change';
import { itemTitle, tableLabel, type RowValue } from './tables';

/** A recorded change as the history pages show it (plain data, ready for the page). */
export interface ChangeView {
	id: number;
	/** "2026-11-24 10:15", Stockholm time. */
	when: string;
	/** ISO instant, for <time datetime>. */
	at: string;
	who: string;
	table: string;
	tableLabel: string;
	rowKey: string;
	title: string;
	operation: ChangeOperation;
	action: string;
	/** Only the item's place among its siblings changed. */
	reordered: boolean;
	fields: FieldChange[];
}

export interface RecordedChange {
	id: number;
	at: Date;
	userId: number | null;
	userName: string | null;
	tableName: string;
	rowKey: string;
	operation: ChangeOperation;
	oldValue: RowValue | null;
	newValue: RowValue | null;
	indicatorName?: string | null;
}

/** Who made a change, as people read it: the name, "Systemet" for imports and the demo, or the id of a removed user. */
export function changedBy(change: Pick<RecordedChange, 'userId' | 'userName'>): string {
	if (change.userName) return change.userName;
	return change.userId === null ? 'Systemet' : `Användare ${change.userId}`;
}

export function changeView(change: RecordedChange): ChangeView {
	const description = describeChange(change.tableName, change.operation, change.oldValue, change.newValue);
	return {
		id: change.id,
		when: stockholmDateTime(change.at),
		at: change.at.toISOString(),
		who: changedBy(change),
		table: change.tableName,
		tableLabel: tableLabel(change.tableName),
		rowKey: change.rowKey,
		title: itemTitle(change.tableName, change.newValue ?? change.oldValue, { indicatorName: change.indicatorName ?? undefined }),
		operation: change.operation,
		action: description.action,
		reordered: description.reordered,
		fields: description.fields
	};
}
