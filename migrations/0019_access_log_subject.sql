ALTER TABLE "access_log" ADD COLUMN "subject_user_id" uuid;--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "access_log" USING btree ("subject_user_id","id");