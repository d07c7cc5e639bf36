/**
 * Which goals a unit assesses in its reports: every level of its cascade but the top one. The top
 * level (KF:s inriktningsmål, Huddinge's övergripande mål) is the council's direction, followed up
 * by the council through the area goals below it; a unit assesses the area goals it works under
 * (its contribution to them), the nämndmål and its own goals.
 */
export function isAssessedLevel(depth: number): boolean {
	return depth >= 1;
}
