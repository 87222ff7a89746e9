import type { ErrorBody, LiveSession, SessionNote } from '@alongside/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type createCast, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { racing } from './live-fixtures.js';
import { draftBody, messages, notesAppForFile } from './notes-fixtures.js';

/**
 * Notes are written with the person: the specialist drafts, the participant reads it and adds their
 * own view, then co-signs or says "I see it differently" — either locks it. After that only
 * amendments, append-only, each with who and when. The person can always read every note about them.
 */
const notes = notesAppForFile();
const { send, endedSession, draft, failureOf } = notes;
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let other: Awaited<ReturnType<typeof createCast>>;
let participant: SignedInPerson;
let pid: string;
beforeAll(() => {
  ({ t, cast, other, participant, pid } = notes.current());
});

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
