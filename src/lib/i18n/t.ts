import { page } from '$app/state';
import { translate, type Locale, type MessageKey } from './index';

/** Translates for the current request's locale (set by hooks.server.ts, passed by the root layout). */
export function t(key: MessageKey): string {
	return translate(((page.data as { locale?: Locale }).locale ?? 'sv') as Locale, key);
}

/** Translates a text with `{name}` placeholders, e.g. tf('deleteGoalNamed', { title }) for "Ta bort målet {title}". */
export function tf(key: MessageKey, values: Record<string, string | number>): string {
	return t(key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
