/** oidc-provider ships no types; the little the tests use of it. */
declare module 'oidc-provider' {
	import type { IncomingMessage, ServerResponse } from 'node:http';

	export interface Account {
		accountId: string;
		claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown>;
	}

	/** The part of Koa's context the tests touch. */
	export interface KoaContext {
		status: number;
		body: unknown;
		response: { get(field: string): string };
		remove(field: string): void;
	}

	export default class Provider {
		/** Koa middleware around every request. */
		use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): this;
		constructor(issuer: string, configuration: Record<string, unknown>);
		/** The provider as a node:http request listener. */
		callback(): (request: IncomingMessage, response: ServerResponse) => void;
		on(event: string, listener: (...args: unknown[]) => void): this;
	}
}
