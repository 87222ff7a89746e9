import type { CheckIn, ErrorBody, LiveSession } from '@alongside/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCast, invitePerson, type TestApp } from '../../helpers/test-app.js';
import { goal, historyOf, racing, restCommand, snapshotOf, socketCommand, startSession } from './live-fixtures.js';
import { sessionsAppForFile, sessionUrl } from './sessions-fixtures.js';

/**
 * Peer-support sessions: the specialist starts one, the participant joins from their own phone or
 * confirms at the shared screen with the code their phone shows; while the person is there a
 * specialist may record a check-in with them; either ends it, or it ends by itself when idle.
 */
const sessions = sessionsAppForFile();
const { post, getSession, newPartner, watchBoth } = sessions;
type LiveSessionList = { sessions: LiveSession[] };
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(() => {
  ({ t, cast } = sessions.current());
});

describe('starting a session', () => {
  it('only the partnered specialist can; everyone else is told it is not found', async () => {
    const participant = await newPartner('Sol Participant');
    const pid = participant.me.id;
    const stranger = await invitePerson(t, cast.admin, 'specialist', { name: 'Stranger Specialist' });
    const other = await createCast(t, 'Elsewhere');
    const body = { participantId: pid, mode: 'in-person' };
    for (const who of [participant, cast.supervisor, cast.admin, stranger, other.specialist]) {
      const res = await post(who, '/api/live-sessions', body);
      expect(res.statusCode, `${who.me.role} ${who.me.name}`).toBe(404);
      expect(res.json<ErrorBody>().error).toBe('not_found');
    }
    expect(
      (await post(cast.specialist, '/api/live-sessions', { participantId: pid, mode: 'by-pigeon' })).json(),
    ).toMatchObject({
      error: 'validation_failed',
      field: 'mode',
    });

    const res = await post(cast.specialist, '/api/live-sessions', {
      participantId: pid,
      mode: 'community',
      placeLabel: 'Library café',
    });
    expect(res.statusCode).toBe(201);
    const session = res.json<LiveSession>();
    expect(session).toMatchObject({
      specialist: { id: cast.specialist.me.id, name: 'Sam Specialist' },
      participant: { id: pid, name: 'Sol Participant' },
      mode: 'community',
      placeLabel: 'Library café',
      endedAt: null,
      participantJoinedAt: null,
      joinMethod: null,
      eventSeqs: [],
      hasNote: false,
    });

    // A second open session with the same person: 409, pointing at the open one.
    const again = await post(cast.specialist, '/api/live-sessions', { participantId: pid, mode: 'phone' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>()).toMatchObject({ error: 'session_open', current: { id: session.id } });

    // The participant sees it in their list; a supervisor cannot list sessions at all.
    const mine = await t.request({ method: 'GET', url: '/api/live-sessions', as: participant });
    expect(mine.json<LiveSessionList>().sessions.map((s) => s.id)).toEqual([session.id]);
    expect((await t.request({ method: 'GET', url: sessionUrl(session.id), as: cast.supervisor })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: sessionUrl(session.id), as: stranger })).statusCode).toBe(404);
  });

  it('a double tap on "start" opens one session: the other answer is 409, not an error', async () => {
    const participant = await newPartner('Tap Participant');
    const body = { participantId: participant.me.id, mode: 'video' };
    // On PostgreSQL the partnership row is held so all three get past "is one open already?" first.
    const answers = await racing(
      t,
      `select 1 from partnerships where participant_id = '${participant.me.id}' for update`,
      3,
      () => [1, 2, 3].map(() => post(cast.specialist, '/api/live-sessions', body)),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const list = await t.request({
      method: 'GET',
      url: `/api/live-sessions?participantId=${participant.me.id}`,
      as: cast.specialist,
    });
    expect(list.json<LiveSessionList>().sessions).toHaveLength(1);
  });
});

