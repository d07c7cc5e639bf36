import { count, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import * as schema from '../db/schema';
import { municipalitySettings, organisations } from '../db/schema';
import { installGoalModels } from '../goal-models/install-goal-models';
import { createOrganisation, type CreateOrganisationInput, type Organisation } from '../organisations/create-organisation';
import { importFramework } from '../framework/import-framework';
import { importPlan } from '../interchange/import-plan';
import { demoCity, type DemoCity } from './demo-city';
import { demoPassword } from './demo-users';
import { createUser } from '../accounts/create-user';
import { grantRole } from '../accounts/grant-role';
import { submitPlan } from '../workflow/submit-plan';
import { approvePlan } from '../workflow/approve-plan';
import { returnPlan } from '../workflow/return-plan';
import { ensurePlan } from '../plans/ensure-plan';
import { updatePlanHeader } from '../plans/update-plan-header';
import { loadDemoFollowup } from './load-followup';
import { DemoDataError } from './demo-data-error';

export interface DemoLoadOptions {
	/** Called with a Swedish line per step ("Läser in ramverket 2026 …"), for the CLI. */
	onProgress?: (message: string) => void;
}

export interface DemoLoadSummary {
	organisations: number;
	frameworkGoals: number;
	plans: number;
	/** Warnings from the importers; the demo data should give none. */
	warnings: string[];
}


/**
 * Loads the demo city into the database, in one transaction: the goal models, the organisations,
 * each year's framework (KF goals and nämndmål with indicators, activities and applicability),
 * every unit's plan through the plan importer, as a real user's file would come in, the accounts,
 * the units' follow-up through the follow-up use cases, and where each plan and report stands in
 * the workflow (through the workflow's use cases, so fastställda reports are frozen as decided).
 */
export async function loadDemo(db: DbOrTx, city: DemoCity = demoCity, options: DemoLoadOptions = {}): Promise<DemoLoadSummary> {
	const progress = options.onProgress ?? (() => {});
	return db.transaction(async (tx) => {
		const summary: DemoLoadSummary = { organisations: 0, frameworkGoals: 0, plans: 0, warnings: [] };
		const models = await installGoalModels(tx);
		const goalModelId = models[city.municipality.goalModelKey];
		if (!goalModelId) throw new DemoDataError('målmodell', { model: `Målmodellen ${city.municipality.goalModelKey} finns inte.` });

		progress(`Skapar ${city.municipality.name} med nämnder och enheter …`);
		const create = async (input: CreateOrganisationInput): Promise<Organisation> => {
			const result = await createOrganisation(tx, input);
			if (!result.ok) throw new DemoDataError(input.name, result.errors);
			summary.organisations++;
			return result.value;
		};
		const municipality = await create({ ...city.municipality, kind: 'municipality', parentId: null, goalModelId });
		const units = new Map<string, { handler: string; phone: string; committee: string }>();
		for (const committee of city.committees) {
			const committeeRow = await create({ name: committee.name, slug: committee.slug, kind: 'committee', parentId: municipality.id });
			for (const unit of committee.units) {
				await create({ name: unit.name, slug: unit.slug, kind: 'unit', parentId: committeeRow.id });
				units.set(unit.slug, { handler: unit.handler, phone: unit.phone, committee: committee.name });
			}
		}

		for (const framework of city.frameworks) {
			progress(`Läser in målramverket ${framework.year} …`);
			const result = await importFramework(tx, {
				slug: municipality.slug,
				year: framework.year,
				goals: framework.goals,
				applicability: framework.applicability
			});
			if (!result.ok) throw new DemoDataError(`ramverket ${framework.year}`, result.errors);
			summary.frameworkGoals += result.value.goalCount;
			summary.warnings.push(...result.value.warnings);
		}

		for (const years of groupByYear(city.plans)) {
			progress(`Läser in enheternas verksamhetsplaner ${years.year} (${years.plans.length} st) …`);
			for (const entry of years.plans) {
				const unit = units.get(entry.unitSlug);
				// The unit's contact details fill in the header where the plan leaves it out.
				const doc = { handler: unit?.handler, phone: unit?.phone, ...entry.plan };
				const result = await importPlan(tx, { slug: entry.unitSlug, year: entry.year, doc });
				if (!result.ok) throw new DemoDataError(`${entry.unitSlug} ${entry.year}`, result.errors);
				summary.plans++;
				summary.warnings.push(...result.value.warnings.map((w) => `${entry.unitSlug} ${entry.year}: ${w}`));
			}
		}
		const users = city.users ?? [];
		if (users.length) progress(`Skapar demoanvändare (${users.length} st) …`);
		const slugs = new Map<string, number>();
		for (const row of await tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations)) slugs.set(row.slug, row.id);
		for (const demoUser of users) {
			const created = await createUser(tx, { username: demoUser.username, displayName: demoUser.displayName, password: demoPassword });
			if (!created.ok) throw new DemoDataError(demoUser.username, created.errors);
			const organisationId = slugs.get(demoUser.organisationSlug);
			if (organisationId === undefined) throw new DemoDataError(demoUser.username, { organisation: `${demoUser.organisationSlug} finns inte.` });
			await grantRole(tx, created.value.id, organisationId, demoUser.role);
		}
		if (city.followup) {
			progress(`Läser in uppföljningen: utfall, analyser och budget (${city.followup.reports.length} rapporter) …`);
			await loadDemoFollowup(tx, city.followup);
		}
		for (const step of city.workflow ?? []) {
			const organisationId = slugs.get(step.unitSlug);
			if (organisationId === undefined) throw new DemoDataError(step.unitSlug, { organisation: `${step.unitSlug} finns inte.` });
			const what = `${step.unitSlug} ${step.kind ?? 'verksamhetsplan'} ${step.year}`;
			const who = { organisationId, year: step.year, userId: null, kind: step.kind };
			if (step.kind && step.kind !== 'verksamhetsplan') {
				// A report is started with the unit's header, as the plan's import fills in the plan's.
				const report = await ensurePlan(tx, organisationId, step.year, step.kind);
				const unit = units.get(step.unitSlug);
				const header = await updatePlanHeader(tx, report.id, report.version, { handler: unit?.handler ?? '', phone: unit?.phone ?? '', recipient: unit?.committee ?? '' });
				if (!header.ok) throw new DemoDataError(what, header.errors);
			}
			if (step.status === 'draft') continue;
			const submitted = await submitPlan(tx, who);
			if (!submitted.ok) throw new DemoDataError(what, submitted.errors);
			if (step.status === 'returned') {
				const returned = await returnPlan(tx, who, { reason: step.reason });
				if (!returned.ok) throw new DemoDataError(what, returned.errors);
			}
			if (step.status === 'approved') {
				const approved = await approvePlan(tx, who, step);
				if (!approved.ok) throw new DemoDataError(what, approved.errors);
			}
		}
		if (city.publishApprovedPlans) {
			await tx.insert(municipalitySettings).values({ organisationId: municipality.id, publicApprovedPlans: true });
		}
		return summary;
	});
}

function groupByYear(plans: DemoCity['plans']): { year: number; plans: DemoCity['plans'] }[] {
	const years = [...new Set(plans.map((p) => p.year))].sort((a, b) => a - b);
	return years.map((year) => ({ year, plans: plans.filter((p) => p.year === year) }));
}

/** Loads the demo city into an empty database (first start); returns whether it did. */
export async function ensureDemoData(db: DbOrTx, city: DemoCity = demoCity): Promise<boolean> {
	const [{ n }] = await db.select({ n: count() }).from(organisations);
	if (Number(n) > 0) return false;
	await loadDemo(db, city);
	return true;
}

/**
 * Empties the database (every table of the schema, ids restarting at 1) and loads the demo city,
 * in one transaction: if loading fails, the old data is still there.
 */
export async function resetDemo(db: DbOrTx, city: DemoCity = demoCity, options: DemoLoadOptions = {}): Promise<DemoLoadSummary> {
	return db.transaction(async (tx) => {
		options.onProgress?.('Tömmer databasen …');
		const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
		const names = tables.map((t) => `"${getTableName(t)}"`).join(', ');
		await tx.execute(sql.raw(`truncate table ${names} restart identity cascade`));
		return loadDemo(tx, city, options);
	});
}
