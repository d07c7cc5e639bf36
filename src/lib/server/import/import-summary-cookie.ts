/** The cookie that carries an import's summary across the redirect to the plan page (import-summary.ts). */
export const IMPORT_SUMMARY_COOKIE = 'verksam_import_summary';
