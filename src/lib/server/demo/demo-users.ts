import type { Role } from '../../domain/access/roles';

/** The demo city's password for every demo account; shown on the sign-in page in demo mode only. */
export const demoPassword = 'exempelstad-demo';

export interface DemoUser {
	username: string;
	displayName: string;
	role: Role;
	/** The organisation the role is held on (and everything below it). */
	organisationSlug: string;
	/** What the account is for, shown beside it on the sign-in page. */
	description: string;
}

/** One account per role on the demo organisations. */
export const demoUsers: DemoUser[] = [
	{ username: 'admin', displayName: 'Anna Administratör', role: 'admin', organisationSlug: 'exempelstad', description: 'Administratör för Exempelstad: målramverk, målmodell och användare' },
	{ username: 'granskare', displayName: 'Gustav Granskare', role: 'reviewer', organisationSlug: 'norrvikens-stadsdelsnamnd', description: 'Granskare och godkännare för Norrvikens stadsdelsnämnd' },
	{ username: 'redaktor', displayName: 'Rut Redaktör', role: 'editor', organisationSlug: 'norrvikens-stadsdelsnamnd', description: 'Redaktör för alla enheter i Norrvikens stadsdelsnämnd' },
	{ username: 'enhetschef', displayName: 'Elin Enhetschef', role: 'editor', organisationSlug: 'familjeenheten', description: 'Redaktör för Familjeenheten' },
	{ username: 'lasare', displayName: 'Leo Läsare', role: 'reader', organisationSlug: 'exempelstad', description: 'Läsare i hela Exempelstad' }
];
