import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { activities, goalApplicability, goals, indicatorTargets, indicators, organisations } from '../db/schema';
import { getOrganisation, type OrganisationRow } from '../organisations/get-organisation';
import { ok, refused, type FieldErrors, type Result } from '../result';
import { canonicalGoalSections, goalRef, indicatorValuesFromDoc, isRealDate } from '../interchange/import-plan';
import { parseTarget } from '../../domain/indicators/indicator';
import { goalDocSchema, type GoalDoc } from '../../domain/interchange/plan-format';
import { describeFirstIssue } from '../../domain/interchange/parse-plan-file';
import { organisationKindLabel } from '../../domain/organisation/organisation';
import { linkPreviousIndicators } from '../followup/link-previous-indicators';

export interface ImportFrameworkInput {
	/** The municipality. */
	slug: string;
	year: number;
	/** The cascade without unit goals: KF levels and the committees' goals, in verksam-plan/1's Goal shape. */
	goals: GoalDoc[];
	/**
	 * Committee goal number → slugs of the units it is chosen for. The units also tell which
	 * committee owns the goal; without units it must be the municipality's only committee.
	 * A goal with no units listed applies to every unit below its committee.
	 */
	applicability?: Record<string, string[]>;
}

export interface ImportFrameworkOutcome {
	goalCount: number;
	warnings: string[];
}

const inputSchema = z.object({
	slug: z.string().min(1),
	year: z.number().int().min(2000, 'Året måste vara mellan 2000 och 2100.').max(2100, 'Året måste vara mellan 2000 och 2100.'),
	goals: z.array(goalDocSchema),
	applicability: z.record(z.string(), z.array(z.string())).default({})
});

class FrameworkRefusal extends Error {
	constructor(readonly errors: FieldErrors) {
		super(Object.values(errors).join(' '));
	}
}
/** Refuses with a message; its first letter is capitalised (messages may start with "målet …"). */
function refuse(message: string, field = 'goals'): never {
	throw new FrameworkRefusal({ [field]: message.charAt(0).toUpperCase() + message.slice(1) });
}

/**
 * Creates a municipality's goal framework for a year from documents (the demo city, a council's
 * published framework): KF goals owned by the municipality, committee goals owned by their
 * committee, with sections, indicators (KF:s årsmål, and an annual target as the owner's own),
 * activities and the units each committee goal is chosen for. One transaction; only into a year
 * where the framework is empty.
 */
export async function importFramework(db: DbOrTx, input: ImportFrameworkInput): Promise<Result<ImportFrameworkOutcome>> {
	const parsed = inputSchema.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return refused({ [String(issue.path[0] ?? 'goals')]: describeFirstIssue(parsed.error, input) });
	}
	const data = parsed.data;
	try {
		return ok(await db.transaction((tx) => importInto(tx, data)));
	} catch (error) {
		if (error instanceof FrameworkRefusal) return refused(error.errors);
		throw error;
	}
}

