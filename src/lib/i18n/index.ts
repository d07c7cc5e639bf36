import { sv } from './sv';
import { en } from './en';

/** The interface is Swedish first; English is available (cookie "lang" or the browser's language). */
export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export type MessageKey = keyof typeof sv;

export const messages: Record<Locale, Record<MessageKey, string>> = { sv, en };

export function localeFromRequest(cookie: string | undefined, acceptLanguage: string | null): Locale {
	if (cookie === 'sv' || cookie === 'en') return cookie;
	// Swedish unless the browser asks for English before Swedish.
	const al = (acceptLanguage ?? '').toLowerCase();
	const svAt = al.search(/\bsv\b/);
	const enAt = al.search(/\ben\b/);
	if (enAt >= 0 && (svAt < 0 || enAt < svAt)) return 'en';
	return 'sv';
}

export function translate(locale: Locale, key: MessageKey): string {
	return messages[locale][key] ?? messages.sv[key];
}
