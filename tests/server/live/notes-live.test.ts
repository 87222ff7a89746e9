import type { AccessLogEntry } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveTestClient } from '../../helpers/live-client.js';
import { type createCast, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { connectAndSubscribe, subscribe } from './live-fixtures.js';
import { notesAppForFile } from './notes-fixtures.js';

/**
 * Notes, live and guarded: both people see a note change as it happens, and only the people the
 * note is about and their partner can read it (every read logged for the person).
 */
const notes = notesAppForFile();
const { send, endedSession, draft, notesOf } = notes;
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
let other: Awaited<ReturnType<typeof createCast>>;
let participant: SignedInPerson;
let pid: string;
beforeAll(() => {
  ({ t, baseUrl, cast, other, participant, pid } = notes.current());
});

describe('live: both people see the note as it changes, without reloading', () => {
  const sockets: LiveTestClient[] = [];
  afterAll(() => {
    for (const s of sockets) s.close();
  });
  const follow = async (who: SignedInPerson) => {
    const { client } = await connectAndSubscribe(baseUrl, who, pid);
    sockets.push(client);
    return client;
  };
  const notices = (c: LiveTestClient, noteId: string) => c.all('note').filter((m) => m.noteId === noteId).length;

  it('drafting, the person’s view, their answer and amendments each reach both sockets; a refused change sends nothing', async () => {
    const person = await follow(participant);
    const specialist = await follow(cast.specialist);
    const session = await endedSession();

    const note = await draft(session);
    for (const c of [person, specialist]) {
      // The session now shows it has its note, and the note itself is named…
      await c.waitFor('session', (m) => m.session.id === session.id && m.session.hasNote);
      const notice = await c.waitFor('note', (m) => m.noteId === note.id);
      // …but none of its text travels on the socket: each reads it over REST, authorized and logged.
      expect(notice).toEqual({ type: 'note', participantId: pid, noteId: note.id });
    }

    const view = await send(participant, 'PUT', `/api/notes/${note.id}/participant-view`, {
      version: 1,
      view: 'I chose it myself.',
    });
    expect(view.statusCode).toBe(200);
    await specialist.waitFor('note', () => notices(specialist, note.id) === 2);

    // A stale edit is refused and changes nothing, so nobody is told of a change.
    const stale = await send(cast.specialist, 'PATCH', `/api/notes/${note.id}`, { version: 1, chosen: 'Other.' });
    expect(stale.statusCode).toBe(409);
    const signed = await send(participant, 'POST', `/api/notes/${note.id}/respond`, {
      version: 2,
      response: 'co-signed',
    });
    expect(signed.statusCode).toBe(200);
    await specialist.waitFor('note', () => notices(specialist, note.id) === 3);

    const amended = await send(cast.specialist, 'POST', `/api/notes/${note.id}/amendments`, { text: 'Thank you.' });
    expect(amended.statusCode).toBe(200);
    await person.waitFor('note', () => notices(person, note.id) === 4);
    await person.sync();
    await specialist.sync();
    expect([notices(person, note.id), notices(specialist, note.id)]).toEqual([4, 4]);
  });

  it('only people following this person’s plan are told; someone else’s socket hears nothing', async () => {
    // Another organisation's participant cannot follow this plan; following their own, they hear
    // nothing of this person's notes.
    const outsider = await LiveTestClient.connect(baseUrl, other.participant);
    sockets.push(outsider);
    outsider.send({ type: 'subscribe', participantId: pid });
    await outsider.waitFor('error', (m) => m.code === 'not_found' && m.field === 'participantId');
    await subscribe(outsider, other.participant.me.id);
    const person = await follow(participant);
    const note = await draft(await endedSession());
    await person.waitFor('note', (m) => m.noteId === note.id);
    await outsider.sync();
    expect(outsider.all('note')).toEqual([]);
  });
});

describe('who can read notes', () => {
  it('supervisors, admins, unpartnered specialists and other organisations get 404; the reads are logged for the person', async () => {
    const session = await endedSession();
    const note = await draft(session);
    const unpartnered = await invitePerson(t, cast.admin, 'specialist', { name: 'Uma Unpartnered' });
    for (const who of [cast.supervisor, cast.admin, unpartnered, other.specialist, other.participant]) {
      expect((await send(who, 'GET', `/api/notes/${note.id}`)).statusCode, who.me.name).toBe(404);
      expect((await send(who, 'GET', `/api/participants/${pid}/notes`)).statusCode, who.me.name).toBe(404);
      expect(
        (await send(who, 'PATCH', `/api/notes/${note.id}`, { version: 1, workedOn: 'x' })).statusCode,
        who.me.name,
      ).toBe(404);
    }

    expect((await send(cast.specialist, 'GET', `/api/notes/${note.id}`)).statusCode).toBe(200);
    await notesOf(cast.specialist);
    const log = await send(participant, 'GET', '/api/access-log?limit=200');
    const entries = log.json<{ entries: AccessLogEntry[] }>().entries;
    const bySam = (action: string) =>
      entries.filter((e) => e.action === action && e.actor.id === cast.specialist.me.id && e.outcome === 'allowed');
    expect(bySam('note.read').length).toBeGreaterThanOrEqual(1);
    expect(bySam('note.list').length).toBeGreaterThanOrEqual(1);
    expect(bySam('note.draft').length).toBeGreaterThanOrEqual(1);
    expect(
      entries.filter((e) => e.action === 'note.list' && e.actor.id === unpartnered.me.id && e.outcome === 'denied'),
    ).toHaveLength(1);
    expect(entries.filter((e) => e.actor.id === unpartnered.me.id && e.outcome === 'allowed')).toEqual([]);
  });

  it('the person always sees every note about them — including after a partnership ends', async () => {
    const colleague = await invitePerson(t, cast.admin, 'specialist', { name: 'Val Specialist' });
    const created = await send(cast.admin, 'POST', '/api/partnerships', {
      specialistId: colleague.me.id,
      participantId: pid,
    });
    expect(created.statusCode).toBe(201);
    const theirNote = await draft(await endedSession(colleague), colleague);
    const samsNote = await draft(await endedSession());
    const signed = await send(participant, 'POST', `/api/notes/${samsNote.id}/respond`, {
      version: 1,
      response: 'co-signed',
    });
    expect(signed.statusCode).toBe(200);

    // Drafts and locked notes alike, whoever wrote them.
    const all = await notesOf(participant);
    expect(all.map((n) => n.id)).toEqual(expect.arrayContaining([theirNote.id, samsNote.id]));
    expect(all.find((n) => n.id === theirNote.id)?.lockedAt).toBeNull();
    expect(all.find((n) => n.id === samsNote.id)?.lockedAt).not.toBeNull();

    const ended = await send(cast.admin, 'POST', `/api/partnerships/${created.json<{ id: string }>().id}/end`);
    expect(ended.statusCode).toBe(200);
    expect((await send(colleague, 'GET', `/api/notes/${theirNote.id}`)).statusCode).toBe(404);
    const still = await notesOf(participant);
    expect(still.map((n) => n.id).sort()).toEqual(all.map((n) => n.id).sort());
    expect((await send(participant, 'GET', `/api/notes/${theirNote.id}`)).statusCode).toBe(200);
  });
});
