CREATE TABLE "language_nudge_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"staff_role" text NOT NULL,
	"term_key" text NOT NULL,
	"outcome" text NOT NULL,
	"record_key" smallint NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "language_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"language" text NOT NULL,
	"label" text NOT NULL,
	"variants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"alternative" text DEFAULT '' NOT NULL,
	"why" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "language_terms_off" (
	"organisation_id" uuid NOT NULL,
	"term_key" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "language_terms_off_organisation_id_term_key_pk" PRIMARY KEY("organisation_id","term_key")
);
--> statement-breakpoint
ALTER TABLE "language_nudge_events" ADD CONSTRAINT "language_nudge_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "language_terms" ADD CONSTRAINT "language_terms_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "language_terms_off" ADD CONSTRAINT "language_terms_off_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "language_nudge_events_org_at_idx" ON "language_nudge_events" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "language_terms_org_idx" ON "language_terms" USING btree ("organisation_id","created_at");