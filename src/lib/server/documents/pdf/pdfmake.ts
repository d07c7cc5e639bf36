import { createRequire } from 'node:module';
import type { TFontDictionary } from 'pdfmake/interfaces';

type Pdfmake = typeof import('pdfmake');

/**
 * The Roboto files pdfmake ships, found through Node's resolution from this module, so the same
 * code works from the repository, under vitest and from the built server (pdfmake stays an
 * external dependency of the build, so node_modules/pdfmake is there at run time).
 */
function robotoFonts(): TFontDictionary {
	const require = createRequire(import.meta.url);
	const file = (name: string) => require.resolve(`pdfmake/fonts/Roboto/${name}`);
	return {
		Roboto: {
			normal: file('Roboto-Regular.ttf'),
			bold: file('Roboto-Medium.ttf'),
			italics: file('Roboto-Italic.ttf'),
			bolditalics: file('Roboto-MediumItalic.ttf')
		}
	};
}

let configured: Promise<Pdfmake> | null = null;

/**
 * pdfmake (a CommonJS singleton: fonts and policies are process-wide), loaded on the first
 * document, not at server start, and configured once: the Roboto fonts, and policies under
 * which a document can fetch no URL and read no file but those fonts. Setting both policies
 * also silences the warnings pdfmake prints on every document when they are missing.
 */
export function loadPdfmake(): Promise<Pdfmake> {
	configured ??= import('pdfmake').then(({ default: pdfmake }) => {
		const fonts = robotoFonts();
		const fontFiles = new Set(Object.values(fonts).flatMap((font) => Object.values(font) as string[]));
		pdfmake.setFonts(fonts);
		pdfmake.setUrlAccessPolicy(() => false);
		pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));
		return pdfmake;
	});
	return configured;
}
