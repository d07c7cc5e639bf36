const stockholm = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Stockholm',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

/** A moment as Swedish users read it, in Swedish time whatever the server's zone: "2026-02-12 14:05". */
export function formatDateTime(at: Date | string): string {
	return stockholm.format(typeof at === 'string' ? new Date(at) : at);
}
