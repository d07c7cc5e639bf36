-- Every change to the tables that hold plans, frameworks and accounts is recorded in change_log by
-- these triggers, so no code path can change an item without leaving a trace. The acting user is
-- the transaction setting verksam.actor (set by the server for each signed-in request).
CREATE FUNCTION verksam_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	old_row jsonb;
	new_row jsonb;
	item jsonb;
	org integer;
	actor text := nullif(current_setting('verksam.actor', true), '');
BEGIN
	IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD) - 'password_hash'; END IF;
	IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW) - 'password_hash'; END IF;
	IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF;
	item := coalesce(new_row, old_row);
	IF TG_TABLE_NAME = 'organisations' THEN
		org := (item->>'id')::integer;
	ELSIF item ? 'plan_id' THEN
		SELECT organisation_id INTO org FROM plans WHERE id = (item->>'plan_id')::integer;
	ELSIF item ? 'table_id' THEN
		SELECT p.organisation_id INTO org FROM budget_tables b JOIN plans p ON p.id = b.plan_id WHERE b.id = (item->>'table_id')::integer;
	ELSIF TG_TABLE_NAME = 'goal_applicability' THEN
		SELECT organisation_id INTO org FROM goals WHERE id = (item->>'goal_id')::integer;
	ELSE
		org := (item->>'organisation_id')::integer;
	END IF;
	INSERT INTO change_log (user_id, table_name, row_key, organisation_id, operation, old_value, new_value)
	VALUES (
		actor::integer,
		TG_TABLE_NAME,
		coalesce(item->>'id', (coalesce(item->>'indicator_id', item->>'goal_id')) || ':' || (item->>'organisation_id')),
		org,
		lower(TG_OP),
		old_row,
		new_row
	);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_history AFTER INSERT OR UPDATE OR DELETE ON organisations FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER goals_history AFTER INSERT OR UPDATE OR DELETE ON goals FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER goal_applicability_history AFTER INSERT OR UPDATE OR DELETE ON goal_applicability FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER indicators_history AFTER INSERT OR UPDATE OR DELETE ON indicators FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER indicator_targets_history AFTER INSERT OR UPDATE OR DELETE ON indicator_targets FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER activities_history AFTER INSERT OR UPDATE OR DELETE ON activities FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER plans_history AFTER INSERT OR UPDATE OR DELETE ON plans FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER plan_sections_history AFTER INSERT OR UPDATE OR DELETE ON plan_sections FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER budget_tables_history AFTER INSERT OR UPDATE OR DELETE ON budget_tables FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER budget_rows_history AFTER INSERT OR UPDATE OR DELETE ON budget_rows FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER plan_attachments_history AFTER INSERT OR UPDATE OR DELETE ON plan_attachments FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER users_history AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER role_grants_history AFTER INSERT OR UPDATE OR DELETE ON role_grants FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE TRIGGER municipality_settings_history AFTER INSERT OR UPDATE OR DELETE ON municipality_settings FOR EACH ROW EXECUTE FUNCTION verksam_record_change();
--> statement-breakpoint
CREATE FUNCTION verksam_change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'change_log is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log FOR EACH ROW EXECUTE FUNCTION verksam_change_log_append_only();
