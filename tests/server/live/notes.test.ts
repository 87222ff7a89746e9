import type { AccessLogEntry, ErrorBody, LiveSession, SessionNote } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { connectAndSubscribe, racing, startLiveApp, startSession, subscribe } from './live-fixtures.js';

/**
 * Notes are written with the person: the specialist drafts, the participant reads it and adds their
 * own view, then co-signs or says "I see it differently" — either locks it. After that only
 * amendments, append-only, each with who and when. The person can always read every note about them.
 */
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
let other: Awaited<ReturnType<typeof createCast>>;
let participant: SignedInPerson;
let pid: string;

beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp());
  cast = await createCast(t);
  other = await createCast(t, 'Other Org');
  participant = cast.participant;
  pid = participant.me.id;
});
afterAll(async () => {
  await t.close();
});

const draftBody = {
  workedOn: 'Getting to meetings after work.',
  chosen: 'Pat chose the Tuesday evening group.',
  nextSteps: 'Pat will call the group leader on Monday.',
};
const send = (as: SignedInPerson, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: unknown) =>
  t.request({ method, url, as, body });

/** A session of the cast's specialist with the participant, joined and ended. */
async function endedSession(specialist = cast.specialist): Promise<LiveSession> {
  const session = await startSession(t, specialist, pid);
  expect((await send(participant, 'POST', `/api/live-sessions/${session.id}/join`)).statusCode).toBe(200);
  expect((await send(specialist, 'POST', `/api/live-sessions/${session.id}/end`)).statusCode).toBe(200);
  return session;
}

async function draft(session: LiveSession, specialist = cast.specialist): Promise<SessionNote> {
  const res = await send(specialist, 'POST', `/api/live-sessions/${session.id}/note`, draftBody);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<SessionNote>();
}

async function notesOf(as: SignedInPerson): Promise<SessionNote[]> {
  const res = await send(as, 'GET', `/api/participants/${pid}/notes`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ notes: SessionNote[] }>().notes;
}

/** Every message from an error and the errors it wraps (drizzle wraps the driver's). */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(' | ');
}
const failureOf = (statement: string) =>
  t.testDb.database.db.execute(statement).then(
    () => undefined,
    (error: unknown) => error,
  );

describe('drafting', () => {
  it('only the session’s specialist drafts; one note per session, even when sent twice at once', async () => {
    const session = await endedSession();
    const url = `/api/live-sessions/${session.id}/note`;

    const byParticipant = await send(participant, 'POST', url, draftBody);
    expect(byParticipant.statusCode).toBe(403);
    expect(byParticipant.json<ErrorBody>().error).toBe('specialist_drafts');
    // Another specialist — even one partnered with the same person — and everyone else: not found.
    const colleague = await invitePerson(t, cast.admin, 'specialist', { name: 'Cam Colleague' });
    const partnered = await send(cast.admin, 'POST', '/api/partnerships', {
      specialistId: colleague.me.id,
      participantId: pid,
    });
    expect(partnered.statusCode).toBe(201);
    for (const who of [colleague, cast.supervisor, cast.admin, other.specialist]) {
      expect((await send(who, 'POST', url, draftBody)).statusCode, who.me.name).toBe(404);
    }

    // Sent twice at once (on PostgreSQL the session row is held so both pass "is there a note yet?").
    const [a, b] = await racing(t, `select 1 from live_sessions where id = '${session.id}' for update`, 2, () => [
      send(cast.specialist, 'POST', url, draftBody),
      send(cast.specialist, 'POST', url, draftBody),
    ]);
    if (!a || !b) throw new Error('two answers expected');
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const note = (a.statusCode === 201 ? a : b).json<SessionNote>();
    expect((a.statusCode === 409 ? a : b).json<ErrorBody>().error).toBe('note_exists');
    expect(note).toMatchObject({
      liveSessionId: session.id,
      participant: { id: pid, name: 'Pat Participant' },
      specialist: { id: cast.specialist.me.id, name: 'Sam Specialist' },
      ...draftBody,
      participantView: null,
      response: null,
      lockedAt: null,
      amendments: [],
      version: 1,
    });
    const after = await send(cast.specialist, 'GET', `/api/live-sessions/${session.id}`);
    expect(after.json<LiveSession>().hasNote).toBe(true);
  });
});

