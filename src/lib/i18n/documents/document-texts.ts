/** Texts inside the generated documents (PDF, Word) that sv.ts does not already have (Swedish first; English beside). */
export const svDocumentTexts = {
	/** The footer's page label: "Sid 3 (12)". */
	docPage: 'Sid'
} as const;

export const enDocumentTexts: Record<keyof typeof svDocumentTexts, string> = {
	docPage: 'Page'
};
