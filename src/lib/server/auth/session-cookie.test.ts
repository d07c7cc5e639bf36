import { describe, expect, it } from 'vitest';
import { safeNext } from './session-cookie';

describe('safeNext', () => {
	it.each([
		['/org/familjeenheten/2026', '/org/familjeenheten/2026'],
		['/org/familjeenheten/2026?tab=mal#x', '/org/familjeenheten/2026?tab=mal#x'],
		['/', '/'],
		[null, '/'],
		['', '/'],
		['org/familjeenheten', '/'],
		['https://evil.example/', '/'],
		['//evil.example/', '/'],
		['/\\evil.example/', '/'],
		['/\t/evil.example/', '/'],
		['/\n/evil.example/', '/'],
		['\t//evil.example/', '/'],
		['javascript:alert(1)', '/']
	])('%j → %j', (next, expected) => {
		expect(safeNext(next)).toBe(expected);
	});
});
