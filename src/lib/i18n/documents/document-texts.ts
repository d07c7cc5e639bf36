/** Texts inside the generated documents (PDF, Word) that sv.ts does not already have (Swedish first; English beside). */
export const svDocumentTexts = {} as const;

export const enDocumentTexts: Record<keyof typeof svDocumentTexts, string> = {};
