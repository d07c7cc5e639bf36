import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time';

describe('formatDateTime', () => {
	it('shows Swedish time, winter (UTC+1) and summer (UTC+2)', () => {
		expect(formatDateTime(new Date('2026-02-12T13:05:00Z'))).toBe('2026-02-12 14:05');
		expect(formatDateTime('2026-06-30T22:30:00Z')).toBe('2026-07-01 00:30');
	});
});
