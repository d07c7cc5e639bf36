import { describe, expect, it } from 'vitest';
import { matchLabel, repairSlip, splitNumber } from './labels';

describe('goal labels', () => {
	it('reads upper- and mixed-case labels standing alone', () => {
		expect(matchLabel('KF:S MÅL FÖR VERKSAMHETSOMRÅDET:')).toEqual({ label: 'KF:s mål för verksamhetsområdet', depth: 1, rest: null });
		expect(matchLabel('NÄMNDMÅL:')).toEqual({ label: 'Nämndmål', depth: 2, rest: null });
		expect(matchLabel('Åtagande:')).toEqual({ label: 'Åtagande', depth: 3, rest: null });
		expect(matchLabel('KF:s INRIKTNINGSMÅL 2:')).toEqual({ label: 'KF:s inriktningsmål', depth: 0, rest: null });
		expect(matchLabel('KF:s inriktningsmål:')).toEqual({ label: 'KF:s inriktningsmål', depth: 0, rest: null });
	});

	it('reads a label with the title on the same line', () => {
		expect(matchLabel('Nämndmål: 1.2.1 Kungsholmens stadsdelsområde är tryggt och säkert')).toEqual({
			label: 'Nämndmål',
			depth: 2,
			rest: '1.2.1 Kungsholmens stadsdelsområde är tryggt och säkert'
		});
		expect(matchLabel('Enhetsmål: Enhetens brukare får stöd.')).toEqual({ label: 'Enhetsmål', depth: 3, rest: 'Enhetens brukare får stöd.' });
		expect(matchLabel('KF:s mål för verksamhetsområdet: 1.2. Stockholm är tryggt')?.rest).toBe('1.2. Stockholm är tryggt');
	});

	it('repairs a lost or replaced first letter of a heading word', () => {
		expect(repairSlip('ämndmål')).toBe('nämndmål');
		expect(repairSlip('vandläggare')).toBe('handläggare');
		expect(matchLabel('ÄMNDMÅL:')?.label).toBe('Nämndmål');
		expect(repairSlip('till')).toBe('till'); // short words are left alone
	});

	it('does not take running text or a section heading for a label', () => {
		expect(matchLabel('Nämndmålen följs upp varje tertial.')).toBeNull();
		expect(matchLabel('Förväntat resultat')).toBeNull();
		expect(matchLabel('Åtagandet: vi följer upp')).toBeNull();
	});

	it('splits a goal number from its title', () => {
		expect(splitNumber('1.2.1 Kungsholmens stadsdelsområde')).toEqual({ number: '1.2.1', title: 'Kungsholmens stadsdelsområde' });
		expect(splitNumber('1.2. Stockholm är tryggt')).toEqual({ number: '1.2', title: 'Stockholm är tryggt' });
		expect(splitNumber('1. Stockholm är en attraktiv stad')).toEqual({ number: '1', title: 'Stockholm är en attraktiv stad' });
		expect(splitNumber('80% av klienterna')).toEqual({ number: null, title: '80% av klienterna' });
	});
});
