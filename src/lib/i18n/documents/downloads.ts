/** Interface texts of downloading documents and the committee's compilation (Swedish first; English beside). */
export const svDownloads = {} as const;

export const enDownloads: Record<keyof typeof svDownloads, string> = {};
