import { z } from 'zod';
import { zAtOneScreen, zClientOpId, zPlanCommand, zPlanEvent } from './commands.js';
import { zRole } from './roles.js';
import { zId, zSeqCursor } from './schemas/common.js';
import { zLiveSession } from './schemas/live-sessions.js';
import { zPlanSnapshot } from './schemas/plan.js';

/**
 * The live channel (`/api/live`): client ⇄ server messages. Every message is validated against
 * these unions on arrival; a bad one gets an `error` naming the problem and the socket stays open.
 */

/** What a person is working on right now (ephemeral, never stored). */
export const zFocus = z
  .strictObject({
    kind: z.enum(['goal', 'step', 'suggestion', 'choice', 'support', 'check-in', 'note']),
    id: zId.optional(),
  })
  .nullable();
export type Focus = z.infer<typeof zFocus>;

export const zLiveClientMessage = z.discriminatedUnion('type', [
  /** Start following a plan. With `lastSeq`, only what was missed is sent (or a fresh snapshot if far behind). */
  z.strictObject({ type: z.literal('subscribe'), participantId: zId, lastSeq: zSeqCursor.optional() }),
  z.strictObject({ type: z.literal('unsubscribe'), participantId: zId }),
  /** A plan command through the same executor as REST; answered by `ack` only after commit. */
  z.strictObject({
    type: z.literal('command'),
    participantId: zId,
    clientOpId: zClientOpId,
    command: zPlanCommand,
    atOneScreen: zAtOneScreen,
  }),
  z.strictObject({ type: z.literal('presence'), participantId: zId, focus: zFocus }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type LiveClientMessage = z.infer<typeof zLiveClientMessage>;

export const zPresenceMember = z.object({ userId: zId, name: z.string(), role: zRole, focus: zFocus });
export type PresenceMember = z.infer<typeof zPresenceMember>;

export const zLiveServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribed'), participantId: zId, seq: z.int() }),
  z.object({ type: z.literal('snapshot'), participantId: zId, plan: zPlanSnapshot }),
  z.object({ type: z.literal('events'), participantId: zId, events: z.array(zPlanEvent) }),
  z.object({ type: z.literal('ack'), clientOpId: z.string(), seq: z.int(), ids: z.array(z.string()) }),
  z.object({
    type: z.literal('nack'),
    clientOpId: z.string(),
    status: z.int(),
    error: z.object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
      current: z.unknown().optional(),
    }),
  }),
  z.object({ type: z.literal('presence'), participantId: zId, members: z.array(zPresenceMember) }),
  z.object({ type: z.literal('session'), participantId: zId, session: zLiveSession }),
  /**
   * A session note about this person was drafted, edited, answered or amended. It names the note
   * and carries none of its text: the client reads it over REST, where the read is authorized and
   * logged like any other.
   */
  z.object({ type: z.literal('note'), participantId: zId, noteId: zId }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string(), field: z.string().optional() }),
  z.object({ type: z.literal('pong') }),
]);
export type LiveServerMessage = z.infer<typeof zLiveServerMessage>;

/** Close codes the client acts on. */
export const liveCloseCodes = {
  /** Too many bad or too many messages. */
  policyViolation: 1008,
  /** The client stopped reading and its outgoing buffer filled up: reconnect and resync. */
  tryAgainLater: 1013,
  /** Access ended (signed out, account disabled, partnership ended): do not reconnect silently. */
  accessEnded: 4003,
} as const;
