-- The follow-up's tables are recorded in change_log like every other table that holds plans.
CREATE TRIGGER indicator_outcomes_history AFTER INSERT OR UPDATE OR DELETE ON indicator_outcomes FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER goal_assessments_history AFTER INSERT OR UPDATE OR DELETE ON goal_assessments FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER activity_followups_history AFTER INSERT OR UPDATE OR DELETE ON activity_followups FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER budget_followups_history AFTER INSERT OR UPDATE OR DELETE ON budget_followups FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
-- Indicators that already exist continue the indicator of the year before with the same owner and
-- name, as link-previous-indicators.ts links new ones.
UPDATE indicators i SET previous_id = m.previous_id
FROM (
	SELECT DISTINCT ON (cur.id) cur.id, prev.id AS previous_id
	FROM indicators cur
	JOIN goals g ON g.id = cur.goal_id
	JOIN indicators prev ON prev.organisation_id = cur.organisation_id AND lower(btrim(prev.name)) = lower(btrim(cur.name))
	JOIN goals pg ON pg.id = prev.goal_id AND pg.year = g.year - 1
	WHERE cur.previous_id IS NULL
	ORDER BY cur.id, prev.id
) m
WHERE i.id = m.id;