describe('with the person: view, co-sign, lock, amendments', () => {
  let note: SessionNote;
  beforeAll(async () => {
    note = await draft(await endedSession());
  });

  it('the participant reads the draft and adds their own view, in their own words; the specialist cannot', async () => {
    const read = await send(participant, 'GET', `/api/notes/${note.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<SessionNote>()).toMatchObject(draftBody);

    const bySpecialist = await send(cast.specialist, 'PUT', `/api/notes/${note.id}/participant-view`, {
      version: 1,
      view: 'Pat agrees with everything.',
    });
    expect(bySpecialist.statusCode).toBe(403);
    expect(bySpecialist.json<ErrorBody>().error).toBe('participant_only');

    // Words a staff member would be nudged about are the person's to use: stored exactly.
    const ownWords = 'I have been clean 40 days and I want the Tuesday group, not the Monday one.';
    const res = await send(participant, 'PUT', `/api/notes/${note.id}/participant-view`, {
      version: 1,
      view: ownWords,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<SessionNote>()).toMatchObject({ participantView: ownWords, version: 2, lockedAt: null });
    note = res.json<SessionNote>();
  });

  it('an edit made against an older version is refused with 409 and the current note, never overwriting', async () => {
    const stale = await send(cast.specialist, 'PATCH', `/api/notes/${note.id}`, {
      version: 1,
      nextSteps: 'Something else.',
    });
    expect(stale.statusCode).toBe(409);
    const body = stale.json<ErrorBody>();
    expect(body.error).toBe('stale_version');
    expect(body.current).toMatchObject({
      id: note.id,
      version: 2,
      participantView: note.participantView,
      nextSteps: draftBody.nextSteps,
    });

    const staleView = await send(participant, 'PUT', `/api/notes/${note.id}/participant-view`, {
      version: 1,
      view: 'Older.',
    });
    expect(staleView.statusCode).toBe(409);
    expect(staleView.json<ErrorBody>().current).toMatchObject({ version: 2, participantView: note.participantView });

    const edited = await send(cast.specialist, 'PATCH', `/api/notes/${note.id}`, {
      version: 2,
      nextSteps: 'Pat will call the group leader on Monday, and tell Sam how it went.',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    note = edited.json<SessionNote>();
    expect(note).toMatchObject({ version: 3, participantView: expect.stringContaining('Tuesday group') });
    // The participant cannot edit the specialist's text (they add their view instead).
    expect((await send(participant, 'PATCH', `/api/notes/${note.id}`, { version: 3, workedOn: 'x' })).statusCode).toBe(
      403,
    );
  });

  it('amendments wait for the lock; co-signing locks the note against every later change', async () => {
    const early = await send(cast.specialist, 'POST', `/api/notes/${note.id}/amendments`, { text: 'Too early.' });
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorBody>().error).toBe('note_not_locked');
    expect(
      (await send(cast.specialist, 'POST', `/api/notes/${note.id}/respond`, { version: 3, response: 'co-signed' }))
        .statusCode,
    ).toBe(403);

    const signed = await send(participant, 'POST', `/api/notes/${note.id}/respond`, {
      version: 3,
      response: 'co-signed',
    });
    expect(signed.statusCode, signed.body).toBe(200);
    note = signed.json<SessionNote>();
    expect(note.response).toBe('co-signed');
    expect(note.lockedAt).not.toBeNull();

    for (const [as, method, url, body] of [
      [cast.specialist, 'PATCH', `/api/notes/${note.id}`, { version: note.version, workedOn: 'Rewritten.' }],
      [
        participant,
        'PUT',
        `/api/notes/${note.id}/participant-view`,
        { version: note.version, view: 'Changed my mind.' },
      ],
      [participant, 'POST', `/api/notes/${note.id}/respond`, { version: note.version, response: 'sees-differently' }],
    ] as const) {
      const res = await send(as, method, url, body);
      expect(res.statusCode, url).toBe(409);
      expect(res.json<ErrorBody>().error).toBe('note_locked');
    }
    // Not even the application's own connection can change it: the database refuses.
    const failure = await failureOf(
      `update session_notes set worked_on = 'Rewritten behind their back' where id = '${note.id}'`,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(messages(failure)).toContain('locked');
    expect(await failureOf(`delete from session_notes where id = '${note.id}'`)).toBeInstanceOf(Error);
    const now = await send(participant, 'GET', `/api/notes/${note.id}`);
    expect(now.json<SessionNote>()).toEqual(note);
  });

  it('amendments are appended with who and when, and can be neither changed nor removed', async () => {
    t.clock.advance(60_000);
    const first = await send(cast.specialist, 'POST', `/api/notes/${note.id}/amendments`, {
      text: 'Correction: the group meets at 6:30, not 6.',
    });
    expect(first.statusCode, first.body).toBe(200);
    t.clock.advance(60_000);
    const second = await send(participant, 'POST', `/api/notes/${note.id}/amendments`, {
      text: 'I went on Tuesday. It helped.',
    });
    expect(second.statusCode).toBe(200);
    const amendments = second.json<SessionNote>().amendments;
    expect(amendments).toHaveLength(2);
    expect(amendments[0]).toMatchObject({
      author: { id: cast.specialist.me.id, name: 'Sam Specialist', role: 'specialist' },
      text: 'Correction: the group meets at 6:30, not 6.',
    });
    expect(amendments[1]).toMatchObject({
      author: { id: pid, name: 'Pat Participant', role: 'participant' },
      text: 'I went on Tuesday. It helped.',
    });
    expect(Date.parse(amendments[1]?.at ?? '') - Date.parse(amendments[0]?.at ?? '')).toBe(60_000);
    // The signed text itself is unchanged.
    expect(second.json<SessionNote>()).toMatchObject({
      ...draftBody,
      nextSteps: note.nextSteps,
      version: note.version,
    });

    for (const statement of [
      `update note_amendments set text = 'Never mind' where note_id = '${note.id}'`,
      `delete from note_amendments where note_id = '${note.id}'`,
    ]) {
      const failure = await failureOf(statement);
      expect(failure, statement).toBeInstanceOf(Error);
      expect(messages(failure)).toContain('append-only');
    }
    expect((await send(participant, 'GET', `/api/notes/${note.id}`)).json<SessionNote>().amendments).toEqual(
      amendments,
    );
    // Outsiders cannot add one either.
    for (const who of [cast.supervisor, cast.admin, other.participant]) {
      expect((await send(who, 'POST', `/api/notes/${note.id}/amendments`, { text: 'Hi' })).statusCode).toBe(404);
    }
  });

  it('"I see it differently" locks the note too, and says so', async () => {
    const second = await draft(await endedSession());
    const withView = await send(participant, 'PUT', `/api/notes/${second.id}/participant-view`, {
      version: 1,
      view: 'I did not choose the Tuesday group; I said I would think about it.',
    });
    expect(withView.statusCode).toBe(200);
    const differs = await send(participant, 'POST', `/api/notes/${second.id}/respond`, {
      version: 2,
      response: 'sees-differently',
    });
    expect(differs.statusCode).toBe(200);
    expect(differs.json<SessionNote>()).toMatchObject({ response: 'sees-differently', version: 3 });
    expect(differs.json<SessionNote>().lockedAt).not.toBeNull();
    const edit = await send(cast.specialist, 'PATCH', `/api/notes/${second.id}`, {
      version: 3,
      chosen: 'Pat is thinking about it.',
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<ErrorBody>().error).toBe('note_locked');
    // The specialist's way to respond is an amendment, next to the person's view.
    expect(
      (await send(cast.specialist, 'POST', `/api/notes/${second.id}/amendments`, { text: 'Pat is right.' })).statusCode,
    ).toBe(200);
  });
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
