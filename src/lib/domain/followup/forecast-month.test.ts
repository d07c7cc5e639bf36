import { describe, expect, it } from 'vitest';
import { defaultForecastMonth } from './forecast-month';

describe('the month the forecast opens on', () => {
	it('is this month in the current year', () => {
		expect(defaultForecastMonth(2026, '2026-03-15')).toBe('M03');
		expect(defaultForecastMonth(2026, '2026-12-02')).toBe('M12');
		expect(defaultForecastMonth(2026, '2026-01-01')).toBe('M01');
	});

	it('is December for a past year and January for a coming one', () => {
		expect(defaultForecastMonth(2025, '2026-03-15')).toBe('M12');
		expect(defaultForecastMonth(2027, '2026-03-15')).toBe('M01');
	});
});
