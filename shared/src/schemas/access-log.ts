import { z } from 'zod';
import { zRole } from '../roles.js';
import { zId, zInt8IdString, zIsoDateTime } from './common.js';

export const accessOutcomes = ['allowed', 'denied'] as const;
export const zAccessOutcome = z.enum(accessOutcomes);

/** One row of "who has looked at my record", as the participant sees it. */
export const zAccessLogEntry = z.object({
  id: z.string(),
  at: zIsoDateTime,
  actor: z.object({ id: zId.nullable(), name: z.string(), role: zRole.nullable() }),
  action: z.string(),
  outcome: zAccessOutcome,
});
export type AccessLogEntry = z.infer<typeof zAccessLogEntry>;

export const zAccessLogQuery = z.strictObject({
  before: zInt8IdString.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const zAccessLogPage = z.object({
  entries: z.array(zAccessLogEntry),
  nextBefore: z.string().nullable(),
});
export type AccessLogPage = z.infer<typeof zAccessLogPage>;
