import { emptyNoteMessage, type SessionNote } from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { sqlState } from '../../lib/db-errors.js';
import {
  AppError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
} from '../../lib/errors.js';
import type { Announcer } from '../../lib/notify.js';
import type { Audit } from '../access-log/index.js';
import type { LiveSessionsRepo } from '../live-sessions/index.js';
import type { PartnershipsRepo } from '../people/index.js';
import { type NoteView, toNote } from './notes.mappers.js';
import type { NotesRepo } from './notes.repo.js';

/**
 * Session notes are written with the person, never about them behind their back: the specialist
 * drafts, the participant reads the draft, adds their own view in their own words, and co-signs
 * or marks "I see it differently" — which locks the note. After that, changes are append-only
 * amendments. The person can always read every note about them.
 */
export interface NotesDeps {
  notes: Pick<
    NotesRepo,
    | 'findReadable'
    | 'listReadable'
    | 'findByLiveSession'
    | 'amendments'
    | 'participantOfNote'
    | 'participantOfLiveSession'
  >;
  liveSessions: Pick<LiveSessionsRepo, 'findVisible'>;
  partnerships: Pick<PartnershipsRepo, 'findActive'>;
  audit: Pick<Audit, 'record'>;
  /**
   * Each change is announced in its own transaction, so only a committed change is: both people
   * see a draft, the person's view and their answer as they happen. A notice names the note
   * only; each client reads it over REST (authorized and access-logged).
   */
  unitOfWork: UnitOfWork<{
    notes: Pick<NotesRepo, 'updateAt' | 'insert' | 'addAmendment'>;
    announce: Pick<Announcer, 'liveSessionChanged' | 'noteChanged'>;
  }>;
  clock: Clock;
}

