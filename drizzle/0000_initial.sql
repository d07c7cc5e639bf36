CREATE TABLE "goal_levels" (
	"id" serial PRIMARY KEY NOT NULL,
	"model_id" integer NOT NULL,
	"depth" integer NOT NULL,
	"name" text NOT NULL,
	"owner_kind" text NOT NULL,
	"numbered" boolean DEFAULT true NOT NULL,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "goal_levels_model_depth" UNIQUE("model_id","depth")
);
--> statement-breakpoint
CREATE TABLE "goal_models" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "goal_models_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"goal_model_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "goal_applicability" (
	"goal_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "goal_applicability_goal_id_organisation_id_pk" PRIMARY KEY("goal_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"level_id" integer NOT NULL,
	"parent_id" integer,
	"number" text,
	"title" text NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"indicator_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"target_value" double precision,
	"target_text" text,
	CONSTRAINT "indicator_targets_indicator_id_organisation_id_pk" PRIMARY KEY("indicator_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"goal_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"kind" text DEFAULT 'count' NOT NULL,
	"direction" text DEFAULT 'higher' NOT NULL,
	"periodicity" text DEFAULT 'year' NOT NULL,
	"gender_split" boolean DEFAULT false NOT NULL,
	"council_target_value" double precision,
	"council_target_text" text,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"goal_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"title" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_rows" (
	"id" serial PRIMARY KEY NOT NULL,
	"table_id" integer NOT NULL,
	"label" text NOT NULL,
	"values" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_tables" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"heading" text NOT NULL,
	"columns" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"title" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_sections" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"area" text NOT NULL,
	"heading" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"year" integer NOT NULL,
	"kind" text DEFAULT 'verksamhetsplan' NOT NULL,
	"handler" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"recipient" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_org_year_kind" UNIQUE("organisation_id","year","kind")
);
--> statement-breakpoint
ALTER TABLE "goal_levels" ADD CONSTRAINT "goal_levels_model_id_goal_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."goal_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_goal_model_id_goal_models_id_fk" FOREIGN KEY ("goal_model_id") REFERENCES "public"."goal_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_applicability" ADD CONSTRAINT "goal_applicability_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_applicability" ADD CONSTRAINT "goal_applicability_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_level_id_goal_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."goal_levels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_parent_id_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_rows" ADD CONSTRAINT "budget_rows_table_id_budget_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."budget_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_tables" ADD CONSTRAINT "budget_tables_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_attachments" ADD CONSTRAINT "plan_attachments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_sections" ADD CONSTRAINT "plan_sections_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_applicability_org" ON "goal_applicability" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "goals_parent" ON "goals" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "goals_org_year" ON "goals" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "goals_number_unique" ON "goals" USING btree ("organisation_id","year","number") WHERE "goals"."number" is not null;--> statement-breakpoint
CREATE INDEX "indicator_targets_org" ON "indicator_targets" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "indicators_goal" ON "indicators" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "activities_goal" ON "activities" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "budget_rows_table" ON "budget_rows" USING btree ("table_id");--> statement-breakpoint
CREATE INDEX "budget_tables_plan" ON "budget_tables" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_attachments_plan" ON "plan_attachments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_sections_plan" ON "plan_sections" USING btree ("plan_id");