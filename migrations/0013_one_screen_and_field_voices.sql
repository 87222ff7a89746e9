ALTER TABLE "choice_options" ADD COLUMN "voice" text;--> statement-breakpoint
ALTER TABLE "choice_options" ADD COLUMN "notes_voice" text;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "why_voice" text;--> statement-breakpoint
ALTER TABLE "supports" ADD COLUMN "how_to_reach_voice" text;--> statement-breakpoint
ALTER TABLE "plan_events" ADD COLUMN "at_one_screen" boolean DEFAULT false NOT NULL;