-- Rows keyed by their organisation alone (municipality_settings) had no row key in the history.
CREATE OR REPLACE FUNCTION verksam_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
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
		coalesce(item->>'id', (coalesce(item->>'indicator_id', item->>'goal_id')) || ':' || (item->>'organisation_id'), item->>'organisation_id'),
		org,
		lower(TG_OP),
		old_row,
		new_row
	);
	RETURN NULL;
END
$$;
