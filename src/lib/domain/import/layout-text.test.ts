import { describe, expect, it } from 'vitest';
import { layoutTableColumns, layoutTextToTabbed } from './layout-text';

// Lines as `pdftotext -layout` prints Verksam's own PDF (column positions counted by hand below).
const header = 'Indikator' + ' '.repeat(31) + 'Årsmål' + ' '.repeat(4) + 'KF:s årsmål Periodicitet';
// Indikator at 0; Årsmål at 40 (9 + 31); KF:s årsmål at 50 (40 + 6 + 4); Periodicitet at 62 (50 + 11 + 1).

describe('PDF layout text into tab-separated rows', () => {
	it('finds the header’s columns, KF:s årsmål apart from Årsmål', () => {
		expect(layoutTableColumns(header)).toEqual([
			{ name: 'Indikator', start: 0 },
			{ name: 'Årsmål', start: 40 },
			{ name: 'KF:s årsmål', start: 50 },
			{ name: 'Periodicitet', start: 62 }
		]);
		expect(layoutTableColumns('Indikatorer visar hur det går')).toBeNull();
	});

	it('puts words in their columns and joins wrapped lines to their row, also a wrapped value', () => {
		const row1 = 'Andel barn som på nytt anmäls' + ' '.repeat(11) + '22 %' + ' '.repeat(6) + 'Tas fram av Tertial';
		// "22 %" at 40, "Tas" at 50, "Tertial" at 62: 29 + 11 = 40, 40 + 4 + 6 = 50, 50 + 11 + 1 = 62.
		const wrap = 'inom tolv månader (Redovisas för' + ' '.repeat(18) + 'nämnd';
		// "nämnd" at 32 + 18 = 50: the KF:s årsmål column.
		// As pdftotext prints it: "5,5 %" at 12 + 28 = 40, "6 %" at 40 + 5 + 12 = 57, "Tertial" at
		// 57 + 3 + 1 = 61, one left of Periodicitet (62).
		const row2 = 'Sjukfrånvaro' + ' '.repeat(28) + '5,5 %' + ' '.repeat(12) + '6 % Tertial';
		const text = ['Intro', '', header, row1, wrap, 'kvinnor och män)', row2, '', 'Nästa stycke'].join('\n');
		expect(layoutTextToTabbed(text).split('\n')).toEqual([
			'Intro',
			'',
			'Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet',
			'Andel barn som på nytt anmäls inom tolv månader (Redovisas för kvinnor och män)\t22 %\tTas fram av nämnd\tTertial',
			'Sjukfrånvaro\t5,5 %\t6 %\tTertial',
			'',
			'Nästa stycke'
		]);
	});

	it('turns wide gaps into tabs outside tables; a page break ends a line', () => {
		expect(layoutTextToTabbed('   Inledning        3\fIntäkter      -1 200\nEn mening med  två mellanslag')).toBe(
			'Inledning\t3\nIntäkter\t-1 200\nEn mening med  två mellanslag'
		);
	});
});
