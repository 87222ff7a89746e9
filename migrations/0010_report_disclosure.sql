CREATE TABLE "report_thresholds" (
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"threshold" integer NOT NULL,
	CONSTRAINT "report_thresholds_organisation_id_year_pk" PRIMARY KEY("organisation_id","year")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "record_key" smallint DEFAULT floor(random() * 256)::smallint NOT NULL;--> statement-breakpoint
ALTER TABLE "report_thresholds" ADD CONSTRAINT "report_thresholds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;