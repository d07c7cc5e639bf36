import { z } from 'zod';
import { longText, requiredText } from '../validation';

export const planSectionFields = z.object({
	heading: requiredText('Skriv en rubrik.', 200),
	text: longText
});
export type PlanSectionFields = z.output<typeof planSectionFields>;

/** Headings a unit usually writes (offered as suggestions, any heading is allowed). */
export const suggestedHeadings = {
	introduction: [
		'Enhetens uppdrag',
		'Utvecklingsområden',
		'Organisationsbeskrivning',
		'Ledarskapsidé',
		'Vår värdegrund',
		'Målgrupper och uppdrag',
		'Personalresurser',
		'Styrdokument'
	],
	other: [
		'Kvalitet',
		'Brukardialog',
		'Synpunkter och klagomål',
		'Avvikelsehantering',
		'Jämställdhet och mångfald',
		'Systematiskt kvalitetsarbete'
	]
} as const;
