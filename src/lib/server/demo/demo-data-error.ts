/** Thrown when the demo data itself is wrong: a bug in demo-city or its content, not a user error. */
export class DemoDataError extends Error {
	constructor(what: string, errors: Record<string, string>) {
		super(`Demodata (${what}): ${Object.values(errors).join(' ')}`);
		this.name = 'DemoDataError';
	}
}
