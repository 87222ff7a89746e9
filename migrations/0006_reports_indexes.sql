-- Indexes for the supervisor report (server/src/modules/reports). Custom SQL, not in the drizzle
-- schema files, so the plan and session tables' owners see no change there; drizzle-kit never
-- drops what its snapshots do not know. Each serves "this organisation, this time range".
-- Engaged participants: one probe per participant for "any plan event in the range".
CREATE INDEX IF NOT EXISTS "plan_events_org_participant_at_idx" ON "plan_events" USING btree ("organisation_id", "participant_id", "at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "live_sessions_org_started_idx" ON "live_sessions" USING btree ("organisation_id", "started_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "goals_org_created_idx" ON "goals" USING btree ("organisation_id", "created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "steps_org_done_idx" ON "steps" USING btree ("organisation_id", "done_on") WHERE "done_on" IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "suggestions_org_created_idx" ON "suggestions" USING btree ("organisation_id", "created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "choices_org_created_idx" ON "choices" USING btree ("organisation_id", "created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "check_ins_org_at_idx" ON "check_ins" USING btree ("organisation_id", "at") WHERE "goal_id" IS NOT NULL AND "confidence" IS NOT NULL;
