import type { LiveSession, SessionNote } from '@alongside/shared';
import { expect } from 'vitest';
import { appForFile } from '../../helpers/app-for-file.js';
import { createCast, type SignedInPerson } from '../../helpers/test-app.js';
import { startLiveApp, startSession } from './live-fixtures.js';

export const draftBody = {
  workedOn: 'Getting to meetings after work.',
  chosen: 'Pat chose the Tuesday evening group.',
  nextSteps: 'Pat will call the group leader on Monday.',
};

/** Every message from an error and the errors it wraps (drizzle wraps the driver's). */
export function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(' | ');
}

/**
 * For a notes test file: the live app with a cast (and another organisation's), started before the
 * file's tests and closed after them, with the steps the note tests share.
 */
export function notesAppForFile() {
  const app = appForFile(async () => {
    const { t, baseUrl } = await startLiveApp();
    return { t, baseUrl, cast: await createCast(t), other: await createCast(t, 'Other Org') };
  });
  const send = (as: SignedInPerson, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: unknown) =>
    app().t.request({ method, url, as, body });

  return {
    /** The app, its cast, the other organisation's cast; the participant and their id. */
    current() {
      const { t, baseUrl, cast, other } = app();
      return { t, baseUrl, cast, other, participant: cast.participant, pid: cast.participant.me.id };
    },
    send,

    /** A session of the cast's specialist with the participant, joined and ended. */
    async endedSession(specialist?: SignedInPerson): Promise<LiveSession> {
      const { t, cast } = app();
      const by = specialist ?? cast.specialist;
      const session = await startSession(t, by, cast.participant.me.id);
      expect((await send(cast.participant, 'POST', `/api/live-sessions/${session.id}/join`)).statusCode).toBe(200);
      expect((await send(by, 'POST', `/api/live-sessions/${session.id}/end`)).statusCode).toBe(200);
      return session;
    },

    async draft(session: LiveSession, specialist?: SignedInPerson): Promise<SessionNote> {
      const res = await send(
        specialist ?? app().cast.specialist,
        'POST',
        `/api/live-sessions/${session.id}/note`,
        draftBody,
      );
      expect(res.statusCode, res.body).toBe(201);
      return res.json<SessionNote>();
    },

    async notesOf(as: SignedInPerson): Promise<SessionNote[]> {
      const res = await send(as, 'GET', `/api/participants/${app().cast.participant.me.id}/notes`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ notes: SessionNote[] }>().notes;
    },

    /** What the database answers a statement with, when it refuses it. */
    failureOf: (statement: string) =>
      app()
        .t.testDb.database.db.execute(statement)
        .then(
          () => undefined,
          (error: unknown) => error,
        ),
  };
}