describe('joining', () => {
  it('the participant joins from their own device; both sockets hear about it', async () => {
    const participant = await newPartner('Jo Participant');
    const { specialistSocket, participantSocket } = await watchBoth(participant);
    const session = await startSession(t, cast.specialist, participant.me.id);
    for (const c of [specialistSocket, participantSocket]) {
      const started = await c.waitFor('session', (m) => m.session.id === session.id);
      expect(started.session.participantJoinedAt).toBeNull();
    }

    const refused = await post(cast.specialist, sessionUrl(session.id, '/join'));
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error).toBe('participant_only');

    const joined = await post(participant, sessionUrl(session.id, '/join'));
    expect(joined.statusCode).toBe(200);
    expect(joined.json<LiveSession>()).toMatchObject({ joinMethod: 'own-device' });
    expect(joined.json<LiveSession>().participantJoinedAt).not.toBeNull();
    for (const c of [specialistSocket, participantSocket]) {
      const message = await c.waitFor(
        'session',
        (m) => m.session.id === session.id && m.session.participantJoinedAt !== null,
      );
      expect(message.session.joinMethod).toBe('own-device');
    }
  });

  it('shared screen: a wrong code is refused (400, field code), five wrong codes lock it (429), the right code joins', async () => {
    const participant = await newPartner('Kit Participant');
    const session = await startSession(t, cast.specialist, participant.me.id);
    const confirm = (code: string) => post(cast.specialist, sessionUrl(session.id, '/confirm-presence'), { code });

    // Only the participant's own device shows a code; only the shared screen takes one.
    expect((await post(cast.specialist, sessionUrl(session.id, '/presence-code'))).statusCode).toBe(403);
    const shown = await post(participant, sessionUrl(session.id, '/presence-code'));
    expect(shown.statusCode).toBe(200);
    const { code } = shown.json<{ code: string; expiresAt: string }>();
    expect(code).toMatch(/^\d{6}$/);
    expect((await post(participant, sessionUrl(session.id, '/confirm-presence'), { code })).statusCode).toBe(403);

    const malformed = await confirm('12ab');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<ErrorBody>().field).toBe('code');

    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await confirm(wrong);
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>()).toMatchObject({ error: 'code_invalid', field: 'code' });
    }
    const locked = await confirm(code);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    expect((await getSession(participant, session.id)).participantJoinedAt).toBeNull();

    // The person asks their phone for a new code; that one works.
    const fresh = (await post(participant, sessionUrl(session.id, '/presence-code'))).json<{ code: string }>().code;
    const joined = await confirm(fresh);
    expect(joined.statusCode).toBe(200);
    expect(joined.json<LiveSession>()).toMatchObject({ joinMethod: 'shared-screen-code' });
    expect(joined.json<LiveSession>().participantJoinedAt).not.toBeNull();
    // A used code cannot be used again.
    expect((await confirm(fresh)).statusCode).toBe(400);
  });

  it('guesses sent all at once still count: no more than five are checked', async () => {
    const participant = await newPartner('Lee Participant');
    const session = await startSession(t, cast.specialist, participant.me.id);
    const { code } = (await post(participant, sessionUrl(session.id, '/presence-code'))).json<{ code: string }>();
    const guesses = Array.from({ length: 12 }, (_, i) => String(i).padStart(6, '9')).filter((g) => g !== code);
    const answers = await Promise.all(
      guesses.map((g) => post(cast.specialist, sessionUrl(session.id, '/confirm-presence'), { code: g })),
    );
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(guesses.length - 5);
    expect(statuses.every((s) => s === 400 || s === 429)).toBe(true);
  });
});

describe('a specialist records a check-in only together with the person', () => {
  it('refused before the participant joins, accepted after (recorded together, listed in the session)', async () => {
    const participant = await newPartner('Ray Participant');
    const pid = participant.me.id;
    const { specialistSocket } = await watchBoth(participant);
    const checkIn = { type: 'check-in.record', wellbeing: 7, note: 'Feeling steadier this week' } as const;

    // No session at all, then a session the person has not joined yet: refused, nothing recorded.
    const noSession = await socketCommand(specialistSocket, pid, checkIn);
    expect(noSession).toMatchObject({ type: 'nack', status: 403, error: { code: 'live_session_required' } });
    const session = await startSession(t, cast.specialist, pid);
    const notJoined = await socketCommand(specialistSocket, pid, checkIn);
    expect(notJoined).toMatchObject({ type: 'nack', status: 403, error: { code: 'live_session_required' } });
    expect((await snapshotOf(t, participant, pid)).checkIns).toEqual([]);

    expect((await post(participant, sessionUrl(session.id, '/join'))).statusCode).toBe(200);
    const accepted = await socketCommand(specialistSocket, pid, checkIn);
    if (accepted.type !== 'ack') throw new Error(`expected an ack, got ${JSON.stringify(accepted)}`);
    // The person's own change during the session counts as part of it too.
    const own = await restCommand(t, participant, pid, goal('Ask for the evening shift'));

    const checkIns: CheckIn[] = (await snapshotOf(t, participant, pid)).checkIns;
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0]).toMatchObject({
      id: accepted.ids[0],
      recordedTogether: true,
      recordedBy: 'specialist',
      wellbeing: 7,
    });
    const events = await historyOf(t, participant, pid);
    expect(events.find((e) => e.seq === accepted.seq)?.liveSessionId).toBe(session.id);
    expect(events.find((e) => e.seq === own.seq)?.liveSessionId).toBe(session.id);
    expect((await getSession(cast.specialist, session.id)).eventSeqs).toEqual([accepted.seq, own.seq]);

    // Once it has ended, the specialist is refused again; the participant's own check-ins are never gated.
    expect((await post(participant, sessionUrl(session.id, '/end'))).statusCode).toBe(200);
    const afterEnd = await socketCommand(specialistSocket, pid, checkIn);
    expect(afterEnd).toMatchObject({ type: 'nack', status: 403, error: { code: 'live_session_required' } });
    const byThemselves = await restCommand(t, participant, pid, { type: 'check-in.record', wellbeing: 8 });
    const later = (await snapshotOf(t, participant, pid)).checkIns.find((c) => c.wellbeing === 8);
    expect(later).toMatchObject({ recordedTogether: false, recordedBy: 'participant' });
    expect((await historyOf(t, participant, pid)).find((e) => e.seq === byThemselves.seq)?.liveSessionId).toBeNull();
  });
});
