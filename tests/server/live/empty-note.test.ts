import type { ErrorBody, LiveSession, SessionNote } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { startSession } from './live-fixtures.js';

/**
 * A note says something. A draft whose three texts are all empty (or only spaces) is refused
 * with a 400 naming the first text box, and no note is made; an edit that would empty every
 * text of a draft is refused the same way and changes nothing.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

const send = (as: SignedInPerson, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) =>
  t.request({ method, url, as, body });

async function endedSession(): Promise<LiveSession> {
  const session = await startSession(t, cast.specialist, cast.participant.me.id);
  expect((await send(cast.participant, 'POST', `/api/live-sessions/${session.id}/join`)).statusCode).toBe(200);
  expect((await send(cast.specialist, 'POST', `/api/live-sessions/${session.id}/end`)).statusCode).toBe(200);
  return session;
}

describe('an empty note', () => {
  it('cannot be drafted: 400 naming the field, with words a person can act on, and no note made', async () => {
    const session = await endedSession();
    const url = `/api/live-sessions/${session.id}/note`;
    for (const body of [
      { workedOn: '', chosen: '', nextSteps: '' },
      { workedOn: '   ', chosen: '\n', nextSteps: ' ' },
    ]) {
      const res = await send(cast.specialist, 'POST', url, body);
      expect(res.statusCode, res.body).toBe(400);
      const error = res.json<ErrorBody>();
      expect(error.field).toBe('workedOn');
      expect(error.message).toContain('Write at least one part of the note');
    }
    const after = await send(cast.specialist, 'GET', `/api/live-sessions/${session.id}`);
    expect(after.json<LiveSession>().hasNote).toBe(false);
    // One text is enough.
    const ok = await send(cast.specialist, 'POST', url, { workedOn: '', chosen: '', nextSteps: 'Call Tuesday.' });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('cannot be made by emptying every text of a draft', async () => {
    const session = await endedSession();
    const created = await send(cast.specialist, 'POST', `/api/live-sessions/${session.id}/note`, {
      workedOn: 'Sleep.',
      chosen: '',
      nextSteps: '',
    });
    const note = created.json<SessionNote>();
    const res = await send(cast.specialist, 'PATCH', `/api/notes/${note.id}`, { version: note.version, workedOn: ' ' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<ErrorBody>()).toMatchObject({ error: 'note_empty', field: 'workedOn' });
    const read = await send(cast.specialist, 'GET', `/api/notes/${note.id}`);
    expect(read.json<SessionNote>()).toMatchObject({ workedOn: 'Sleep.', version: note.version });
  });
});
