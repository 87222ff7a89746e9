import type { ErrorBody, LiveSession, PlanSnapshot } from '@alongside/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { createCast, TestApp } from '../../helpers/test-app.js';
import { goal, historyOf, restCommand, snapshotOf, startSession } from './live-fixtures.js';
import { idleMinutes, sessionsAppForFile, sessionUrl } from './sessions-fixtures.js';

/** Ending a session: by either person, heard on both sockets, for good — or by itself when idle. */
const sessions = sessionsAppForFile();
const { clock, post, getSession, newPartner, watchBoth } = sessions;
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(() => {
  ({ t, cast } = sessions.current());
});

describe('ending', () => {
  it('either person can end it; both sockets hear it; an ended session cannot be ended or joined again', async () => {
    const participant = await newPartner('Ezra Participant');
    const pid = participant.me.id;
    const { specialistSocket, participantSocket } = await watchBoth(participant);

    const first = await startSession(t, cast.specialist, pid, 'phone');
    const endedByParticipant = await post(participant, sessionUrl(first.id, '/end'));
    expect(endedByParticipant.statusCode).toBe(200);
    expect(endedByParticipant.json<LiveSession>()).toMatchObject({ endReason: 'ended-by-participant' });
    for (const c of [specialistSocket, participantSocket]) {
      await c.waitFor('session', (m) => m.session.id === first.id && m.session.endReason === 'ended-by-participant');
    }
    const endedTwice = await post(cast.specialist, sessionUrl(first.id, '/end'));
    expect(endedTwice.statusCode).toBe(409);
    expect(endedTwice.json<ErrorBody>().error).toBe('session_ended');
    expect((await post(participant, sessionUrl(first.id, '/join'))).statusCode).toBe(409);

    // A new session can start now, and the specialist can end that one.
    const second = await startSession(t, cast.specialist, pid, 'video');
    const endedBySpecialist = await post(cast.specialist, sessionUrl(second.id, '/end'));
    expect(endedBySpecialist.json<LiveSession>()).toMatchObject({ endReason: 'ended-by-specialist' });
    expect(endedBySpecialist.json<LiveSession>().endedAt).not.toBeNull();
    for (const c of [specialistSocket, participantSocket]) {
      await c.waitFor('session', (m) => m.session.id === second.id && m.session.endReason === 'ended-by-specialist');
    }
  });

  // Last in the file: it moves the app's clock forward.
  it(`ends by itself after ${idleMinutes} idle minutes; activity keeps it open`, async () => {
    const participant = await newPartner('Ida Participant');
    const pid = participant.me.id;
    const { participantSocket } = await watchBoth(participant);
    const session = await startSession(t, cast.specialist, pid);
    expect((await post(participant, sessionUrl(session.id, '/join'))).statusCode).toBe(200);

    clock.advanceMinutes(idleMinutes - 4);
    await restCommand(t, participant, pid, goal('Keep the session going'));
    clock.advanceMinutes(idleMinutes - 4);
    // Twelve minutes since it started, but only six since the last change: still open.
    expect(await getSession(cast.specialist, session.id)).toMatchObject({ endedAt: null, endReason: null });

    clock.advanceMinutes(5);
    const ended = await getSession(cast.specialist, session.id);
    expect(ended.endReason).toBe('idle');
    expect(ended.endedAt).not.toBeNull();
    await participantSocket.waitFor('session', (m) => m.session.id === session.id && m.session.endReason === 'idle');
    // The person sees the same, and the plan is still theirs to change — outside any session now.
    expect((await getSession(participant, session.id)).endReason).toBe('idle');
    const after = await restCommand(t, participant, pid, goal('After the session'));
    expect((await historyOf(t, participant, pid)).find((e) => e.seq === after.seq)?.liveSessionId).toBeNull();
    expect(((await snapshotOf(t, participant, pid)) satisfies PlanSnapshot).seq).toBe(after.seq);
  });
});
