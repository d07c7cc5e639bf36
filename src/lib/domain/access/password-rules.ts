import { z } from 'zod';

/**
 * Password rules after NIST SP 800-63B: length over composition rules. At least 12 characters,
 * at most 200, not the username, and not one of the passwords every guesser tries first.
 */
const common = new Set(['123456789012', 'qwertyuiopå', 'lösenord1234', 'losenord1234', 'password1234', 'sommar2026!!', 'vinter2026!!', 'verksam12345']);

export const minPasswordLength = 12;

export function passwordProblem(password: string, username: string): string | null {
	if (password.length < minPasswordLength) return `Lösenordet måste ha minst ${minPasswordLength} tecken.`;
	if (password.length > 200) return 'Lösenordet får ha högst 200 tecken.';
	if (password.toLowerCase().includes(username.toLowerCase()) && username.length > 0) return 'Lösenordet får inte innehålla användarnamnet.';
	if (common.has(password.toLowerCase()) || /^(.)\1+$/.test(password)) return 'Lösenordet är för lätt att gissa. Välj ett annat.';
	return null;
}

/** A Zod schema for a new password, given the username it must not contain. */
export function newPassword(username: string) {
	return z.string().superRefine((value, ctx) => {
		const problem = passwordProblem(value, username);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});
}
