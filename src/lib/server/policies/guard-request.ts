import type { DbOrTx } from '../db/client';
import { actions as allActions, may, type Action, type Actor, type Target } from '../../domain/access/policy';
import { loadTarget, type LoadedTarget } from './load-target';
import { actionName, routePolicies, type Requirement } from './route-policies';
import { reportKind, reportPeriodFromSlug } from '../../domain/followup/report-periods';

export type Permissions = Record<Action, boolean>;

export type GuardDecision =
	| { outcome: 'allow'; target: LoadedTarget | null; permissions: Permissions | null }
	| { outcome: 'signIn' }
	| { outcome: 'forbidden' }
	/** The organisation or item does not exist: let the route answer 404. */
	| { outcome: 'notFound' };

export interface RequestFacts {
	routeId: string | null;
	method: string;
	search: string;
	params: Partial<Record<string, string>>;
}

function targetWhere(kind: 'organisation' | 'goal' | 'indicator', params: RequestFacts['params']) {
	if (kind === 'organisation') return params.slug ? { slug: params.slug } : null;
	const id = Number(params.id);
	if (!Number.isSafeInteger(id) || id <= 0) return null;
	return kind === 'goal' ? { goalId: id } : { indicatorId: id };
}

/** Every action of the policy, decided for the actor on the target (the page shows only what is allowed). */
export function permissionsFor(actor: Actor, target: Target): Permissions {
	return Object.fromEntries(allActions.map((a) => [a, may(actor, a, target)])) as Permissions;
}

/** Decides whether a request may run, from the route table and the policy; loads the target once. */
export async function guardRequest(db: DbOrTx, actor: Actor, request: RequestFacts): Promise<GuardDecision> {
	if (request.routeId === null) return { outcome: 'notFound' };
	const policy = routePolicies[request.routeId];
	if (!policy) return { outcome: 'forbidden' };
	const reading = request.method === 'GET' || request.method === 'HEAD';
	const requirement: Requirement | undefined = reading
		? policy.view
		: (policy.actions?.[request.method === 'POST' ? actionName(request.search) : request.method] ??
			policy.actions?.[request.method]);
	if (!requirement) return { outcome: 'forbidden' };

	let target: LoadedTarget | null = null;
	if (policy.target !== 'none') {
		const where = targetWhere(policy.target, request.params);
		if (!where) return { outcome: 'notFound' };
		const year = request.params.year && /^\d{4}$/.test(request.params.year) ? Number(request.params.year) : undefined;
		// A report's pages ([period] = t1, t2, vb) act on that report's status, not the plan's.
		const period = reportPeriodFromSlug(request.params.period);
		target = await loadTarget(db, where, year, period ? reportKind[period] : 'verksamhetsplan');
		if (!target) return { outcome: 'notFound' };
	}
	const permissions = target ? permissionsFor(actor, target) : null;

	const allowed =
		requirement === 'public' ||
		(requirement === 'signedIn' && actor !== null) ||
		(requirement !== 'signedIn' && permissions !== null && permissions[requirement]);
	if (allowed) return { outcome: 'allow', target, permissions };
	return actor === null ? { outcome: 'signIn' } : { outcome: 'forbidden' };
}
