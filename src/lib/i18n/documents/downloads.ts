/** Interface texts of downloading documents and the committee's compilation (Swedish first; English beside). */
export const svDownloads = {
	downloadGroup: 'Ladda ner dokumentet',
	downloadPdf: 'Ladda ner PDF',
	downloadDocx: 'Ladda ner Word (docx)',
	/** Heard after the visible text, so a screen reader user knows which document the file is. */
	downloadOf: 'av {title}'
} as const;

export const enDownloads: Record<keyof typeof svDownloads, string> = {
	downloadGroup: 'Download the document',
	downloadPdf: 'Download PDF',
	downloadDocx: 'Download Word (docx)',
	downloadOf: 'of {title}'
};