export function createNotesService(deps: NotesDeps) {
  const { notes: repo, liveSessions, partnerships, audit, unitOfWork, clock } = deps;

  /**
   * A change is logged once its outcome is known: "allowed" only after it committed, "denied" when
   * the rules, the note's state or its version turned it away — never "allowed" for something
   * that did not happen. An attempt on a note the actor may not read is logged for the person it
   * is about (same organisation only), then answered 404.
   */
  async function logged<T>(
    ctx: RequestContext,
    action: string,
    participantId: string | null,
    change: () => Promise<T>,
  ): Promise<T> {
    try {
      const result = await change();
      if (participantId) await audit.record(ctx, action, [participantId]);
      return result;
    } catch (error) {
      if (participantId && error instanceof AppError && error.status < 500) {
        await audit.record(ctx, action, [participantId], 'denied');
      }
      throw error;
    }
  }

  /** The note as the actor may read it; a note they may not read is a logged refusal of `action`. */
  async function loadFor(ctx: RequestContext, noteId: string, action: string): Promise<NoteView> {
    const row = await repo.findReadable(ctx.actor.organisationId, ctx.actor.userId, noteId);
    if (row) return row;
    const owner = await repo.participantOfNote(ctx.actor.organisationId, noteId);
    if (owner) await audit.record(ctx, action, [owner], 'denied');
    throw new NotFoundError();
  }

  /** A change to a readable note: loaded, then `change` (which checks the rules), then logged. */
  async function changeNote<T>(
    ctx: RequestContext,
    noteId: string,
    action: string,
    change: (row: NoteView) => Promise<T>,
  ): Promise<T> {
    const row = await loadFor(ctx, noteId, action);
    return logged(ctx, action, row.note.participantId, () => change(row));
  }

  async function view(ctx: RequestContext, noteId: string): Promise<SessionNote> {
    const row = await repo.findReadable(ctx.actor.organisationId, ctx.actor.userId, noteId);
    if (!row) throw new NotFoundError();
    return toNote(row, await repo.amendments([noteId]));
  }

  /** A draft change made at `version`: refused with the current note when someone changed it first. */
  async function changeDraft(
    ctx: RequestContext,
    row: NoteView,
    version: number,
    patch: Parameters<NotesRepo['updateAt']>[2],
  ) {
    if (row.note.lockedAt)
      throw new ConflictError('note_locked', 'This note is signed and locked. Add an amendment instead.');
    const updated = await unitOfWork.run(async (tx) => {
      const saved = await tx.notes.updateAt(row.note.id, version, { ...patch, updatedAt: clock.now() });
      if (saved) await tx.announce.noteChanged(saved);
      return saved;
    });
    if (!updated) throw new StaleVersionError(await view(ctx, row.note.id));
    return view(ctx, row.note.id);
  }

  return {
    /** Whom the note or session in a route's parameters is about (for the access hook's refusals). */
    async ownerOf(params: Readonly<Record<string, unknown>>, organisationId: string): Promise<string | null> {
      const { noteId, liveSessionId } = params;
      if (typeof noteId === 'string') return repo.participantOfNote(organisationId, noteId);
      if (typeof liveSessionId === 'string') return repo.participantOfLiveSession(organisationId, liveSessionId);
      return null;
    },

    async list(ctx: RequestContext, participantId: string): Promise<SessionNote[]> {
      const rows = await repo.listReadable(ctx.actor.organisationId, ctx.actor.userId, participantId);
      // No rows can mean "no notes" or "not yours": for someone who may not read, the answer is 404.
      if (rows.length === 0 && ctx.actor.userId !== participantId) {
        const partnered = await partnerships.findActive(ctx.actor.organisationId, ctx.actor.userId, participantId);
        if (!partnered) {
          await audit.record(ctx, 'note.list', [participantId], 'denied');
          throw new NotFoundError();
        }
      }
      await audit.record(ctx, 'note.list', [participantId]);
      const amendments = await repo.amendments(rows.map((r) => r.note.id));
      return rows.map((r) => toNote(r, amendments));
    },

    async get(ctx: RequestContext, noteId: string): Promise<SessionNote> {
      const row = await loadFor(ctx, noteId, 'note.read');
      await audit.record(ctx, 'note.read', [row.note.participantId]);
      return toNote(row, await repo.amendments([noteId]));
    },

    /** The session's specialist drafts the note (one per session). */
    async draft(
      ctx: RequestContext,
      liveSessionId: string,
      input: { workedOn: string; chosen: string; nextSteps: string },
    ) {
      const { actor } = ctx;
      const liveSession = await liveSessions.findVisible(actor.organisationId, actor.userId, liveSessionId);
      if (!liveSession) {
        const owner = await repo.participantOfLiveSession(actor.organisationId, liveSessionId);
        if (owner) await audit.record(ctx, 'note.draft', [owner], 'denied');
        throw new NotFoundError();
      }
      return logged(ctx, 'note.draft', liveSession.session.participantId, async () => {
        if (liveSession.session.specialistId !== actor.userId) {
          throw new ForbiddenError('specialist_drafts', 'The session’s specialist drafts the note, with the person.');
        }
        const noteExists = () => new ConflictError('note_exists', 'This session already has a note. Edit it instead.');
        if (await repo.findByLiveSession(liveSessionId)) throw noteExists();
        const now = clock.now();
        const note = await unitOfWork
          .run(async (tx) => {
            const created = await tx.notes.insert({
              organisationId: actor.organisationId,
              liveSessionId,
              participantId: liveSession.session.participantId,
              specialistId: actor.userId,
              ...input,
              createdAt: now,
              updatedAt: now,
            });
            // The session now has its note (both people's views of it change), and here is the note.
            await tx.announce.liveSessionChanged({ id: liveSessionId, participantId: created.participantId });
            await tx.announce.noteChanged(created);
            return created;
          })
          .catch((error: unknown) => {
            // Sent twice at once: the unique index (one note per session) lets one through.
            throw sqlState(error) === '23505' ? noteExists() : error;
          });
        return view(ctx, note.id);
      });
    },

    async edit(
      ctx: RequestContext,
      noteId: string,
      input: {
        version: number;
        workedOn?: string | undefined;
        chosen?: string | undefined;
        nextSteps?: string | undefined;
      },
    ) {
      return changeNote(ctx, noteId, 'note.edit', (row) => {
        if (row.note.specialistId !== ctx.actor.userId) {
          throw new ForbiddenError('specialist_drafts', 'Only the specialist who drafted the note edits the draft.');
        }
        const { version, ...text } = input;
        // Emptying every text of a draft would leave a note that says nothing: refused like an empty draft.
        const after = { workedOn: row.note.workedOn, chosen: row.note.chosen, nextSteps: row.note.nextSteps, ...text };
        if ([after.workedOn, after.chosen, after.nextSteps].every((t) => (t ?? '').trim() === '')) {
          throw new BadRequestError('note_empty', emptyNoteMessage, 'workedOn');
        }
        return changeDraft(
          ctx,
          row,
          version,
          Object.fromEntries(Object.entries(text).filter(([, v]) => v !== undefined)),
        );
      });
    },

    /** The participant's own view, in their own words. */
    async setParticipantView(ctx: RequestContext, noteId: string, input: { version: number; view: string }) {
      return changeNote(ctx, noteId, 'note.participant-view', (row) => {
        if (row.note.participantId !== ctx.actor.userId) {
          throw new ForbiddenError('participant_only', 'Only the person the note is about adds their view.');
        }
        return changeDraft(ctx, row, input.version, { participantView: input.view || null });
      });
    },

    /** Co-sign, or "I see it differently": either way the note is then locked. */
    async respond(
      ctx: RequestContext,
      noteId: string,
      input: { version: number; response: 'co-signed' | 'sees-differently' },
    ) {
      return changeNote(ctx, noteId, `note.${input.response}`, (row) => {
        if (row.note.participantId !== ctx.actor.userId) {
          throw new ForbiddenError('participant_only', 'Only the person the note is about signs it.');
        }
        return changeDraft(ctx, row, input.version, { response: input.response, lockedAt: clock.now() });
      });
    },

    async amend(ctx: RequestContext, noteId: string, text: string): Promise<SessionNote> {
      return changeNote(ctx, noteId, 'note.amend', async (row) => {
        if (!row.note.lockedAt)
          throw new ConflictError('note_not_locked', 'The note is still a draft: edit it directly.');
        const role = ctx.actor.role;
        if (role !== 'specialist' && role !== 'participant') throw new NotFoundError();
        await unitOfWork.run(async (tx) => {
          await tx.notes.addAmendment({
            organisationId: ctx.actor.organisationId,
            noteId,
            authorId: ctx.actor.userId,
            authorRole: role,
            text,
            at: clock.now(),
          });
          await tx.announce.noteChanged(row.note);
        });
        return view(ctx, noteId);
      });
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
