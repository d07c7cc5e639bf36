import { describe, expect, it } from 'vitest';
import { stockholmDate, stockholmDateTime, stockholmIso } from './date-time';

describe('Stockholm times', () => {
	it('writes summer time with +02:00 and winter time with +01:00', () => {
		expect(stockholmIso(new Date('2026-07-01T10:00:00Z'))).toBe('2026-07-01T12:00:00+02:00');
		expect(stockholmIso(new Date('2026-01-15T08:05:09Z'))).toBe('2026-01-15T09:05:09+01:00');
	});

	it('moves to the next day after 23:00 UTC in winter', () => {
		expect(stockholmDate(new Date('2026-01-01T23:30:00Z'))).toBe('2026-01-02');
		expect(stockholmDateTime(new Date('2026-01-01T23:30:00Z'))).toBe('2026-01-02 00:30');
	});
});
