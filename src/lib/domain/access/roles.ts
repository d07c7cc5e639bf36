/** The roles a user can hold on an organisation; each applies to that organisation and everything below it. */
export const roles = ['reader', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleNames: Record<Role, string> = {
	reader: 'Läsare',
	editor: 'Redaktör',
	reviewer: 'Granskare/Godkännare',
	admin: 'Administratör'
};
