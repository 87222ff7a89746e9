CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"data_classes" jsonb NOT NULL,
	"recipient_name" text,
	"recipient_organisation" text,
	"recipient_contact" text,
	"purpose" text NOT NULL,
	"expiry_kind" text NOT NULL,
	"expires_on" text,
	"drafted_by" uuid NOT NULL,
	"drafted_at" timestamp with time zone NOT NULL,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"signed_language" text,
	"signed_text" text,
	"signed_text_sha256" text,
	"representative_name" text,
	"representative_relationship" text,
	"revocation_requested_by" uuid,
	"revocation_requested_at" timestamp with time zone,
	"revocation_request_note" text,
	"revoked_at" timestamp with time zone,
	"revocation_statement" text,
	"ended_at" timestamp with time zone,
	"superseded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"consent_id" uuid NOT NULL,
	"recipient_name" text NOT NULL,
	"recipient_organisation" text,
	"recipient_contact" text,
	"purpose" text NOT NULL,
	"data_classes" jsonb NOT NULL,
	"language" text NOT NULL,
	"disclosed_by" uuid NOT NULL,
	"disclosed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_participant_id_users_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_drafted_by_users_id_fk" FOREIGN KEY ("drafted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_revocation_requested_by_users_id_fk" FOREIGN KEY ("revocation_requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_participant_id_users_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_disclosed_by_users_id_fk" FOREIGN KEY ("disclosed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_owner_idx" ON "consents" USING btree ("organisation_id","participant_id","drafted_at");--> statement-breakpoint
CREATE INDEX "disclosures_owner_idx" ON "disclosures" USING btree ("organisation_id","participant_id","disclosed_at");--> statement-breakpoint
CREATE INDEX "disclosures_consent_idx" ON "disclosures" USING btree ("consent_id");--> statement-breakpoint
-- The disclosure log is append-only (an accounting of disclosures must be complete): a trigger,
-- as for the access log, refuses UPDATE, DELETE and TRUNCATE whatever role the application uses.
CREATE FUNCTION disclosures_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'disclosures is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER disclosures_no_update_delete BEFORE UPDATE OR DELETE ON disclosures
  FOR EACH ROW EXECUTE FUNCTION disclosures_refuse_change();
--> statement-breakpoint
CREATE TRIGGER disclosures_no_truncate BEFORE TRUNCATE ON disclosures
  FOR EACH STATEMENT EXECUTE FUNCTION disclosures_refuse_change();
