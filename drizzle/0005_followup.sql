CREATE TABLE "activity_followups" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"status" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_followups_key" UNIQUE("activity_id","organisation_id","period")
);
--> statement-breakpoint
CREATE TABLE "budget_followups" (
	"id" serial PRIMARY KEY NOT NULL,
	"budget_row_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"outcome" double precision,
	"forecast" double precision,
	"comment" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_followups_key" UNIQUE("budget_row_id","period")
);
--> statement-breakpoint
CREATE TABLE "goal_assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"goal_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"level" text DEFAULT 'notJudged' NOT NULL,
	"analysis" text DEFAULT '' NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_assessments_key" UNIQUE("goal_id","organisation_id","period")
);
--> statement-breakpoint
CREATE TABLE "indicator_outcomes" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"status" text NOT NULL,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"respondents" double precision,
	"women_value" double precision,
	"women_numerator" double precision,
	"women_denominator" double precision,
	"women_respondents" double precision,
	"men_value" double precision,
	"men_numerator" double precision,
	"men_denominator" double precision,
	"men_respondents" double precision,
	"total_from_parts" boolean DEFAULT false NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"override_level" text,
	"override_justification" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_outcomes_key" UNIQUE("indicator_id","organisation_id","period")
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "previous_id" integer;--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD COLUMN "partly_band" double precision DEFAULT 0.05 NOT NULL;--> statement-breakpoint
ALTER TABLE "activity_followups" ADD CONSTRAINT "activity_followups_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_followups" ADD CONSTRAINT "activity_followups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_followups" ADD CONSTRAINT "budget_followups_budget_row_id_budget_rows_id_fk" FOREIGN KEY ("budget_row_id") REFERENCES "public"."budget_rows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_followups" ADD CONSTRAINT "budget_followups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_outcomes" ADD CONSTRAINT "indicator_outcomes_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_outcomes" ADD CONSTRAINT "indicator_outcomes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_followups_org_period" ON "activity_followups" USING btree ("organisation_id","period");--> statement-breakpoint
CREATE INDEX "budget_followups_org_period" ON "budget_followups" USING btree ("organisation_id","period");--> statement-breakpoint
CREATE INDEX "goal_assessments_org_period" ON "goal_assessments" USING btree ("organisation_id","period");--> statement-breakpoint
CREATE INDEX "indicator_outcomes_org_period" ON "indicator_outcomes" USING btree ("organisation_id","period");--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_previous_id_indicators_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicators_previous" ON "indicators" USING btree ("previous_id");