import { z } from 'zod';
import { datesInOrder, datesInOrderMessage, optionalDate, requiredText } from '../validation';

export const activityFields = z
	.object({
		title: requiredText('Skriv aktivitetens namn.', 1000),
		start: optionalDate,
		end: optionalDate
	})
	.refine(datesInOrder, datesInOrderMessage);
export type ActivityFields = z.output<typeof activityFields>;
