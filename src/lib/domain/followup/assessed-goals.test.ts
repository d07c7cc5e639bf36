import { describe, expect, it } from 'vitest';
import { isAssessedLevel } from './assessed-goals';

describe('which goals a unit assesses', () => {
	it('every level but the council\'s direction goals at the top', () => {
		// Stockholm's model: 0 inriktningsmål, 1 mål för verksamhetsområdet, 2 nämndmål, 3 enhetsmål.
		expect([0, 1, 2, 3].map(isAssessedLevel)).toEqual([false, true, true, true]);
	});
});
