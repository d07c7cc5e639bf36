import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { renderApart } from './render-apart';
import { renderPdf } from './render-pdf';
import { buildDocument, compilationDocument, indicatorTable } from './testing/document-factory';
import { pdfText } from './testing/pdf-text';
import type { DocumentModel, DocumentLanguage } from '../../domain/document/document-model';
import type { RenderedFormat } from '../../domain/document/document-file';

describe('rendering a document in a process of its own', () => {
	const model = buildDocument([
		{ type: 'heading', level: 1, text: 'Mål för verksamhetsområdet: Trygg förskola', contents: true },
		indicatorTable('Indikatorer – Trygg förskola', 3, 'Andel nöjda vårdnadshavare')
	]);

	it('gives the same PDF text as rendering in place, and the Word file', async () => {
		const apart = await renderApart(model, 'pdf');
		expect(pdfText(apart.bytes)).toBe(pdfText(await renderPdf(model)));
		expect(pdfText(apart.bytes)).toContain('Andel nöjda vårdnadshavare 3 92 % 95 % Tertial');
		// The process reports its own peak: at least Node itself, tens of MB.
		expect(apart.peakRssBytes).toBeGreaterThan(20 * 1024 * 1024);

		const docx = unzipSync((await renderApart(model, 'docx')).bytes);
		expect(strFromU8(docx['word/document.xml'])).toContain('Mål för verksamhetsområdet: Trygg förskola');
	});

	it('rejects with the render process’s reason when it fails, and with Zod’s when the request is wrong', async () => {
		const broken = { ...model, body: [{ type: 'table', caption: 'Utan kolumner', rows: [{ cells: [{ text: 'x' }] }] }] } as unknown as DocumentModel;
		await expect(renderApart(broken, 'pdf')).rejects.toThrow(/^Dokumentet kunde inte skapas: \S/);
		await expect(renderApart(model, 'odt' as RenderedFormat)).rejects.toThrow(/Dokumentet kunde inte skapas: .*pdf.*docx/s);
		await expect(renderApart({ ...model, language: 'sv-SE' as DocumentLanguage, body: 'nej' } as unknown as DocumentModel, 'pdf')).rejects.toThrow(
			/Dokumentet kunde inte skapas/
		);
	});

	it('leaves the server’s own thread free while a compilation of hundreds of pages is laid out', async () => {
		// 80 units of six pages each lay out in several seconds of synchronous work (1,4–1,8 s for
		// 60 units on the development machine even unloaded): rendered in place, no timer could fire
		// meanwhile. Apart, this process only waits; a 50 ms timer keeps firing.
		let longestGap = 0;
		let last = performance.now();
		const tick = () => {
			const now = performance.now();
			longestGap = Math.max(longestGap, now - last);
			last = now;
		};
		const timer = setInterval(tick, 50);
		try {
			const { bytes } = await renderApart(compilationDocument(80), 'pdf');
			// The stretch since the last tick counts too: a render in place never lets the timer fire at all.
			tick();
			expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
		} finally {
			clearInterval(timer);
		}
		expect(longestGap).toBeLessThan(1000);
	}, 120_000);
});
