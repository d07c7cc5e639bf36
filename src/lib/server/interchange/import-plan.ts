import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import {
	activities,
	budgetRows,
	budgetTables,
	goalApplicability,
	goals,
	indicatorTargets,
	indicators,
	organisations,
	planAttachments,
	planSections,
	plans
} from '../db/schema';
import { getOrganisation, type GoalLevelRow, type OrganisationRow } from '../organisations/get-organisation';
import { ok, refused, type FieldErrors, type Result } from '../result';
import { canonicalSectionName } from '../../domain/goal-model/goal-models';
import { kindForUnit, parsePeriodicity, parseTarget, type Periodicity } from '../../domain/indicators/indicator';
import type { ActivityDoc, GoalDoc, IndicatorDoc, PlanDoc, PlanKind } from '../../domain/interchange/plan-format';
import { parsePlanDoc } from '../../domain/interchange/parse-plan-file';
import { organisationKindLabel } from '../../domain/organisation/organisation';
import { planKindLabel } from '../../domain/plan/plan-title';
import { linkPreviousIndicators } from '../followup/link-previous-indicators';

type GoalRow = typeof goals.$inferSelect;

export interface ImportPlanInput {
	slug: string;
	year: number;
	doc: PlanDoc;
}

export interface ImportPlanOutcome {
	planId: number;
	/** What the import did that the reader should know, such as framework goals it had to create. */
	warnings: string[];
}

const yearSchema = z.number().int().min(2000, 'Året måste vara mellan 2000 och 2100.').max(2100, 'Året måste vara mellan 2000 och 2100.');

/** Thrown inside the transaction to roll it back; turned into a refusal outside. */
class ImportRefusal extends Error {
	constructor(readonly errors: FieldErrors) {
		super(Object.values(errors).join(' '));
	}
}
function capitalised(message: string): string {
	return message.charAt(0).toUpperCase() + message.slice(1);
}
/** Refuses with a message; its first letter is capitalised (messages may start with "målet …"). */
function refuse(message: string, field = 'doc'): never {
	throw new ImportRefusal({ [field]: capitalised(message) });
}

/**
 * Imports one plan document (verksam-plan/1) into an organisation's empty plan for a year, in
 * one transaction: all or nothing.
 *
 * The document's nesting is the cascade; each depth is a level of the municipality's goal model.
 * A goal on a level the organisation itself writes (Enhetsmål for a unit) is created. A goal on a
 * level above (KF:s mål, Nämndmål) belongs to the framework: it is matched against the goal of that
 * year owned by the nearest ancestor of the level's kind, under the matched parent, by number when
 * both have one, else by title; a missing one is created for that ancestor, with a warning.
 * Indicators and activities under framework goals are matched by name/title (created when missing);
 * the organisation's Årsmål is stored as its own target.
 */
export async function importPlan(db: DbOrTx, input: ImportPlanInput): Promise<Result<ImportPlanOutcome>> {
	const year = yearSchema.safeParse(input.year);
	if (!year.success) return refused({ year: year.error.issues[0].message });
	const parsed = parsePlanDoc(input.doc);
	if (!parsed.ok) return refused({ doc: parsed.errors.file });
	try {
		const outcome = await db.transaction((tx) => importInto(tx, input.slug, year.data, parsed.value));
		return ok(outcome);
	} catch (error) {
		if (error instanceof ImportRefusal) return refused(error.errors);
		throw error;
	}
}

/** Section names as canonical ("Arbetsätt" → "Arbetssätt"), empty ones left out. */
export function canonicalGoalSections(sections: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [heading, text] of Object.entries(sections)) {
		if (text.trim() === '') continue;
		const name = canonicalSectionName(heading);
		out[name] = out[name] ? `${out[name]}\n\n${text}` : text;
	}
	return out;
}

