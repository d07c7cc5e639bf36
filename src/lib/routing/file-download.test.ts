import { describe, expect, it } from 'vitest';
import { contentDisposition, fileDownload } from './file-download';

describe('a file download', () => {
	it('names the file in ASCII and in UTF-8 (RFC 5987)', () => {
		expect(contentDisposition('Utfall T1 2026 Norrvikens stadsdelsnämnd.xlsx')).toBe(
			`attachment; filename="Utfall T1 2026 Norrvikens stadsdelsnamnd.xlsx"; filename*=UTF-8''Utfall%20T1%202026%20Norrvikens%20stadsdelsn%C3%A4mnd.xlsx`
		);
		// Quotes, backslashes and characters outside ASCII cannot break out of the header.
		expect(contentDisposition('a"b\\c (d)–e.csv')).toBe(`attachment; filename="a_b_c (d)_e.csv"; filename*=UTF-8''a%22b%5Cc%20%28d%29%E2%80%93e.csv`);
	});

	it('answers with the type and no caching', async () => {
		const response = fileDownload('a;b\r\n', 'x.csv', 'text/csv; charset=utf-8');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(await response.text()).toBe('a;b\r\n');
	});
});
