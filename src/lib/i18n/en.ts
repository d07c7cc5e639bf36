import type { sv } from './sv';

export const en: Record<keyof typeof sv, string> = {
	appName: 'Verksam',
	skipToContent: 'Skip to content',
	mainNav: 'Main menu',
	home: 'Home',
	search: 'Search',
	searchLabel: 'Search organisation, goal or indicator',
	language: 'På svenska',
	organisations: 'Organisations',
	breadcrumbs: 'You are here',
	save: 'Save',
	cancel: 'Cancel',
	delete: 'Delete',
	confirmDelete: 'Confirm deletion',
	moveUp: 'Move up',
	moveDown: 'Move down',
	add: 'Add',
	edit: 'Edit',
	saved: 'Saved.',
	formHasErrors: 'The form has errors. Correct what is marked and save again.',
	plan: 'Operational plan',
	document: 'Document',
	framework: 'Goal framework'
};
