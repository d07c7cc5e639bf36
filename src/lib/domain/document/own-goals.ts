/** What is read of a goal to know whether the organisation wrote it: the plan's or a report's, live or frozen. */
export interface OwnedGoal {
	ownedHere: boolean;
	children: readonly OwnedGoal[];
}

/** Whether the organisation has written any goal of its own in the cascade. */
export function hasOwnGoals(goals: readonly OwnedGoal[]): boolean {
	return goals.some((g) => g.ownedHere || hasOwnGoals(g.children));
}
