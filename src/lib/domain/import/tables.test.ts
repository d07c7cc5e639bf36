import { describe, expect, it } from 'vitest';
import { cellAt, isContinuation, isRuleRow, matchTableHeader, readDate } from './tables';

describe('table headers', () => {
	it('reads an indicator header, also with a split word', () => {
		expect(matchTableHeader('KF:s indikatorer\tÅrsmål\tKF:s årsmål\tPeriodicitet')).toEqual({ kind: 'indicator', annual: 1, council: 2, periodicity: 3 });
		expect(matchTableHeader('Indikator\tÅrsmål\tKF:s årsmål\tPeriodicit et')).toEqual({ kind: 'indicator', annual: 1, council: 2, periodicity: 3 });
	});

	it('reads an activity header', () => {
		expect(matchTableHeader('Nämndens aktiviteter\tStartdatum\tSlutdatum')).toEqual({ kind: 'activity', start: 1, end: 2 });
		expect(matchTableHeader('Aktivitet\tStartdatum\tSlutdatum')).toEqual({ kind: 'activity', start: 1, end: 2 });
	});

	it('takes neither a data row nor a line without tabs for a header', () => {
		expect(matchTableHeader('Indikator Årsmål KF:s årsmål')).toBeNull();
		expect(matchTableHeader('Sjukfrånvaro\t\t4,4 %\tTertial')).toBeNull();
	});

	it('sees a markdown rule row', () => {
		expect(isRuleRow('-----------\t--------\t------')).toBe(true);
		expect(isRuleRow('Budget i balans\t\t\tTertial')).toBe(false);
	});
});

describe('cells', () => {
	it('reads dates and says when one cannot be read', () => {
		expect(readDate('2014-01-01')).toEqual({ ok: true, date: '2014-01-01' });
		expect(readDate('2014-1-5')).toEqual({ ok: true, date: '2014-01-05' });
		expect(readDate('1/2 2014')).toEqual({ ok: true, date: '2014-02-01' });
		expect(readDate('')).toEqual({ ok: true, date: null });
		expect(readDate('2014-02-30')).toEqual({ ok: false });
		expect(readDate('våren 2014')).toEqual({ ok: false });
	});

	it('gives empty cells as null', () => {
		expect(cellAt(['Sjukfrånvaro', '', '4,4 %'], 1)).toBeNull();
		expect(cellAt(['Sjukfrånvaro', '', '4,4 %'], 2)).toBe('4,4 %');
		expect(cellAt(['Sjukfrånvaro'], 3)).toBeNull();
		expect(cellAt(['Sjukfrånvaro'], -1)).toBeNull();
	});

	it('sees a wrapped first cell: lower-case start and nothing else on the row', () => {
		expect(isContinuation(['med hur utredningen genomfördes (IoF)', '', '', ''])).toBe(true);
		expect(isContinuation(['Andel uppfyllda delmål.', '', '', 'Tertial'])).toBe(false);
		expect(isContinuation(['Budget i balans', '', '', ''])).toBe(false);
	});
});
