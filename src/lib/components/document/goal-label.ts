// The pages outside the document components still import the labels from here; the one copy is the domain's.
export { goalLabel, shorten, paragraphs } from '$lib/domain/document/goal-label';
