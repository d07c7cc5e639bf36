/** Where an activity stands at a report: Ej påbörjad, Pågående, Avslutad or Försenad. */
export const activityStatuses = ['notStarted', 'ongoing', 'done', 'delayed'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const activityStatusLabel: Record<ActivityStatus, string> = {
	notStarted: 'Ej påbörjad',
	ongoing: 'Pågående',
	done: 'Avslutad',
	delayed: 'Försenad'
};
