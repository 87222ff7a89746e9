import {
  type DraftNote,
  type EditNote,
  type PlanCommand,
  type SessionMode,
  zCommandResult,
  zLiveSession,
  zLiveSessionList,
  zPlanHistoryPage,
  zPlanSnapshot,
  zPlanWellnessPart,
  zPresenceCode,
  zSessionNote,
  zSessionNoteList,
} from '@alongside/shared';
import { call } from './client.js';

/**
 * The plan, session and note parts of the API. Kept apart from `client.ts` so their schemas
 * load with the pages that use them, not with the first screen.
 */
const id = (value: string) => encodeURIComponent(value);
type Signal = AbortSignal | undefined;

export const planApi = {
  plan: {
    snapshot: (participantId: string, signal?: Signal) =>
      call(`/participants/${id(participantId)}/plan`, zPlanSnapshot, { signal }),
    /** The wellness plan with the crisis lines of the person's organisation (the live plan has no crisis lines). */
    wellness: (participantId: string, signal?: Signal) =>
      call(`/participants/${id(participantId)}/plan/wellness`, zPlanWellnessPart, { signal }),
    history: (participantId: string, after: number, signal?: Signal) =>
      call(`/participants/${id(participantId)}/plan/history`, zPlanHistoryPage, {
        query: { after, limit: 500 },
        signal,
      }),
    command: (participantId: string, command: PlanCommand, clientOpId?: string) =>
      call(`/participants/${id(participantId)}/plan/commands`, zCommandResult, {
        method: 'POST',
        body: { clientOpId, command },
      }),
  },
  sessions: {
    list: (participantId: string, signal?: Signal) =>
      call('/live-sessions', zLiveSessionList, { query: { participantId }, signal }),
    start: (participantId: string, mode: SessionMode, placeLabel?: string) =>
      call('/live-sessions', zLiveSession, { method: 'POST', body: { participantId, mode, placeLabel } }),
    join: (liveSessionId: string) => call(`/live-sessions/${id(liveSessionId)}/join`, zLiveSession, { method: 'POST' }),
    end: (liveSessionId: string) => call(`/live-sessions/${id(liveSessionId)}/end`, zLiveSession, { method: 'POST' }),
    /** Shared screen, on the person's own phone: a 6-digit code to type in at their specialist's screen. */
    presenceCode: (liveSessionId: string) =>
      call(`/live-sessions/${id(liveSessionId)}/presence-code`, zPresenceCode, { method: 'POST' }),
    /** Shared screen, at the specialist's: the code from the person's phone. */
    confirmPresence: (liveSessionId: string, code: string) =>
      call(`/live-sessions/${id(liveSessionId)}/confirm-presence`, zLiveSession, { method: 'POST', body: { code } }),
  },
  notes: {
    list: (participantId: string, signal?: Signal) =>
      call(`/participants/${id(participantId)}/notes`, zSessionNoteList, { signal }),
    draft: (liveSessionId: string, body: DraftNote) =>
      call(`/live-sessions/${id(liveSessionId)}/note`, zSessionNote, { method: 'POST', body }),
    /** Fixes the draft (its specialist only), at the `version` it was read at: 409 `stale_version` carries the current note. */
    edit: (noteId: string, body: EditNote) => call(`/notes/${id(noteId)}`, zSessionNote, { method: 'PATCH', body }),
    setView: (noteId: string, version: number, view: string) =>
      call(`/notes/${id(noteId)}/participant-view`, zSessionNote, { method: 'PUT', body: { version, view } }),
    respond: (noteId: string, version: number, response: 'co-signed' | 'sees-differently') =>
      call(`/notes/${id(noteId)}/respond`, zSessionNote, { method: 'POST', body: { version, response } }),
    amend: (noteId: string, text: string) =>
      call(`/notes/${id(noteId)}/amendments`, zSessionNote, { method: 'POST', body: { text } }),
  },
};
