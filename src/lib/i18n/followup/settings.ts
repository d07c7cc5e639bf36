/** Interface texts of the follow-up's settings pages (Swedish first; English beside). */
export const svSettings = {
	// keys are prefixed 'settings' … e.g. settingsHeading: '…'
} as const;

export const enSettings: Record<keyof typeof svSettings, string> = {};
