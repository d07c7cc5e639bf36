/** Interface texts of the follow-up's report pages (Swedish first; English beside). */
export const svReport = {
	// keys are prefixed 'report' … e.g. reportHeading: '…'
} as const;

export const enReport: Record<keyof typeof svReport, string> = {};
