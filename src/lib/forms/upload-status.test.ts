import { describe, it, expect } from 'vitest';
import { oversize, quarterToAnnounce } from './upload-status';

const mb = 1024 * 1024;

describe('oversize', () => {
	it('lets a file up to the limit through, and no file at all', () => {
		expect(oversize({ size: 5 * mb }, 5 * mb)).toBeNull();
		expect(oversize({ size: 1 }, 5 * mb)).toBeNull();
		expect(oversize(undefined, 5 * mb)).toBeNull();
	});

	it('gives the size to a tenth of a megabyte with a decimal comma, and the limit in whole megabytes', () => {
		// 21.5 MB against the plan documents' 20 MB.
		expect(oversize({ size: 21.5 * mb }, 20 * mb)).toEqual({ size: '21,5', max: '20' });
		// One byte over 5 MB still reads as 5,0 → "5" (at most one decimal).
		expect(oversize({ size: 5 * mb + 1 }, 5 * mb)).toEqual({ size: '5', max: '5' });
	});
});

describe('quarterToAnnounce', () => {
	it('announces each quarter once as the upload passes it, and not the end', () => {
		const said: number[] = [];
		let last = 0;
		for (const percent of [0, 3, 24, 25, 26, 49, 61, 74, 75, 99, 100]) {
			const quarter = quarterToAnnounce(percent, last);
			if (quarter !== null) {
				said.push(quarter);
				last = quarter;
			}
		}
		expect(said).toEqual([25, 50, 75]);
	});

	it('says only the latest quarter when the upload jumps past several', () => {
		expect(quarterToAnnounce(80, 0)).toBe(75);
		expect(quarterToAnnounce(100, 0)).toBeNull();
	});
});
