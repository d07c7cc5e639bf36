import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time';

describe('formatDateTime', () => {
	it('writes ISO date and 24-hour time in Swedish time, winter (UTC+1) and summer (UTC+2)', () => {
		expect(formatDateTime(new Date('2026-01-15T08:05:00Z'))).toBe('2026-01-15 09:05');
		expect(formatDateTime(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02 00:30');
	});
});
