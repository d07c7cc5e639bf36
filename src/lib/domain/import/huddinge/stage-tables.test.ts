import { describe, expect, it } from 'vitest';
import { findStageTables } from './stage-tables';

function find(text: string) {
	const warnings: string[] = [];
	const tables = findStageTables(text, 0, text.length, (_at, message) => warnings.push(message));
	return { tables, warnings };
}

describe('findStageTables', () => {
	it('reads caption, years with the Etappmål column, and rows with a glued "-" split into its cells', () => {
		const { tables, warnings } = find(
			'Så blev det. Korta kurser Korta kurser 2014 2015 2016 Etappmål 2017 Totalt (antal) 32 36-50 Kvinnor 17 8 - - Män 15 28 - - Varav klara efter kursen Totalt (%) 81 91-70 Av tabellen framgår att det gick bra.'
		);
		expect(warnings).toEqual([]);
		expect(tables).toHaveLength(1);
		expect(tables[0].caption).toBe('Korta kurser');
		expect(tables[0].table).toEqual({
			columns: ['2014', '2015', '2016', 'Etappmål 2017'],
			rows: [
				{ label: 'Totalt (antal)', values: ['32', '36', '-', '50'] },
				{ label: 'Kvinnor', values: ['17', '8', '-', '-'] },
				{ label: 'Män', values: ['15', '28', '-', '-'] },
				{ label: 'Varav klara efter kursen, Totalt (%)', values: ['81', '91', '-', '70'] }
			]
		});
	});

	it('drops the footnote number stuck to the caption and takes "Etappmål" before the years as the last year', () => {
		const { tables } = find('Brukare nöjda med bemötandet 16 2014 2016 Etappmål 2018 Totalt (%) 73 VB - Resultat kommer. Handläggning av ansökan Etappmål 2014 2015 2016 2017 Handlagts i tid (procent) 100 100-100 Resultat för 2016 redovisas.');
		expect(tables.map((t) => t.caption)).toEqual(['Brukare nöjda med bemötandet', 'Handläggning av ansökan']);
		expect(tables[0].table.columns).toEqual(['2014', '2016', 'Etappmål 2018']);
		expect(tables[1].table).toEqual({
			columns: ['2014', '2015', '2016', 'Etappmål 2017'],
			rows: [{ label: 'Handlagts i tid (procent)', values: ['100', '100', '-', '100'] }]
		});
	});

	it('warns about a row with the wrong number of cells and keeps it as read', () => {
		const { tables, warnings } = find('Nöjda brukare 2014 2016 Etappmål 2018 Totalt (%) 60 VB Kvinnor 56 VB - Sedan text följer här.');
		expect(tables[0].table.rows).toEqual([
			{ label: 'Totalt (%)', values: ['60', 'VB'] },
			{ label: 'Kvinnor', values: ['56', 'VB', '-'] }
		]);
		expect(warnings).toEqual(['Raden "Totalt (%)" i etappmålstabellen har 2 värden men tabellen har 3 kolumner.']);
	});

	it('gives a header followed by prose the "Totalt" rows that come later without a header', () => {
		const { tables, warnings } = find('Nöjda med kvaliteten 15 2014 2016 Etappmål 2018 Att använda resultat i förbättringsarbete är viktigt. Mer text - analysera Totalt (%) - VB - Kvinnor - VB - Nöjda vid myndighet 16 2014 2016 Etappmål 2018 Totalt (%) 64 VB -');
		expect(tables.map((t) => [t.caption, t.table.rows.map((r) => r.label)])).toEqual([
			['Nöjda med kvaliteten', ['Totalt (%)', 'Kvinnor']],
			['Nöjda vid myndighet', ['Totalt (%)']]
		]);
		expect(tables[0].spans).toHaveLength(2);
		expect(warnings).toEqual(['Raderna till etappmålstabellen "Nöjda med kvaliteten" står efter annan text; de läses till den tabellen.']);
	});

	it('is no stage table without an Etappmål column (statistics stay text)', () => {
		expect(find('Godkända utförare 2014 2015 2016 Totalt (antal) 12 13 VB Resultat för 2016.').tables).toEqual([]);
	});
});
