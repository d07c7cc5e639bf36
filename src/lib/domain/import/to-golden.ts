import type { GoalDoc } from '../interchange/plan-format';
import type { GoldenGoal } from './golden/golden-plan';

/** A parsed goal in the goldens' narrower shape (no section texts), for comparing with a golden. */
export function toGolden(goal: GoalDoc): GoldenGoal {
	return {
		label: goal.label,
		number: goal.number,
		title: goal.title,
		indicators: goal.indicators.map(({ name, annualTarget, councilTarget, periodicity }) => ({ name, annualTarget, councilTarget, periodicity })),
		activities: goal.activities,
		children: goal.goals.map(toGolden)
	};
}
