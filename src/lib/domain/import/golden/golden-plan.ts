/**
 * The shape of a golden expectation: what a careful person reads out of a seed plan, written by
 * hand (never from an importer's output). A narrower view of verksam-plan/1
 * (src/lib/domain/interchange/plan-format.ts): section texts are left out, only the headings of
 * the introduction and the other sections are kept, so the goldens stay readable.
 */

export interface GoldenIndicator {
	name: string;
	/** Text as written ("70 %", "79"); a blank cell is null. */
	annualTarget: string | null;
	councilTarget: string | null;
	periodicity: string | null;
	/** True when the stage table has Kvinnor and Män rows (Huddinge's etappmål tables). */
	genderSplit?: boolean;
	/** An etappmål table as written: column headings in order, one string value per column a row. */
	stageTable?: { columns: string[]; rows: { label: string; values: string[] }[] };
}

export interface GoldenActivity {
	title: string;
	/** ISO dates as the document gives them ("2014-01-01"). */
	start: string | null;
	end: string | null;
}

export interface GoldenGoal {
	/** The level's name as written, in normal case ("KF:s mål för verksamhetsområdet"). */
	label: string;
	number: string | null;
	title: string;
	children: GoldenGoal[];
	indicators: GoldenIndicator[];
	activities: GoldenActivity[];
}

export interface GoldenBudgetTable {
	heading: string;
	columns: string[];
	/** Values in tkr; a cell without a number (a group heading row) is null. */
	rows: { label: string; values: (number | null)[] }[];
}

export interface GoldenPlan {
	/** File name in /work/shared/seeds; the tests read the copy in src/lib/domain/import/seeds/. */
	seed: string;
	title: string | null;
	organisation: string | null;
	year: number | null;
	introductionHeadings: string[];
	/** Top level of the cascade first, nested by the document's cascade. */
	goals: GoldenGoal[];
	budget: GoldenBudgetTable[];
	otherHeadings: string[];
	attachments: string[];
}
