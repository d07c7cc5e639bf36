/** Interface texts of the follow-up's dashboard pages (Swedish first; English beside). */
export const svDashboard = {
	// keys are prefixed 'dashboard' … e.g. dashboardHeading: '…'
} as const;

export const enDashboard: Record<keyof typeof svDashboard, string> = {};