async function importInto(tx: DbOrTx, slug: string, year: number, doc: PlanDoc): Promise<ImportPlanOutcome> {
	const { organisation, ancestors, levels } = await getOrganisation(tx, slug);
	if (levels.length === 0) refuse('Kommunen har ingen målmodell.', 'organisation');
	await assertEmptyPlan(tx, organisation, year, doc.kind);

	const warnings: string[] = [];
	const chain = [organisation, ...ancestors];
	const chainIds = chain.map((o) => o.id);
	const ancestorIds = ancestors.map((a) => a.id);

	// The framework of the year as it stands: the ancestors' goals, their indicators, activities and applicability.
	const frameworkGoals: GoalRow[] = ancestorIds.length
		? await tx.select().from(goals).where(and(eq(goals.year, year), inArray(goals.organisationId, ancestorIds)))
		: [];
	const frameworkIds = frameworkGoals.map((g) => g.id);
	const [indicatorRows, activityRows, applicabilityRows] = frameworkIds.length
		? [
				await tx
					.select({ id: indicators.id, goalId: indicators.goalId, name: indicators.name, unit: indicators.unit })
					.from(indicators)
					.where(and(inArray(indicators.goalId, frameworkIds), inArray(indicators.organisationId, ancestorIds))),
				await tx
					.select({ id: activities.id, goalId: activities.goalId, title: activities.title })
					.from(activities)
					// Other units' own activities under a nämndmål are theirs, not the framework's.
					.where(and(inArray(activities.goalId, frameworkIds), inArray(activities.organisationId, ancestorIds))),
				await tx.select().from(goalApplicability).where(inArray(goalApplicability.goalId, frameworkIds))
			]
		: [[], [], []];

	const indicatorsByGoal = groupBy(indicatorRows, (i) => i.goalId);
	const activitiesByGoal = groupBy(activityRows, (a) => a.goalId);
	const applicabilityByGoal = groupBy(applicabilityRows, (a) => a.goalId);
	const siblingsKey = (ownerId: number, levelId: number, parentId: number | null) => `${ownerId}:${levelId}:${parentId ?? '-'}`;
	const siblings = groupBy(frameworkGoals, (g) => siblingsKey(g.organisationId, g.levelId, g.parentId));
	/** Numbers in use per owner for the year (unique per owner and year). */
	const numbersInUse = new Map<number, Set<string>>();
	const useNumber = (ownerId: number, number: string | null) => {
		if (!number) return;
		const set = numbersInUse.get(ownerId) ?? new Set<string>();
		set.add(number);
		numbersInUse.set(ownerId, set);
	};
	frameworkGoals.forEach((g) => useNumber(g.organisationId, g.number));

	const ownerFor = (level: GoalLevelRow, docGoal: GoalDoc): OrganisationRow => {
		const owner = chain.find((o) => o.kind === level.ownerKind);
		if (!owner) {
			refuse(
				`${goalRef(docGoal)} ligger på nivån ${level.name}, som skrivs av en ${organisationKindLabel[level.ownerKind].toLowerCase()}, men ${organisation.name} ligger inte under någon sådan.`
			);
		}
		return owner;
	};

	const parseTargetOrRefuse = (text: string | null, unit: string, what: string, indicator: IndicatorDoc, goal: GoalDoc) => {
		const result = parseTarget(text, unit);
		if (!result.ok) {
			refuse(`${what} för indikatorn ”${indicator.name}” under ${goalRef(goal)} går inte att läsa: ”${text}”. ${result.message}`);
		}
		return result.target;
	};

	/** Values for a new indicator row: the document's optional keys, or what the targets tell. */
	const newIndicator = (indicator: IndicatorDoc, goal: GoalDoc, goalId: number, ownerId: number, position: number) => {
		const values = indicatorValuesFromDoc(indicator, goalRef(goal));
		if (!values.ok) refuse(values.message);
		warnings.push(...values.warnings);
		return { ...values.values, goalId, organisationId: ownerId, position };
	};

	/** Stores the organisation's Årsmål for an indicator; a blank target stores nothing. */
	const targets: (typeof indicatorTargets.$inferInsert)[] = [];
	/** A framework indicator in the plan gets a target row even when blank: the row says the unit chose it. */
	const addTarget = (indicatorId: number, unit: string, indicator: IndicatorDoc, goal: GoalDoc, chosen = false) => {
		const target = parseTargetOrRefuse(indicator.annualTarget, unit, 'Årsmålet', indicator, goal);
		if (target.value === null && target.text === null && !chosen) return;
		const existing = targets.find((t) => t.indicatorId === indicatorId);
		if (existing) Object.assign(existing, { targetValue: target.value, targetText: target.text });
		else targets.push({ indicatorId, organisationId: organisation.id, targetValue: target.value, targetText: target.text });
	};

	const checkDates = (activity: ActivityDoc, goal: GoalDoc) => {
		for (const date of [activity.start, activity.end]) {
			if (date && !isRealDate(date)) refuse(`Aktiviteten ”${activity.title}” under ${goalRef(goal)} har ett datum som inte finns: ${date}.`);
		}
	};

	const ownNumbers = new Set<string>();

	const importGoal = async (docGoal: GoalDoc, depth: number, parent: { row: GoalRow; own: boolean } | null, index: number) => {
		const level = levels[depth];
		if (!level) {
			refuse(`${goalRef(docGoal)} ligger på nivå ${depth + 1}, men kommunens målmodell har bara ${levels.length} nivåer.`);
		}
		// Levels follow depth. A label naming another level of the model (Huddinge's nämnd-formulated
		// "Delmål" under a KF delmål) cannot be kept as written: the goal takes its depth's level.
		if (docGoal.label !== level.name && levels.some((l) => l.name === docGoal.label)) {
			warnings.push(`${capitalised(goalRef(docGoal))} heter ${docGoal.label} i dokumentet men ligger på nivån ${level.name} (nivå ${depth + 1}) och sparas där.`);
		}
		const owner = ownerFor(level, docGoal);
		const own = owner.id === organisation.id;
		let row: GoalRow;

		if (own) {
			if (docGoal.number) {
				if (ownNumbers.has(docGoal.number)) refuse(`Numret ${docGoal.number} förekommer två gånger bland målen för ${organisation.name}.`);
				ownNumbers.add(docGoal.number);
			}
			[row] = await tx
				.insert(goals)
				.values({
					year,
					organisationId: organisation.id,
					levelId: level.id,
					parentId: parent?.row.id ?? null,
					number: docGoal.number,
					title: docGoal.title,
					sections: canonicalGoalSections(docGoal.sections),
					position: index
				})
				.returning();
			if (docGoal.indicators.length) {
				const created = await tx
					.insert(indicators)
					.values(docGoal.indicators.map((ind, i) => newIndicator(ind, docGoal, row.id, organisation.id, i)))
					.returning({ id: indicators.id, unit: indicators.unit });
				created.forEach((c, i) => addTarget(c.id, c.unit, docGoal.indicators[i], docGoal));
			}
			if (docGoal.activities.length) {
				docGoal.activities.forEach((a) => checkDates(a, docGoal));
				await tx.insert(activities).values(
					docGoal.activities.map((a, i) => ({
						goalId: row.id,
						organisationId: organisation.id,
						title: a.title,
						start: a.start,
						end: a.end,
						position: i
					}))
				);
			}
		} else {
			if (parent?.own) {
				refuse(`${goalRef(docGoal)} står under ”${parent.row.title}”, ett eget mål för ${organisation.name}, men hör till ramverket (${level.name}).`);
			}
			const parentId = parent?.row.id ?? null;
			const key = siblingsKey(owner.id, level.id, parentId);
			const candidates = siblings.get(key) ?? [];
			const match = candidates.find((g) =>
				g.number && docGoal.number ? g.number === docGoal.number : g.title.trim() === docGoal.title.trim()
			);
			if (match) {
				row = match;
			} else {
				if (docGoal.number && numbersInUse.get(owner.id)?.has(docGoal.number)) {
					refuse(
						`${goalRef(docGoal)} finns inte i ramverket under ${parent ? goalRef(parent.row) : 'översta nivån'}, och numret ${docGoal.number} används redan av ett annat mål för ${owner.name} ${year}.`
					);
				}
				const position = candidates.reduce((highest, g) => Math.max(highest, g.position), -1) + 1;
				[row] = await tx
					.insert(goals)
					.values({
						year,
						organisationId: owner.id,
						levelId: level.id,
						parentId,
						number: docGoal.number,
						title: docGoal.title,
						sections: canonicalGoalSections(docGoal.sections),
						position
					})
					.returning();
				siblings.set(key, [...candidates, row]);
				useNumber(owner.id, row.number);
				warnings.push(`Skapade ${goalRef(docGoal)} (${level.name}, ${owner.name}) som saknades i ramverket ${year}.`);
			}

			// A goal chosen for some units only must include this one, or the plan would not show it.
			const chosen = applicabilityByGoal.get(row.id) ?? [];
			if (owner.kind !== 'municipality' && chosen.length > 0 && !chosen.some((a) => chainIds.includes(a.organisationId))) {
				await tx.insert(goalApplicability).values({ goalId: row.id, organisationId: organisation.id });
				applicabilityByGoal.set(row.id, [...chosen, { goalId: row.id, organisationId: organisation.id }]);
			}

			const existingIndicators = indicatorsByGoal.get(row.id) ?? [];
			for (const ind of docGoal.indicators) {
				let found = existingIndicators.find((e) => e.name.trim() === ind.name.trim());
				if (!found) {
					const [created] = await tx
						.insert(indicators)
						.values(newIndicator(ind, docGoal, row.id, owner.id, existingIndicators.length))
						.returning({ id: indicators.id, goalId: indicators.goalId, name: indicators.name, unit: indicators.unit });
					existingIndicators.push(created);
					indicatorsByGoal.set(row.id, existingIndicators);
					found = created;
					if (match) warnings.push(`Skapade indikatorn ”${ind.name}” under ${goalRef(docGoal)}, som saknades i ramverket.`);
				}
				addTarget(found.id, found.unit, ind, docGoal, true);
			}

			const existingActivities = activitiesByGoal.get(row.id) ?? [];
			for (const act of docGoal.activities) {
				if (existingActivities.some((e) => e.title.trim() === act.title.trim())) continue;
				checkDates(act, docGoal);
				const [created] = await tx
					.insert(activities)
					.values({
						goalId: row.id,
						// Under an existing framework goal, an activity the framework lacks is the unit's own
						// (as when a unit adds one under a nämndmål); under a goal this import created, the owner's.
						organisationId: match ? organisation.id : owner.id,
						title: act.title,
						start: act.start,
						end: act.end,
						position: existingActivities.length
					})
					.returning({ id: activities.id, goalId: activities.goalId, title: activities.title });
				existingActivities.push(created);
				activitiesByGoal.set(row.id, existingActivities);
				if (match) warnings.push(`Aktiviteten ”${act.title}” under ${goalRef(docGoal)} finns inte i ramverket och lades till som enhetens egen.`);
			}
		}

		for (const [i, child] of docGoal.goals.entries()) {
			await importGoal(child, depth + 1, { row, own }, i);
		}
	};

	for (const [i, goal] of doc.goals.entries()) await importGoal(goal, 0, null, i);
	if (targets.length) await tx.insert(indicatorTargets).values(targets);

	// The plan itself: header, texts, budget and attachments.
	const [existingPlan] = await tx
		.select({ id: plans.id })
		.from(plans)
		.where(and(eq(plans.organisationId, organisation.id), eq(plans.year, year), eq(plans.kind, doc.kind)));
	const header = {
		...(doc.handler !== undefined && { handler: doc.handler }),
		...(doc.phone !== undefined && { phone: doc.phone }),
		...(doc.recipient !== undefined && { recipient: doc.recipient })
	};
	let planId: number;
	if (existingPlan) {
		planId = existingPlan.id;
		if (Object.keys(header).length) await tx.update(plans).set(header).where(eq(plans.id, planId));
	} else {
		[{ id: planId }] = await tx
			.insert(plans)
			.values({ organisationId: organisation.id, year, kind: doc.kind, ...header })
			.returning({ id: plans.id });
	}

	const sections = [
		...doc.introduction.map((s, i) => ({ planId, area: 'introduction' as const, heading: s.heading, text: s.text, position: i })),
		...doc.other.map((s, i) => ({ planId, area: 'other' as const, heading: s.heading, text: s.text, position: i }))
	];
	if (sections.length) await tx.insert(planSections).values(sections);

	for (const [i, table] of doc.budget.entries()) {
		for (const row of table.rows) {
			if (row.values.length > table.columns.length) {
				refuse(`Budgettabellen ”${table.heading}”: raden ”${row.label}” har ${row.values.length} värden men tabellen har ${table.columns.length} kolumner.`);
			}
		}
		const [created] = await tx
			.insert(budgetTables)
			.values({ planId, heading: table.heading, columns: table.columns, position: i })
			.returning({ id: budgetTables.id });
		if (table.rows.length) {
			await tx
				.insert(budgetRows)
				.values(table.rows.map((r, j) => ({ tableId: created.id, label: r.label, values: r.values, position: j })));
		}
	}

	if (doc.attachments.length) {
		await tx.insert(planAttachments).values(doc.attachments.map((title, i) => ({ planId, title, position: i })));
	}

	await linkPreviousIndicators(tx, year);
	return { planId, warnings };
}

