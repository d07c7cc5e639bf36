/** Swedish date and time as users read them: "2026-03-01 14:05", in Swedish time whatever the server's zone. */
const dateTime = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Stockholm',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

export function formatDateTime(at: Date): string {
	return dateTime.format(at);
}

