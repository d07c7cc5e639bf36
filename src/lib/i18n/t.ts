import { page } from '$app/state';
import { translate, type Locale, type MessageKey } from './index';

/** Translates for the current request's locale (set by hooks.server.ts, passed by the root layout). */
export function t(key: MessageKey): string {
	return translate(((page.data as { locale?: Locale }).locale ?? 'sv') as Locale, key);
}
