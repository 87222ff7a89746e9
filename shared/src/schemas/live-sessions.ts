import { z } from 'zod';
import { zId, zIsoDateTime, zText, zVersion } from './common.js';

export const sessionModes = ['in-person', 'phone', 'video', 'community'] as const;
export const zSessionMode = z.enum(sessionModes);
export type SessionMode = z.infer<typeof zSessionMode>;

/** How the participant confirmed they were there. */
export const joinMethods = ['own-device', 'shared-screen-code'] as const;
export const zJoinMethod = z.enum(joinMethods);

export const endReasons = ['ended-by-specialist', 'ended-by-participant', 'idle'] as const;
export const zEndReason = z.enum(endReasons);

export const zStartLiveSession = z.strictObject({
  participantId: zId,
  mode: zSessionMode,
  placeLabel: zText(120).optional(),
});
export type StartLiveSession = z.infer<typeof zStartLiveSession>;

const zPerson = z.object({ id: zId, name: z.string() });

/** A peer-support session: who, how, when, who was present, and which plan events happened in it. */
export const zLiveSession = z.object({
  id: zId,
  specialist: zPerson,
  participant: zPerson,
  mode: zSessionMode,
  placeLabel: z.string().nullable(),
  startedAt: zIsoDateTime,
  endedAt: zIsoDateTime.nullable(),
  endReason: zEndReason.nullable(),
  participantJoinedAt: zIsoDateTime.nullable(),
  joinMethod: zJoinMethod.nullable(),
  /** seq numbers of the plan events recorded during the session. */
  eventSeqs: z.array(z.int()),
  hasNote: z.boolean(),
});
export type LiveSession = z.infer<typeof zLiveSession>;
export const zLiveSessionList = z.object({ sessions: z.array(zLiveSession) });

export const zLiveSessionParams = z.strictObject({ liveSessionId: zId });
export const zLiveSessionListQuery = z.strictObject({ participantId: zId.optional() });

/** Shared screen: the participant's own phone shows a short code, typed in at the shared screen. */
export const zPresenceCode = z.object({ code: z.string().regex(/^\d{6}$/), expiresAt: zIsoDateTime });
export const zConfirmPresence = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code.'),
});

// ——— Notes written with the person ———

export const noteResponses = ['co-signed', 'sees-differently'] as const;
export const zNoteResponse = z.enum(noteResponses);

const zNoteText = zText(4000);

/** The message when all three texts of a note are empty (the server's and the form's). */
export const emptyNoteMessage =
  'Write at least one part of the note: what you worked on, what was chosen, or the next steps.';

/** A note says something: a draft with all three texts empty is refused, naming the first. */
export const zDraftNote = z
  .strictObject({
    workedOn: zNoteText,
    chosen: zNoteText,
    nextSteps: zNoteText,
  })
  .refine((n) => [n.workedOn, n.chosen, n.nextSteps].some((text) => text.trim() !== ''), {
    message: emptyNoteMessage,
    path: ['workedOn'],
  });
export type DraftNote = z.infer<typeof zDraftNote>;

export const zEditNote = z.strictObject({
  version: zVersion,
  workedOn: zNoteText.optional(),
  chosen: zNoteText.optional(),
  nextSteps: zNoteText.optional(),
});
export type EditNote = z.infer<typeof zEditNote>;

/** The participant's own view, in their own words; never corrected by anyone. */
export const zParticipantView = z.strictObject({ version: zVersion, view: zNoteText });

export const zRespondToNote = z.strictObject({ version: zVersion, response: zNoteResponse });

export const zAddAmendment = z.strictObject({ text: zText(4000, 1) });

export const zNoteAmendment = z.object({
  id: zId,
  author: z.object({ id: zId, name: z.string(), role: z.enum(['specialist', 'participant']) }),
  text: z.string(),
  at: zIsoDateTime,
});

export const zSessionNote = z.object({
  id: zId,
  liveSessionId: zId,
  participant: zPerson,
  specialist: zPerson,
  sessionStartedAt: zIsoDateTime,
  workedOn: z.string(),
  chosen: z.string(),
  nextSteps: z.string(),
  participantView: z.string().nullable(),
  /** null while a draft; once the participant responds the note is locked. */
  response: zNoteResponse.nullable(),
  lockedAt: zIsoDateTime.nullable(),
  amendments: z.array(zNoteAmendment),
  version: z.int(),
  createdAt: zIsoDateTime,
  updatedAt: zIsoDateTime,
});
export type SessionNote = z.infer<typeof zSessionNote>;
export const zSessionNoteList = z.object({ notes: z.array(zSessionNote) });
