/** Interface texts of the follow-up's spreadsheet pages (Swedish first; English beside). */
export const svSpreadsheet = {
	// keys are prefixed 'spreadsheet' … e.g. spreadsheetHeading: '…'
} as const;

export const enSpreadsheet: Record<keyof typeof svSpreadsheet, string> = {};
