import { describe, expect, it } from 'vitest';
import { canTakeStep, isEditableStatus, stepRefusal } from './plan-status';

describe('plan status', () => {
	it('lets the unit edit only a draft or a returned plan', () => {
		expect([null, 'draft', 'returned', 'submitted', 'approved'].map((s) => isEditableStatus(s as never))).toEqual([
			true,
			true,
			true,
			false,
			false
		]);
	});

	it('takes each step only from its statuses', () => {
		expect(canTakeStep('submit', null)).toBe(true);
		expect(canTakeStep('submit', 'returned')).toBe(true);
		expect(canTakeStep('submit', 'submitted')).toBe(false);
		expect(canTakeStep('approve', 'draft')).toBe(false);
		expect(canTakeStep('approve', 'submitted')).toBe(true);
		expect(canTakeStep('return', 'approved')).toBe(false);
		expect(canTakeStep('reopen', 'approved')).toBe(true);
		expect(canTakeStep('reopen', 'submitted')).toBe(false);
	});

	it('says why a step was refused, naming the current status', () => {
		expect(stepRefusal('approve', 'approved')).toBe(
			'Planen kan inte fastställas eftersom den är fastställd. Någon annan kan ha hunnit före; ladda om sidan och se planens status.'
		);
		expect(stepRefusal('return', null)).toBe('Planen kan inte återremitteras: den är inte påbörjad.');
	});

	it('names a report (T1, T2, VB) as the report, not the plan', () => {
		expect(stepRefusal('submit', 'submitted', 'tertialrapport-1')).toBe(
			'Rapporten kan inte lämnas in eftersom den är inlämnad. Någon annan kan ha hunnit före; ladda om sidan och se rapportens status.'
		);
		expect(stepRefusal('reopen', null, 'verksamhetsberattelse')).toBe('Rapporten kan inte öppnas igen: den är inte påbörjad.');
	});
});