/**
 * The stored fields of a new indicator from a document: unit, direction and gender split from
 * Verksam's optional keys, else derived (unit "%" when a target ends in %, kind from the unit);
 * periodicity from its label (År when blank); KF:s årsmål parsed. Pure.
 */
export function indicatorValuesFromDoc(
	indicator: IndicatorDoc,
	where: string
):
	| {
			ok: true;
			values: Pick<
				typeof indicators.$inferInsert,
				'name' | 'unit' | 'kind' | 'direction' | 'periodicity' | 'genderSplit' | 'councilTargetValue' | 'councilTargetText'
			>;
			warnings: string[];
	  }
	| { ok: false; message: string } {
	const warnings: string[] = [];
	const unit =
		indicator.unit ?? ([indicator.annualTarget, indicator.councilTarget].some((t) => (t ?? '').trim().endsWith('%')) ? '%' : '');
	let periodicity: Periodicity = 'year';
	if ((indicator.periodicity ?? '').trim() !== '') {
		const parsed = parsePeriodicity(indicator.periodicity);
		if (parsed) periodicity = parsed;
		else {
			warnings.push(
				`Indikatorn ”${indicator.name}” under ${where} har periodiciteten ”${indicator.periodicity}”, som Verksam inte känner till; den mäts nu per år.`
			);
		}
	}
	const council = parseTarget(indicator.councilTarget, unit);
	if (!council.ok) {
		return {
			ok: false,
			message: `KF:s årsmål för indikatorn ”${indicator.name}” under ${where} går inte att läsa: ”${indicator.councilTarget}”. ${council.message}`
		};
	}
	return {
		ok: true,
		values: {
			name: indicator.name,
			unit,
			kind: kindForUnit(unit),
			direction: indicator.direction ?? 'higher',
			periodicity,
			genderSplit: indicator.genderSplit ?? false,
			councilTargetValue: council.target.value,
			councilTargetText: council.target.text
		},
		warnings
	};
}

