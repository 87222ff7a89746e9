import { type LiveServerMessage, liveCloseCodes, type Me, type PlanEvent } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { connectAndSubscribe, goal, socketCommand, startLiveApp } from './live-fixtures.js';

/**
 * The live hub's heartbeat, run by hand here (its timer is pushed out of the way) while the app's
 * clock is moved: working together on a socket keeps a person signed in, as requests do; a socket
 * whose sign-in has run out is closed; and a name changed meanwhile reaches the events and the room.
 */
const idleMinutes = 10;
const clock = new TestClock();
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const sockets: LiveTestClient[] = [];
type Presence = Extract<LiveServerMessage, { type: 'presence' }>;

beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp({
    clock,
    env: { SESSION_IDLE_MINUTES_PARTICIPANT: String(idleMinutes) },
    live: { heartbeatMs: 600_000 },
  }));
  cast = await createCast(t);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

async function onOwnPlan(person: SignedInPerson): Promise<LiveTestClient> {
  const { client } = await connectAndSubscribe(baseUrl, person, person.me.id);
  sockets.push(client);
  return client;
}

const me = (person: SignedInPerson) => t.request({ method: 'GET', url: '/api/auth/me', as: person });

describe('the live heartbeat', () => {
  it('keeps a person who works on a socket signed in; one who only keeps it open is signed out and closed', async () => {
    const working = await invitePerson(t, cast.specialist, 'participant', { name: 'Wren Working' });
    const watching = await invitePerson(t, cast.specialist, 'participant', { name: 'Wade Watching' });
    const workingSocket = await onOwnPlan(working);
    const watchingSocket = await onOwnPlan(watching);

    // Three stretches of 6 minutes: 18 in all, past the 10-minute idle limit, with no request at all.
    for (let stretch = 1; stretch <= 3; stretch++) {
      clock.advanceMinutes(6);
      const answer = await socketCommand(workingSocket, working.me.id, goal(`Stretch ${stretch}`));
      expect(answer.type).toBe('ack');
      // A ping is the client keeping the line open, not the person doing anything.
      watchingSocket.send({ type: 'ping' });
      await watchingSocket.waitForNext('pong');
      if (stretch < 3) await t.app.liveHub.heartbeat();
      else {
        const closed = watchingSocket.waitForClose();
        await t.app.liveHub.heartbeat();
        expect((await closed).code).toBe(liveCloseCodes.accessEnded);
      }
    }

    expect((await me(working)).statusCode).toBe(200);
    expect((await me(watching)).statusCode).toBe(401);
    const still = await socketCommand(workingSocket, working.me.id, goal('Still here'));
    expect(still.type).toBe('ack');
  });

  it('gives the events a name changed since the socket opened, from the next heartbeat on', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant', { name: 'Robin Before' });
    const socket = await onOwnPlan(person);
    const renamed = await t.request({
      method: 'PATCH',
      url: '/api/auth/me',
      as: person,
      body: { name: 'Robin After' },
    });
    expect(renamed.json<Me>().name).toBe('Robin After');

    await t.app.liveHub.heartbeat();
    const answer = await socketCommand(socket, person.me.id, goal('Named anew'));
    if (answer.type !== 'ack') throw new Error(`refused: ${JSON.stringify(answer)}`);
    const events = await socket.waitFor('events', (m) => m.events.some((e: PlanEvent) => e.seq === answer.seq));
    expect(events.events.find((e) => e.seq === answer.seq)?.actor.name).toBe('Robin After');
  });

  it('shows the others in the room a changed name at the next heartbeat, keeping what the person works on', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant', { name: 'Ash Before' });
    const pid = person.me.id;
    const own = await onOwnPlan(person);
    const { client: specialist } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    sockets.push(specialist);
    const focus = { kind: 'goal', id: '5d0e2b8c-1f7a-4c3e-9b6d-2a8f4e7c1d90' } as const;
    own.send({ type: 'presence', participantId: pid, focus });
    const named = (name: string) => (m: Presence) =>
      m.members.some((x) => x.userId === pid && x.name === name && x.focus?.id === focus.id);
    await specialist.waitFor('presence', named('Ash Before'));

    const renamed = await t.request({ method: 'PATCH', url: '/api/auth/me', as: person, body: { name: 'Ash After' } });
    expect(renamed.statusCode).toBe(200);
    // No move of the person's own: the heartbeat alone brings the name.
    const seen = specialist.waitForNext('presence', named('Ash After'));
    await t.app.liveHub.heartbeat();
    await seen;
  });
});
