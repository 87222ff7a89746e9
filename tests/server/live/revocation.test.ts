import type { Partnership } from '@alongside/shared';
import { liveCloseCodes } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, invitePerson, type SignedInPerson, signIn, type TestApp } from '../../helpers/test-app.js';
import { connectAndSubscribe, startLiveApp, subscribe } from './live-fixtures.js';

/**
 * When someone's access ends, their open sockets close within a second (4003, "do not reconnect
 * silently"). The periodic re-check is pushed out to ten minutes here, so only the immediate path
 * (a notification from the change itself) can close them in time.
 */
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const sockets: LiveTestClient[] = [];

beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp({ live: { heartbeatMs: 600_000 } }));
  cast = await createCast(t);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

async function watch(person: SignedInPerson, participantId: string): Promise<LiveTestClient> {
  const { client } = await connectAndSubscribe(baseUrl, person, participantId);
  sockets.push(client);
  return client;
}

/** Runs `act` and resolves with how long it took from its start until `socket` closed, and the code. */
async function closesAfter(socket: LiveTestClient, act: () => Promise<unknown>) {
  const started = performance.now();
  const closed = socket.waitForClose(5000);
  await act();
  const { code } = await closed;
  return { code, ms: performance.now() - started };
}

describe('revoking access closes the affected sockets within 1 second', () => {
  it('partnership ended by an admin: the specialist’s socket on that plan closes (4003); the rest stay', async () => {
    const specialist = await invitePerson(t, cast.admin, 'specialist', { name: 'Rae Specialist' });
    const participant = await invitePerson(t, specialist, 'participant', { name: 'Pia Participant' });
    const other = await invitePerson(t, specialist, 'participant', { name: 'Oli Participant' });
    const pid = participant.me.id;

    const onPlan = await watch(specialist, pid);
    const onOtherPlan = await watch(specialist, other.me.id);
    const participantSocket = await watch(participant, pid);

    const list = await t.request({ method: 'GET', url: '/api/partnerships', as: cast.admin });
    const partnership = list
      .json<{ partnerships: Partnership[] }>()
      .partnerships.find((p) => p.specialist.id === specialist.me.id && p.participant.id === pid && !p.endedAt);
    expect(partnership).toBeDefined();

    const { code, ms } = await closesAfter(onPlan, async () => {
      const ended = await t.request({
        method: 'POST',
        url: `/api/partnerships/${partnership?.id}/end`,
        as: cast.admin,
      });
      expect(ended.statusCode).toBe(200);
    });
    expect(code).toBe(liveCloseCodes.accessEnded);
    expect(ms).toBeLessThan(1000);

    // The person's own socket, and the specialist's work with someone else, carry on.
    await participantSocket.sync();
    await onOtherPlan.sync();
    expect(participantSocket.closed).toBeUndefined();
    expect(onOtherPlan.closed).toBeUndefined();

    // Coming back does not get the plan either.
    const back = await LiveTestClient.connect(baseUrl, specialist);
    sockets.push(back);
    const refused = back.waitForNext('error');
    back.send({ type: 'subscribe', participantId: pid });
    expect(await refused).toMatchObject({ code: 'not_found' });
  });

  it('account disabled: every socket of that person closes (4003), and the upgrade is refused afterwards', async () => {
    const specialist = await invitePerson(t, cast.admin, 'specialist', { name: 'Dee Specialist' });
    const participant = await invitePerson(t, specialist, 'participant', { name: 'Max Participant' });
    const pid = participant.me.id;
    const laptop = await watch(specialist, pid);
    const tablet = await LiveTestClient.connect(baseUrl, specialist);
    sockets.push(tablet);
    const participantSocket = await watch(participant, pid);

    const tabletClosed = tablet.waitForClose(5000);
    const { code, ms } = await closesAfter(laptop, async () => {
      const res = await t.request({ method: 'POST', url: `/api/users/${specialist.me.id}/disable`, as: cast.admin });
      expect(res.statusCode).toBe(200);
    });
    expect(code).toBe(liveCloseCodes.accessEnded);
    expect(ms).toBeLessThan(1000);
    expect((await tabletClosed).code).toBe(liveCloseCodes.accessEnded);

    await participantSocket.sync();
    expect(participantSocket.closed).toBeUndefined();
    await expect(LiveTestClient.connect(baseUrl, specialist)).rejects.toThrow(/upgrade refused: 401/);
  });

  it('sign-out: the sockets of that sign-in close (4003); the same person on another device stays', async () => {
    const pid = cast.participant.me.id;
    const phoneSignIn = await signIn(t, cast.participant.email, cast.participant.password);
    const phone = await watch(phoneSignIn, pid);
    const laptop = await watch(cast.participant, pid);

    const { code, ms } = await closesAfter(phone, async () => {
      const res = await t.request({ method: 'POST', url: '/api/auth/sign-out', as: phoneSignIn });
      expect(res.statusCode).toBeLessThan(300);
    });
    expect(code).toBe(liveCloseCodes.accessEnded);
    expect(ms).toBeLessThan(1000);

    await laptop.sync();
    expect(laptop.closed).toBeUndefined();
    expect((await subscribe(laptop, pid)).participantId).toBe(pid);
    await expect(LiveTestClient.connect(baseUrl, phoneSignIn)).rejects.toThrow(/upgrade refused: 401/);
  });
});