async function importInto(tx: DbOrTx, data: z.output<typeof inputSchema>): Promise<ImportFrameworkOutcome> {
	const { organisation: municipality, levels } = await getOrganisation(tx, data.slug);
	if (municipality.kind !== 'municipality') refuse(`${municipality.name} är ingen kommun; ramverket hör till kommunen.`, 'slug');
	if (levels.length === 0) refuse('Kommunen har ingen målmodell.', 'slug');

	// The municipality's organisations: the tree is small, so one query and a walk in memory.
	const all = await tx.select().from(organisations);
	const byId = new Map(all.map((o) => [o.id, o]));
	const chainOf = (o: OrganisationRow): OrganisationRow[] => {
		const chain = [o];
		let current = o;
		while (current.parentId !== null && byId.has(current.parentId)) {
			current = byId.get(current.parentId)!;
			chain.push(current);
		}
		return chain;
	};
	const below = all.filter((o) => o.id !== municipality.id && chainOf(o).some((a) => a.id === municipality.id));
	const bySlug = new Map(below.map((o) => [o.slug, o]));
	const ownerIds = [municipality.id, ...below.filter((o) => o.kind !== 'unit').map((o) => o.id)];

	const [existing] = await tx
		.select({ id: goals.id })
		.from(goals)
		.where(and(eq(goals.year, data.year), inArray(goals.organisationId, ownerIds)))
		.limit(1);
	if (existing) refuse(`Det finns redan mål i ramverket för ${data.year} i ${municipality.name}. Ett ramverk kan bara importeras till ett tomt år.`, 'year');

	const warnings: string[] = [];
	const numbersByOwner = new Map<number, Set<string>>();
	const usedApplicability = new Set<string>();
	let goalCount = 0;

	const ownerFor = (doc: GoalDoc, depth: number): { owner: OrganisationRow; units: OrganisationRow[] } => {
		const level = levels[depth];
		if (!level) refuse(`${goalRef(doc)} ligger på nivå ${depth + 1}, men kommunens målmodell har bara ${levels.length} nivåer.`);
		if (level.ownerKind === 'municipality') return { owner: municipality, units: [] };
		const kindName = organisationKindLabel[level.ownerKind].toLowerCase();
		if (level.ownerKind === 'unit') refuse(`${goalRef(doc)} ligger på nivån ${level.name}, som enheterna skriver i sina planer; ramverket har bara kommunens och nämndernas mål.`);
		const slugs = doc.number ? (data.applicability[doc.number] ?? []) : [];
		if (doc.number && data.applicability[doc.number]) usedApplicability.add(doc.number);
		const units = slugs.map((slug) => bySlug.get(slug) ?? refuse(`${goalRef(doc)} gäller enheten ${slug}, som inte finns i ${municipality.name}.`, 'applicability'));
		const candidates = new Set(
			units.map((u) => chainOf(u).find((o) => o.kind === level.ownerKind)?.id ?? refuse(`Enheten ${u.name} ligger inte under någon ${kindName}.`, 'applicability'))
		);
		if (candidates.size > 1) refuse(`${goalRef(doc)} gäller enheter under olika organisationer (${level.name} ägs av en ${kindName}).`, 'applicability');
		if (candidates.size === 1) return { owner: byId.get([...candidates][0])!, units };
		const ofKind = below.filter((o) => o.kind === level.ownerKind);
		if (ofKind.length !== 1) refuse(`Det går inte att avgöra vilken ${kindName} som äger ${goalRef(doc)}; ange vilka enheter målet gäller.`, 'applicability');
		return { owner: ofKind[0], units };
	};

	const importGoal = async (doc: GoalDoc, depth: number, parentId: number | null, position: number) => {
		const { owner, units } = ownerFor(doc, depth);
		if (doc.number) {
			const numbers = numbersByOwner.get(owner.id) ?? new Set<string>();
			if (numbers.has(doc.number)) refuse(`Numret ${doc.number} förekommer två gånger bland målen för ${owner.name}.`);
			numbers.add(doc.number);
			numbersByOwner.set(owner.id, numbers);
		}
		const [row] = await tx
			.insert(goals)
			.values({
				year: data.year,
				organisationId: owner.id,
				levelId: levels[depth].id,
				parentId,
				number: doc.number,
				title: doc.title,
				sections: canonicalGoalSections(doc.sections),
				position
			})
			.returning({ id: goals.id });
		goalCount++;
		if (units.length) {
			await tx.insert(goalApplicability).values([...new Set(units.map((u) => u.id))].map((organisationId) => ({ goalId: row.id, organisationId })));
		}
		if (doc.indicators.length) {
			const values = doc.indicators.map((indicator, i) => {
				const result = indicatorValuesFromDoc(indicator, goalRef(doc));
				if (!result.ok) refuse(result.message);
				warnings.push(...result.warnings);
				return { ...result.values, goalId: row.id, organisationId: owner.id, position: i };
			});
			const created = await tx.insert(indicators).values(values).returning({ id: indicators.id, unit: indicators.unit });
			const targets = created.flatMap((c, i) => {
				const indicator = doc.indicators[i];
				const target = parseTarget(indicator.annualTarget, c.unit);
				if (!target.ok) refuse(`Årsmålet för indikatorn ”${indicator.name}” under ${goalRef(doc)} går inte att läsa: ”${indicator.annualTarget}”. ${target.message}`);
				if (target.target.value === null && target.target.text === null) return [];
				return [{ indicatorId: c.id, organisationId: owner.id, targetValue: target.target.value, targetText: target.target.text }];
			});
			if (targets.length) await tx.insert(indicatorTargets).values(targets);
		}
		if (doc.activities.length) {
			for (const a of doc.activities) {
				for (const date of [a.start, a.end]) {
					if (date && !isRealDate(date)) refuse(`Aktiviteten ”${a.title}” under ${goalRef(doc)} har ett datum som inte finns: ${date}.`);
				}
			}
			await tx.insert(activities).values(
				doc.activities.map((a, i) => ({ goalId: row.id, organisationId: owner.id, title: a.title, start: a.start, end: a.end, position: i }))
			);
		}
		for (const [i, child] of doc.goals.entries()) await importGoal(child, depth + 1, row.id, i);
	};

	for (const [i, goal] of data.goals.entries()) await importGoal(goal, 0, null, i);

	for (const number of Object.keys(data.applicability)) {
		if (!usedApplicability.has(number)) warnings.push(`Enheterna för mål ${number} hoppades över: målet finns inte i ramverket.`);
	}
	await linkPreviousIndicators(tx, data.year);
	return { goalCount, warnings };
}
