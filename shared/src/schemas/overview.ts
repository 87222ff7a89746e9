import { z } from 'zod';
import { zId, zIsoDateTime } from './common.js';
import { zCalendarDate } from './dates.js';
import { zSessionMode } from './live-sessions.js';

/**
 * The specialist's home: for each person they walk alongside, what matters before the next
 * session. Reading it counts as reading each of those people's plans (access-logged).
 */
export const zPartnerOverview = z.object({
  participant: z.object({ id: zId, name: z.string() }),
  partnershipId: zId,
  since: zIsoDateTime,
  lastSession: z.object({ id: zId, startedAt: zIsoDateTime, mode: zSessionMode, open: z.boolean() }).nullable(),
  /** Suggestions the person has not decided yet (made by anyone). */
  suggestionsWaiting: z.int().min(0),
  /** Up to three steps not yet done, from the person's active goals, in their order. */
  nextSteps: z.array(z.object({ id: zId, text: z.string(), goalTitle: z.string() })),
  activeGoals: z.int().min(0),
});
export type PartnerOverview = z.infer<typeof zPartnerOverview>;
export const zPartnersOverview = z.object({ people: z.array(zPartnerOverview) });
export type PartnersOverview = z.infer<typeof zPartnersOverview>;

/**
 * The person's own home: what is waiting for them, not only links — suggestions to decide, session
 * notes waiting for their view, a few open steps, and referral follow-ups due. One read, logged
 * as the person looking at their own plan.
 */
export const zMyOverview = z.object({
  /** Suggestions for their plan they have not decided yet. */
  suggestionsWaiting: z.int().min(0),
  /** Session notes still drafts: waiting for their view and their answer, the oldest first (up to 3). */
  notesWaiting: z.array(z.object({ id: zId, specialistName: z.string(), sessionStartedAt: zIsoDateTime })),
  notesWaitingCount: z.int().min(0),
  /** Up to three steps not yet done, from their active goals, in their order. */
  nextSteps: z.array(z.object({ id: zId, text: z.string(), goalTitle: z.string() })),
  /** Referrals still open with a follow-up day within the next 7 days or already past, soonest first (up to 3). */
  followUps: z.array(z.object({ id: zId, resourceName: z.string(), followUpOn: zCalendarDate, due: z.boolean() })),
});
export type MyOverview = z.infer<typeof zMyOverview>;
