import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { docxText, documentXmlText } from './docx-text';

const p = (...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr/>${paragraphs.length ? paragraphs.join('') : '<w:p/>'}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

describe('the text of a Word document', () => {
	it('writes paragraphs as lines and table rows as tab-separated cells, empty cells kept', () => {
		const xml =
			'<w:document><w:body>' +
			p('Nämndmål: 1.1.1 Barn &amp; unga') +
			'<w:p/>' +
			'<w:tbl>' +
			row(cell(p('Indikator')), cell(p('Årsmål')), cell(p('KF:s årsmål'))) +
			row(cell(p('Andel barn'), p('(Redovisas)')), cell(p('85 ', '%')), cell()) +
			'</w:tbl>' +
			'<w:p><w:r><w:t>Inledning</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:delText>borttaget</w:delText></w:r></w:p>' +
			'</w:body></w:document>';
		expect(documentXmlText(xml).split('\n')).toEqual([
			'Nämndmål: 1.1.1 Barn & unga',
			'',
			'Indikator\tÅrsmål\tKF:s årsmål',
			'Andel barn (Redovisas)\t85 %\t',
			'',
			'Inledning\t3',
			''
		]);
	});

	it('refuses a zip without word/document.xml and bytes that are no zip', () => {
		expect(docxText(zipSync({ 'word/styles.xml': strToU8('<x/>') }))).toEqual({ ok: false, reason: 'not-docx' });
		expect(docxText(strToU8('PK\u0003\u0004 trasig'))).toEqual({ ok: false, reason: 'not-docx' });
		expect(docxText(zipSync({ 'word/document.xml': strToU8(`<w:body>${p('Hej')}</w:body>`) }))).toEqual({ ok: true, text: 'Hej\n' });
	});
});
