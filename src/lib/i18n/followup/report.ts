/** Interface texts of the follow-up's report pages (Swedish first; English beside). */
export const svReport = {
	// Workflow of a report (the plan's texts are in ../sv.ts)
	reportStatusDraftMeaning: 'Enheten skriver rapporten. Den kan ändras och lämnas in till nämnden när den är klar.',
	reportStatusSubmittedMeaning: 'Rapporten är inlämnad till nämnden för granskning. Enheten kan inte ändra den medan den granskas.',
	reportStatusApprovedMeaning: 'Rapporten är fastställd och kan inte ändras. En godkännare kan öppna den igen med en motivering.',
	reportStatusReturnedMeaning: 'Rapporten är återremitterad: enheten ändrar den efter nämndens synpunkter och lämnar in den igen.',
	reportStatusSubmitHeading: 'Lämna in rapporten',
	reportStatusSubmitHelp: 'När rapporten är inlämnad kan enheten inte ändra den förrän granskaren har återremitterat den.',
	reportStatusReturnHeading: 'Återremittera rapporten',
	reportStatusReturnHelp: 'Rapporten går tillbaka till enheten, som ser motiveringen och kan ändra rapporten och lämna in den igen.',
	reportStatusApproveHeading: 'Fastställ rapporten',
	reportStatusApproveHelp: 'Rapporten sparas som den ser ut nu, med utfall och analyser, och går att läsa precis så även om den ändras senare.',
	reportStatusReopenHeading: 'Öppna rapporten igen',
	reportStatusReopenHelp: 'Rapporten blir ett utkast igen. Beslutet och den fastställda versionen finns kvar.',
	reportStatusHistoryCaption: 'Rapportens statusändringar, äldst först',
	reportStatusNoHistory: 'Rapporten har inte lämnats in ännu.',
	reportStatusNoFrozen: 'Rapporten har inte fastställts ännu.',
	reportFrozenNote: 'Så här såg rapporten ut när den fastställdes. Senare ändringar syns inte här.',
	reportFrozenCurrent: 'Se rapporten som den är nu'
} as const;

export const enReport: Record<keyof typeof svReport, string> = {
	reportStatusDraftMeaning: 'The unit is writing the report. It can be changed and submitted to the committee when it is ready.',
	reportStatusSubmittedMeaning: 'The report has been submitted to the committee for review. The unit cannot change it while it is reviewed.',
	reportStatusApprovedMeaning: 'The report is approved and cannot be changed. An approver can reopen it, giving a reason.',
	reportStatusReturnedMeaning: "The report has been returned: the unit changes it after the committee's comments and submits it again.",
	reportStatusSubmitHeading: 'Submit the report',
	reportStatusSubmitHelp: 'Once the report is submitted the unit cannot change it until the reviewer returns it.',
	reportStatusReturnHeading: 'Return the report',
	reportStatusReturnHelp: 'The report goes back to the unit, which sees the reason and can change the report and submit it again.',
	reportStatusApproveHeading: 'Approve the report',
	reportStatusApproveHelp: 'The report is saved as it reads now, with its outcomes and analyses, and stays readable exactly so even if it changes later.',
	reportStatusReopenHeading: 'Reopen the report',
	reportStatusReopenHelp: 'The report becomes a draft again. The decision and the approved version are kept.',
	reportStatusHistoryCaption: "The report's status changes, oldest first",
	reportStatusNoHistory: 'The report has not been submitted yet.',
	reportStatusNoFrozen: 'The report has not been approved yet.',
	reportFrozenNote: 'This is how the report read when it was approved. Later changes are not shown here.',
	reportFrozenCurrent: 'See the report as it is now'
};
