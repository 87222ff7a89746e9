import { liveCloseCodes, type Partnership } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccessRevoked, channels } from '../../../server/src/lib/notify.js';
import { type AuthorizedPlan, authorizePlan } from '../../../server/src/modules/plan/index.js';
import { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, invitePerson, type TestApp } from '../../helpers/test-app.js';
import { connectAndSubscribe, goal, restCommand, startLiveApp } from './live-fixtures.js';

/**
 * A partnership that ends while the specialist's subscribe is being checked: the check has read
 * the partnership as it was, and the revocation arrives before the socket has joined the room.
 * The hub is handed an access check the test can hold after it has run, so the partnership ends
 * exactly in that gap, every time. The periodic re-check is pushed out of the way.
 */
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const sockets: LiveTestClient[] = [];

/** The next check for this plan, once it has run, waits for `release`. */
let held: { participantId: string; ran: (plan: AuthorizedPlan | null) => void; release: Promise<void> } | undefined;
const heldAuthorizePlan: typeof authorizePlan = async (db, actor, participantId) => {
  const plan = await authorizePlan(db, actor, participantId);
  const hold = held;
  if (hold?.participantId === participantId) {
    held = undefined;
    hold.ran(plan);
    await hold.release;
  }
  return plan;
};

function holdNextCheck(participantId: string) {
  let release = () => {};
  const ran = new Promise<AuthorizedPlan | null>((resolve) => {
    held = { participantId, ran: resolve, release: new Promise<void>((r) => (release = r)) };
  });
  return { ran, release: () => release() };
}

/** Resolves once this instance has heard the revocation (its hub listened first, so has handled it). */
async function revocationHeard(specialistId: string, participantId: string): Promise<() => Promise<void>> {
  let heard = () => {};
  const done = new Promise<void>((resolve) => (heard = resolve));
  const stop = await t.testDb.database.listen(channels.accessRevoked, (payload) => {
    const r = JSON.parse(payload) as AccessRevoked;
    if (r.specialistId === specialistId && r.participantId === participantId) heard();
  });
  return async () => {
    await done;
    await stop();
  };
}

beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp({ live: { heartbeatMs: 600_000, authorizePlan: heldAuthorizePlan } }));
  cast = await createCast(t);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

describe('a partnership ended while the specialist subscribes', () => {
  it('between the access check and the join: the socket closes (4003) and gets nothing of the plan', async () => {
    const specialist = await invitePerson(t, cast.admin, 'specialist', { name: 'Ria Specialist' });
    const participant = await invitePerson(t, specialist, 'participant', { name: 'Noa Participant' });
    const pid = participant.me.id;
    const { client: participantSocket } = await connectAndSubscribe(baseUrl, participant, pid);
    const specialistSocket = await LiveTestClient.connect(baseUrl, specialist);
    sockets.push(participantSocket, specialistSocket);

    const check = holdNextCheck(pid);
    specialistSocket.send({ type: 'subscribe', participantId: pid });
    // The check passed: the partnership was still on when it read it.
    expect(await check.ran).not.toBeNull();

    const list = await t.request({ method: 'GET', url: '/api/partnerships', as: cast.admin });
    const partnership = list
      .json<{ partnerships: Partnership[] }>()
      .partnerships.find((p) => p.specialist.id === specialist.me.id && p.participant.id === pid && !p.endedAt);
    const heard = await revocationHeard(specialist.me.id, pid);
    const ended = await t.request({ method: 'POST', url: `/api/partnerships/${partnership?.id}/end`, as: cast.admin });
    expect(ended.statusCode).toBe(200);
    await heard();
    check.release();

    // The person carries on. The specialist's socket is either closed or hears of the change.
    const { seq } = await restCommand(t, participant, pid, goal('After the partnership ended'));
    await participantSocket.waitFor('events', (m) => m.events.some((e) => e.seq === seq));
    await Promise.race([
      specialistSocket.waitForClose(),
      specialistSocket.waitFor('events', (m) => m.participantId === pid),
    ]);
    expect(specialistSocket.all('events')).toEqual([]);
    expect(specialistSocket.all('snapshot')).toEqual([]);
    expect(specialistSocket.all('subscribed')).toEqual([]);
    expect(specialistSocket.closed?.code).toBe(liveCloseCodes.accessEnded);
    await participantSocket.sync();
    for (const p of participantSocket.all('presence')) {
      expect(p.members.map((m) => m.userId)).not.toContain(specialist.me.id);
    }
  });

  it('with the partnership on, the same held check lets the subscribe through', async () => {
    const pid = cast.participant.me.id;
    const specialistSocket = await LiveTestClient.connect(baseUrl, cast.specialist);
    sockets.push(specialistSocket);
    const check = holdNextCheck(pid);
    const subscribed = specialistSocket.waitFor('subscribed');
    specialistSocket.send({ type: 'subscribe', participantId: pid });
    expect(await check.ran).not.toBeNull();
    check.release();
    expect((await subscribed).participantId).toBe(pid);
    expect(specialistSocket.closed).toBeUndefined();
  });
});
