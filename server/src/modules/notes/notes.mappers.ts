import type { SessionNote } from '@alongside/shared';
import type { NotesRepo } from './notes.repo.js';

/** A note as the repo reads it (with names and its session's start), and its amendments. */
export type NoteView = NonNullable<Awaited<ReturnType<NotesRepo['findReadable']>>>;
type AmendmentRow = Awaited<ReturnType<NotesRepo['amendments']>>[number];

export function toNote(r: NoteView, amendments: AmendmentRow[]): SessionNote {
  const n = r.note;
  return {
    id: n.id,
    liveSessionId: n.liveSessionId,
    participant: { id: n.participantId, name: r.participantName },
    specialist: { id: n.specialistId, name: r.specialistName },
    sessionStartedAt: r.sessionStartedAt.toISOString(),
    workedOn: n.workedOn,
    chosen: n.chosen,
    nextSteps: n.nextSteps,
    participantView: n.participantView,
    response: n.response,
    lockedAt: n.lockedAt?.toISOString() ?? null,
    amendments: amendments
      .filter((a) => a.amendment.noteId === n.id)
      .map((a) => ({
        id: a.amendment.id,
        author: { id: a.amendment.authorId, name: a.authorName, role: a.amendment.authorRole },
        text: a.amendment.text,
        at: a.amendment.at.toISOString(),
      })),
    version: n.version,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}