/** "målet 1.4.1 ”Titel”", or "målet ”Titel”" without a number: how messages name a goal. */
export function goalRef(goal: { number: string | null; title: string }): string {
	return goal.number ? `målet ${goal.number} ”${goal.title}”` : `målet ”${goal.title}”`;
}

/** True for an ISO date that exists in the calendar (not 2026-02-30). */
export function isRealDate(iso: string): boolean {
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/**
 * Import only fills an empty plan: the organisation has no goals, indicators, activities or
 * targets of its own for the year, and the plan has no texts, budget or attachments.
 */
async function assertEmptyPlan(tx: DbOrTx, organisation: OrganisationRow, year: number, kind: PlanKind): Promise<void> {
	const id = organisation.id;
	// Plain SQL with aliases: one round trip for all seven questions.
	const inPlan = sql`p.organisation_id = ${id} and p.year = ${year} and p.kind = ${kind}`;
	const [content] = await tx
		.select({
			goals: sql<boolean>`exists(select 1 from goals g where g.organisation_id = ${id} and g.year = ${year})`,
			indicators: sql<boolean>`exists(select 1 from indicators i join goals g on g.id = i.goal_id where i.organisation_id = ${id} and g.year = ${year})`,
			activities: sql<boolean>`exists(select 1 from activities a join goals g on g.id = a.goal_id where a.organisation_id = ${id} and g.year = ${year})`,
			targets: sql<boolean>`exists(select 1 from indicator_targets t join indicators i on i.id = t.indicator_id join goals g on g.id = i.goal_id where t.organisation_id = ${id} and g.year = ${year})`,
			sections: sql<boolean>`exists(select 1 from plan_sections s join plans p on p.id = s.plan_id where ${inPlan})`,
			budget: sql<boolean>`exists(select 1 from budget_tables b join plans p on p.id = b.plan_id where ${inPlan})`,
			attachments: sql<boolean>`exists(select 1 from plan_attachments a join plans p on p.id = a.plan_id where ${inPlan})`
		})
		.from(organisations)
		.where(eq(organisations.id, id));
	if (Object.values(content).some((v) => v === true)) {
		refuse(
			`${planKindLabel[kind]} ${year} för ${organisation.name} har redan innehåll (mål, indikatorer, aktiviteter, texter, budget eller bilagor). Import görs bara till en tom plan.`,
			'plan'
		);
	}
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
	const map = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = map.get(k);
		if (list) list.push(item);
		else map.set(k, [item]);
	}
	return map;
}
