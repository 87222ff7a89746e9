import { z } from 'zod';
import { zId, zIsoDateTime } from './common.js';
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
