import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../domain/interchange/parse-plan-file';
import { readPlanDocument } from './read-plan-document';

/**
 * Bad files give a refusal (a Swedish sentence under `file`) or a plan with warnings: never an
 * exception, never a plan file the format's schema would refuse.
 */
async function expectRefusedOrValid(bytes: Uint8Array): Promise<'refused' | 'read'> {
	const result = await readPlanDocument(bytes, 'fil');
	if (!result.ok) {
		expect(Object.keys(result.errors)).toEqual(['file']);
		expect(result.errors.file).toMatch(/^[A-ZÅÄÖ].{10,}[.)]$/);
		return 'refused';
	}
	expect(parsePlanFile(JSON.parse(JSON.stringify(result.value.file))).ok).toBe(true);
	expect(result.value.file.plans.some((p) => p.goals.length > 0)).toBe(true);
	return 'read';
}

const documentXml = (body: string) =>
	`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const smallDocx = zipSync({
	'[Content_Types].xml': strToU8('<Types/>'),
	'word/document.xml': strToU8(documentXml(paragraph('Nämndmål:') + paragraph('Kungsholmen upplevs som trygg') + paragraph('Förväntat resultat') + paragraph('Alla är trygga.')))
});

/** Sets the uncompressed size a zip declares for its entries (local headers and central directory), as a bomb lies about it. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
	const out = zip.slice();
	const view = new DataView(out.buffer);
	for (let i = 0; i + 4 <= out.length; i++) {
		const signature = view.getUint32(i, true);
		if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
		if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
	}
	return out;
}

describe('reading files that are broken or no plan', () => {
	it('the small Word document used below is read as a plan', async () => {
		expect(await expectRefusedOrValid(smallDocx)).toBe('read');
	});

	it('refuses or reads random bytes, never throws', async () => {
		await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => void (await expectRefusedOrValid(bytes))), { numRuns: 150 });
	});

	it('refuses or reads random bytes behind a zip’s or a PDF’s signature', async () => {
		const behind = (magic: number[]) => fc.uint8Array({ maxLength: 2048 }).map((rest) => Uint8Array.from([...magic, ...rest]));
		await fc.assert(
			fc.asyncProperty(fc.oneof(behind([0x50, 0x4b, 0x03, 0x04]), behind([...strToU8('%PDF-1.4\n')])), async (bytes) => void (await expectRefusedOrValid(bytes))),
			{ numRuns: 40 }
		);
	});

	it('refuses a Word document cut off inside its text, and reads one cut only in the zip’s directory after it', async () => {
		// document.xml is the last entry: the central directory (signature PK 1 2) follows its data.
		const directory = smallDocx.findIndex((_, i) => smallDocx[i] === 0x50 && smallDocx[i + 1] === 0x4b && smallDocx[i + 2] === 1 && smallDocx[i + 3] === 2);
		expect(directory).toBeGreaterThan(0);
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 1, max: smallDocx.length - 1 }), async (length) => {
				const outcome = await expectRefusedOrValid(smallDocx.subarray(0, length));
				if (length < directory) expect(outcome).toBe('refused');
			}),
			{ numRuns: 60 }
		);
	});

	it('refuses or reads a PDF cut off at a tenth, half and nine tenths of its length', async () => {
		const pdf = new Uint8Array(readFileSync(new URL('./fixtures/kungsholmen-vuxenenheten-2014.pdf', import.meta.url)));
		for (const share of [0.1, 0.5, 0.9]) await expectRefusedOrValid(pdf.subarray(0, Math.floor(pdf.length * share)));
	});

	it('refuses a zip that holds no Word document', async () => {
		const result = await readPlanDocument(zipSync({ 'word/other.xml': strToU8('<x/>'), 'mimetype': strToU8('application/zip') }), 'arkiv.docx');
		expect(result).toEqual({ ok: false, errors: { file: 'Filen arkiv.docx är en zip-fil men inget Word-dokument (.docx).' } });
	});

	it('refuses a Word bomb, a tiny zip unpacking to a huge document, also one that declares a small size', async () => {
		// 60 MB of spaces inside the document element: more than the 50 MB a plan's document.xml may be.
		const huge = new Uint8Array(60 * 1024 * 1024).fill(0x20);
		huge.set(strToU8('<w:document><w:body>'));
		const bomb = zipSync({ 'word/document.xml': huge }, { level: 1 });
		expect(bomb.length).toBeLessThan(1024 * 1024);
		const refusal = { ok: false, errors: { file: 'Word-dokumentet bomb.docx är för stort för en plan.' } };
		expect(await readPlanDocument(bomb, 'bomb.docx')).toEqual(refusal);
		// The declared size says 1 kB: the inflated bytes are counted as they come and the reading stops.
		expect(await readPlanDocument(declareSize(bomb, 1024), 'bomb.docx')).toEqual(refusal);
	});

	it('refuses a document with no plan in it (a novel) with the warning that no goals were found', async () => {
		const novel = strToU8(
			'Första kapitlet\n\nDet var en kväll i början av maj. Han stod vid fönstret och såg ut över staden, där skorstenarna rökte.\n\nDet var vår, och ingen tänkte på mål.'
		);
		expect(await readPlanDocument(novel, 'roman.txt')).toEqual({
			ok: false,
			errors: { file: 'Ingen plan hittades i roman.txt: inga mål med rubriker som ”Nämndmål” eller ”Åtagande”.' }
		});
	});
});
