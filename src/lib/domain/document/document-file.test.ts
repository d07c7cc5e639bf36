import { describe, expect, it } from 'vitest';
import { planKinds } from '../interchange/plan-format';
import { codeOfPlanKind, documentFileName, documentKindCode, isRenderedFormat, planKindOfCode } from './document-file';

describe('documents as files', () => {
	it('names the verksamhetsplan vp and each report by its URL name, both ways', () => {
		expect(planKinds.map(codeOfPlanKind)).toEqual(['vp', 't1', 't2', 'vb']);
		expect((['vp', 't1', 't2', 'vb'] as const).map(planKindOfCode)).toEqual([
			'verksamhetsplan',
			'tertialrapport-1',
			'tertialrapport-2',
			'verksamhetsberattelse'
		]);
		expect(documentKindCode.safeParse('VP').success).toBe(false);
		expect(documentKindCode.safeParse('t3').error?.issues[0].message).toBe('Välj dokumentet vp, t1, t2 eller vb.');
	});

	it('gives readable ASCII file names: å, ä, ö lose their marks, spaces and dashes become one dash', () => {
		expect(documentFileName('verksamhetsplan', 2026, 'Solrosens förskola', 'pdf')).toBe('verksamhetsplan-2026-solrosens-forskola.pdf');
		expect(documentFileName('verksamhetsberattelse', 2025, 'Enheten för Äldre & Vård', 'docx')).toBe('verksamhetsberattelse-2025-enheten-for-aldre-vard.docx');
		expect(documentFileName('tertialrapport-1', 2026, 'Familjeenheten', 'json')).toBe('tertialrapport-1-2026-familjeenheten.json');
		expect(documentFileName('verksamhetsplan', 2026, 'Solrosens förskola', 'pdf', '2026-02-12')).toBe(
			'verksamhetsplan-2026-solrosens-forskola-faststalld-2026-02-12.pdf'
		);
	});

	it('offers pdf and docx for download, not json', () => {
		expect(['pdf', 'docx', 'json', 'PDF'].map(isRenderedFormat)).toEqual([true, true, false, false]);
	});
});
