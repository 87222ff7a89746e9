import type { LiveServerMessage } from '@alongside/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, invitePerson, type TestApp } from '../../helpers/test-app.js';
import { connectAndSubscribe, eventually, startLiveApp } from './live-fixtures.js';

/** Presence: who is here (specialist, participant) and what each is working on — ephemeral, never stored. */
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const sockets: LiveTestClient[] = [];

beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp());
  cast = await createCast(t);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

type Presence = Extract<LiveServerMessage, { type: 'presence' }>;
const latestPresence = (c: LiveTestClient): Presence | undefined => c.all('presence').at(-1);
const whoIsHere = (m: Presence | undefined) => (m?.members ?? []).map((x) => x.role).sort();

describe('presence', () => {
  it('shows who is here and what they are working on; several tabs count once; leaving is seen', async () => {
    const participant = await invitePerson(t, cast.specialist, 'participant', { name: 'Noor Participant' });
    const pid = participant.me.id;
    const { client: phone } = await connectAndSubscribe(baseUrl, participant, pid);
    const { client: specialist } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    const { client: laptop } = await connectAndSubscribe(baseUrl, participant, pid);
    sockets.push(phone, specialist, laptop);

    for (const c of [phone, specialist, laptop]) {
      const both = await c.waitFor('presence', (m) => m.members.length === 2);
      expect(both.members).toEqual([
        { userId: pid, name: 'Noor Participant', role: 'participant', focus: null },
        { userId: cast.specialist.me.id, name: 'Sam Specialist', role: 'specialist', focus: null },
      ]);
    }

    const focus = { kind: 'goal', id: '0b9f6a64-8f7c-4a53-9d52-8a4d1bb0c6e1' } as const;
    specialist.send({ type: 'presence', participantId: pid, focus });
    for (const c of [phone, laptop]) {
      await c.waitFor('presence', (m) => m.members.some((x) => x.role === 'specialist' && x.focus?.id === focus.id));
    }
    specialist.send({ type: 'presence', participantId: pid, focus: null });
    await phone.waitFor('presence', (m) => m.members.some((x) => x.role === 'specialist' && x.focus === null));

    // The specialist leaves; the person's two devices see it.
    specialist.close();
    for (const c of [phone, laptop]) {
      await c.waitFor('presence', (m) => m.members.length === 1 && m.members[0]?.role === 'participant');
    }
    // One of the person's devices leaves: they are still here on the other.
    laptop.close();
    await laptop.waitForClose();
    await phone.sync();
    expect(whoIsHere(latestPresence(phone))).toEqual(['participant']);
  });

  it('shows where someone is working in the order they moved, however quickly', async () => {
    const participant = await invitePerson(t, cast.specialist, 'participant', { name: 'Quinn Participant' });
    const pid = participant.me.id;
    const { client: phone } = await connectAndSubscribe(baseUrl, participant, pid);
    const { client: specialist } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    sockets.push(phone, specialist);
    await phone.waitFor('presence', (m) => m.members.length === 2);

    // Twenty moves in one burst: on PostgreSQL each is a notification, and the pool has many connections.
    const items = Array.from({ length: 20 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    for (const id of items) specialist.send({ type: 'presence', participantId: pid, focus: { kind: 'goal', id } });

    const specialistFocus = (m: Presence) => m.members.find((x) => x.role === 'specialist')?.focus?.id;
    const seen = () =>
      phone
        .all('presence')
        .map(specialistFocus)
        .filter((id) => id !== undefined);
    await eventually(() => expect(seen()).toHaveLength(items.length));
    expect(seen()).toEqual(items);
    expect(specialistFocus(latestPresence(phone) as Presence)).toBe(items.at(-1));
  });

  it('a socket that closes while its subscription is still being checked leaves no ghost behind', async () => {
    const participant = await invitePerson(t, cast.specialist, 'participant', { name: 'Gus Participant' });
    const pid = participant.me.id;
    const { client: phone } = await connectAndSubscribe(baseUrl, participant, pid);
    sockets.push(phone);
    await phone.waitFor('presence', (m) => m.members.length === 1);
    const before = t.app.liveHub.connectionCount;

    const specialist = await LiveTestClient.connect(baseUrl, cast.specialist);
    // On PostgreSQL the check of the partnership is held up until the socket is gone; on PGlite the
    // socket is simply dropped right after asking.
    const locker = t.testDb.url ? new pg.Client({ connectionString: t.testDb.url }) : undefined;
    try {
      if (locker) {
        await locker.connect();
        await locker.query('begin');
        await locker.query('lock table partnerships in access exclusive mode');
      }
      specialist.send({ type: 'subscribe', participantId: pid });
      specialist.socket.terminate();
      await eventually(() => expect(t.app.liveHub.connectionCount).toBe(before));
      await locker?.query('rollback');
    } finally {
      await locker?.query('rollback').catch(() => undefined);
      await locker?.end();
    }

    // The subscription's check completes after the socket has gone. Give it ample time, then: the
    // specialist is not shown as present.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await phone.sync();
    expect(whoIsHere(latestPresence(phone))).toEqual(['participant']);
  });
});
