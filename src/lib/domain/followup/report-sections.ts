/**
 * Headings a unit usually writes in a report's own texts (offered as suggestions; any heading is
 * allowed). The report keeps them like a plan's sections: Inledning before the goals, Övrigt after.
 */
export const reportSuggestedHeadings = {
	introduction: ['Sammanfattning', 'Viktiga händelser under perioden', 'Personal och arbetsmiljö', 'Ekonomi i sammandrag'],
	other: ['Synpunkter och klagomål', 'Avvikelser och lex Sarah', 'Internkontroll', 'Systematiskt kvalitetsarbete', 'Jämställdhet och mångfald']
} as const;
