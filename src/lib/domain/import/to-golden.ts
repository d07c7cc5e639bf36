import type { GoalDoc } from '../interchange/plan-format';
import type { GoldenGoal } from './golden/golden-plan';

/** A parsed goal in the goldens' narrower shape (no section texts), for comparing with a golden. */
export function toGolden(goal: GoalDoc): GoldenGoal {
	return {
		label: goal.label,
		number: goal.number,
		title: goal.title,
		// genderSplit and stageTable are compared where the golden or the parse has them.
		indicators: goal.indicators.map(({ name, annualTarget, councilTarget, periodicity, genderSplit, stageTable }) => ({
			name,
			annualTarget,
			councilTarget,
			periodicity,
			...(genderSplit !== undefined && { genderSplit }),
			...(stageTable !== undefined && { stageTable })
		})),
		activities: goal.activities,
		children: goal.goals.map(toGolden)
	};
}
