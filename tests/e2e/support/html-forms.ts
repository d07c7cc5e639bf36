/** The POST forms of a server-rendered page, read from its HTML as a browser would send them. */
import type { Field } from './fuzz-payloads';

const decode = (text: string) =>
	text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The forms of a page by action name ("default" for a form without one), each as the fields it would send. */
export function harvestForms(html: string): Map<string, Field[][]> {
	const forms = new Map<string, Field[][]>();
	for (const [, attributes, inner] of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
		if (!/method="post"/i.test(attributes)) continue;
		const action = /action="[^"]*\?\/([^"&]+)/.exec(attributes)?.[1] ?? 'default';
		const fields: Field[] = [];
		for (const [, tag, attrs, content] of inner.matchAll(/<(input|select|textarea)\b([^>]*)>(?:([\s\S]*?)<\/textarea>)?/g)) {
			const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
			if (!name) continue;
			if (/type="(checkbox|radio)"/.test(attrs) && !/\bchecked\b/.test(attrs)) continue;
			const value = tag === 'textarea' ? (content ?? '') : (/\bvalue="([^"]*)"/.exec(attrs)?.[1] ?? '');
			fields.push([decode(name), decode(value)]);
		}
		forms.set(action, [...(forms.get(action) ?? []), fields]);
	}
	return forms;
}
