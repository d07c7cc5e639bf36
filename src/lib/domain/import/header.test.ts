import { describe, expect, it } from 'vitest';
import { matchHeaderField, parseHeader, planKind, readTitle } from './header';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const stopAtInledning = (line: { text: string }) => line.text === 'Inledning';

describe('the first-page header', () => {
	it('reads fields with the value on the same line or the lines after', () => {
		const header = parseHeader(
			lines('Handläggare:', 'Lena Helmersson', 'Agge/Ingemar Sollgard', 'Telefon:', '', 'Till', 'Vuxenenheten', '', 'Vuxenenheten', '', 'Verksamhetsplan 2014', '', 'Förslag till beslut', '', 'Inledning'),
			stopAtInledning
		);
		expect(header).toEqual({
			title: 'Verksamhetsplan 2014',
			organisation: 'Vuxenenheten', // no name in the title: the recipient
			year: 2014,
			kind: 'verksamhetsplan',
			handler: 'Lena Helmersson, Agge/Ingemar Sollgard',
			recipient: 'Vuxenenheten',
			end: 14
		});
	});

	it('repairs slips: "Vandläggare", "erksamhetsplan", a recipient wrapped after a comma', () => {
		const header = parseHeader(
			lines('Vandläggare', 'Sandra Landahl', '', 'Till', 'Biståndsbedömning,', 'funktionsnedsättning', '', 'Telefon: 08-508 08 424', '', 'erksamhetsplan 2022 för Biståndsbedömning, funktionsnedsättning', 'Inledning'),
			stopAtInledning
		);
		expect(header.handler).toBe('Sandra Landahl');
		expect(header.phone).toBe('08-508 08 424');
		expect(header.recipient).toBe('Biståndsbedömning, funktionsnedsättning');
		expect(header.title).toBe('Verksamhetsplan 2022 för Biståndsbedömning, funktionsnedsättning');
		expect(header.organisation).toBe('Biståndsbedömning, funktionsnedsättning');
		expect(header.year).toBe(2022);
	});

	it('reads organisation and year from the title', () => {
		expect(readTitle('Verksamhetsplan 2022 för Familjeenheten')).toEqual({ organisation: 'Familjeenheten', year: 2022 });
		expect(readTitle('Verksamhetsplan Beställarenheten funktionsnedsättning')).toEqual({ organisation: 'Beställarenheten funktionsnedsättning', year: null });
		expect(readTitle('Verksamhetsplan 2014')).toEqual({ organisation: null, year: 2014 });
	});

	it('tells the kind of document from its title', () => {
		expect(planKind('Verksamhetsberättelse 2021 för Familjeenheten')).toBe('verksamhetsberattelse');
		expect(planKind('Tertialrapport 1 2022')).toBe('tertialrapport-1');
		expect(planKind('Tertialrapport 2 2022')).toBe('tertialrapport-2');
		expect(planKind('Verksamhetsplan 2022')).toBe('verksamhetsplan');
	});

	it('does not take running text for a field', () => {
		expect(matchHeaderField('Handläggarna inom enhetens barn- och ungdomsdel')).toBeNull();
		expect(matchHeaderField('Till enheten finns även boendesamordnare')).toBeNull();
		expect(matchHeaderField('Telefon: 08-508 23 308')).toEqual(['phone', '08-508 23 308']);
	});
});
