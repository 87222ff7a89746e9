import type { PlanCommand } from '@alongside/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { testDatabaseKind } from '../../helpers/test-database.js';
import {
  connectAndSubscribe,
  goal,
  historyOf,
  newOpId,
  restCommand,
  sendCommand,
  seqsReceived,
  snapshotOf,
  startLiveApp,
  startSession,
  subscribe,
} from './live-fixtures.js';

let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const sockets: LiveTestClient[] = [];
const track = (c: LiveTestClient) => {
  sockets.push(c);
  return c;
};

beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp());
  cast = await createCast(t);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

/** A new participant of the cast's specialist, with a plan of its own. */
const newParticipant = () => invitePerson(t, cast.specialist, 'participant', { name: 'Alex Participant' });

describe('reconnect and resync', () => {
  it('a socket that comes back with its lastSeq gets exactly what it missed, then what follows', async () => {
    const person = await newParticipant();
    const pid = person.me.id;
    const { client: first, subscribed } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    track(first);
    expect(subscribed.seq).toBe(0);
    await restCommand(t, person, pid, goal('Find a meeting close to work'));
    await restCommand(t, person, pid, goal('Cook dinner twice a week'));
    await first.waitFor('events', (m) => m.events.some((e) => e.seq === 2));
    expect(seqsReceived(first, pid)).toEqual([1, 2]);
    first.close();
    await first.waitForClose();

    // While the specialist is away, the person keeps working.
    for (const title of ['Call my sponsor on Sundays', 'Sleep before midnight', 'Ask about the food bank']) {
      await restCommand(t, person, pid, goal(title));
    }

    const second = track(await LiveTestClient.connect(baseUrl, cast.specialist));
    const resubscribed = await subscribe(second, pid, 2);
    expect(resubscribed.seq).toBe(5);
    const caughtUp = second.all('events');
    expect(caughtUp.flatMap((m) => m.events.map((e) => e.seq))).toEqual([3, 4, 5]);
    expect(caughtUp.flatMap((m) => m.events.map((e) => e.command))).toEqual([
      goal('Call my sponsor on Sundays'),
      goal('Sleep before midnight'),
      goal('Ask about the food bank'),
    ]);
    expect(second.all('snapshot')).toEqual([]);

    // Then it simply carries on: the next change arrives once.
    await restCommand(t, person, pid, goal('Walk the dog'));
    await second.waitFor('events', (m) => m.events.some((e) => e.seq === 6));
    await second.sync();
    expect(seqsReceived(second, pid)).toEqual([3, 4, 5, 6]);

    // Coming back already up to date: nothing to replay.
    const third = track(await LiveTestClient.connect(baseUrl, cast.specialist));
    expect((await subscribe(third, pid, 6)).seq).toBe(6);
    await third.sync();
    expect(third.all('events')).toEqual([]);
    expect(third.all('snapshot')).toEqual([]);
  });

  it('without a lastSeq, or with one ahead of the plan, the socket gets a fresh snapshot', async () => {
    const person = await newParticipant();
    const pid = person.me.id;
    await restCommand(t, person, pid, goal('Go to the library'));
    await restCommand(t, person, pid, goal('Plant tomatoes'));

    const fresh = track(await LiveTestClient.connect(baseUrl, person));
    const subscribed = await subscribe(fresh, pid);
    const snapshot = await fresh.waitFor('snapshot');
    expect(snapshot.plan.seq).toBe(2);
    expect(snapshot.plan.goals.map((g) => g.title)).toEqual(['Go to the library', 'Plant tomatoes']);
    expect(subscribed.seq).toBe(2);
    // The snapshot came before `subscribed`, and no separate events repeated it.
    expect(fresh.received.findIndex((m) => m.type === 'snapshot')).toBeLessThan(
      fresh.received.findIndex((m) => m.type === 'subscribed'),
    );
    expect(fresh.all('events')).toEqual([]);

    // A lastSeq the plan never reached (a client holding another database's state): start over.
    const confused = track(await LiveTestClient.connect(baseUrl, cast.specialist));
    const resynced = await subscribe(confused, pid, 40);
    expect(resynced.seq).toBe(2);
    expect((await confused.waitFor('snapshot')).plan.goals).toHaveLength(2);
    expect(confused.all('events')).toEqual([]);

    // And both carry on from there.
    await restCommand(t, person, pid, goal('Visit my aunt'));
    for (const c of [fresh, confused]) {
      await c.waitFor('events', (m) => m.events.some((e) => e.seq === 3));
      await c.sync();
      expect(seqsReceived(c, pid)).toEqual([3]);
    }
  });

  it('a command whose ack was lost is re-sent after reconnecting: acked with its first seq, applied once', async () => {
    const person = await newParticipant();
    const pid = person.me.id;
    const { client: watcher } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    track(watcher);
    const { client: phone } = await connectAndSubscribe(baseUrl, person, pid);
    track(phone);

    // The phone sends a change and then stops hearing anything (a tunnel): the change is saved,
    // but its ack never reaches the phone.
    phone.pauseReading();
    phone.socket.removeAllListeners('message');
    const clientOpId = newOpId('lost-ack');
    const command: PlanCommand = goal('Join the Tuesday walking group');
    sendCommand(phone, pid, command, clientOpId);
    await watcher.waitFor('events', (m) => m.events.some((e) => e.seq === 1));
    phone.socket.terminate();
    await phone.waitForClose();

    // Meanwhile something else happens.
    await restCommand(t, cast.specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Try the library’s job club', lifeArea: 'purpose' },
    });

    // Back online: resync from the last seq it had (0), then re-send the unacknowledged command.
    const back = track(await LiveTestClient.connect(baseUrl, person));
    expect((await subscribe(back, pid, 0)).seq).toBe(2);
    expect(seqsReceived(back, pid)).toEqual([1, 2]);
    const ack = back.waitForNext('ack', (m) => m.clientOpId === clientOpId);
    sendCommand(back, pid, command, clientOpId);
    expect((await ack).seq).toBe(1);

    await back.sync();
    await watcher.sync();
    expect(seqsReceived(back, pid)).toEqual([1, 2]);
    expect(seqsReceived(watcher, pid)).toEqual([1, 2]);
    const history = await historyOf(t, person, pid);
    expect(history.map((e) => e.seq)).toEqual([1, 2]);
    expect((await snapshotOf(t, person, pid)).goals.map((g) => g.title)).toEqual(['Join the Tuesday walking group']);
  });
});

describe('far behind', () => {
  let person: SignedInPerson;
  let pid: string;
  const total = 505;

  beforeAll(async () => {
    person = await newParticipant();
    pid = person.me.id;
    // A long history: one real event, then copies of it written straight into the log (500 real
    // commands would take most of this file's time budget; the hub only forwards what is logged).
    await restCommand(t, person, pid, { type: 'check-in.record', wellbeing: 7 });
    const db = t.testDb.database.db;
    await db.execute(`
      insert into plan_events (organisation_id, participant_id, seq, actor_id, actor_role, voice, type, command,
                               effects, result_ids, client_op_id, live_session_id, at)
      select organisation_id, participant_id, s, actor_id, actor_role, voice, type, command,
             effects, result_ids, null, null, at
      from plan_events, generate_series(2, ${total}) s
      where participant_id = '${pid}' and seq = 1`);
    await db.execute(`update plan_heads set seq = ${total} where participant_id = '${pid}'`);
  });

  it('more than 500 events behind gets a snapshot; exactly 500 behind gets the 500 events', async () => {
    const far = track(await LiveTestClient.connect(baseUrl, cast.specialist));
    const subscribedFar = await subscribe(far, pid, total - 501);
    expect(subscribedFar.seq).toBe(total);
    const snapshot = await far.waitFor('snapshot');
    expect(snapshot.plan.seq).toBe(total);
    expect(far.all('events')).toEqual([]);

    const near = track(await LiveTestClient.connect(baseUrl, cast.specialist));
    const subscribedNear = await subscribe(near, pid, total - 500);
    expect(subscribedNear.seq).toBe(total);
    expect(near.all('snapshot')).toEqual([]);
    const seqs = seqsReceived(near, pid);
    expect(seqs).toHaveLength(500);
    expect(seqs[0]).toBe(total - 499);
    expect(seqs.at(-1)).toBe(total);
  });

  // A second connection holds a table lock to keep the room's delivery queue busy at a chosen
  // moment; PGlite has one connection only, so this runs on PostgreSQL.
  it.skipIf(testDatabaseKind !== 'postgres')(
    'a socket subscribing while a delivery is queued gets one snapshot and nothing twice; the others get the change (PostgreSQL only)',
    async () => {
      const current = (await snapshotOf(t, person, pid)).seq;
      const { client: watcher } = await connectAndSubscribe(baseUrl, cast.specialist, pid, current);
      track(watcher);
      await startSession(t, cast.specialist, pid);

      const locker = new pg.Client({ connectionString: t.testDb.url });
      await locker.connect();
      try {
        // Reading the open session (the last step of a subscription) now waits for this lock.
        await locker.query('begin');
        await locker.query('lock table session_notes in access exclusive mode');
        const phone = track(await LiveTestClient.connect(baseUrl, person));
        await subscribe(phone, pid, current);
        await watcher.waitFor('presence', (m) => m.members.some((x) => x.role === 'participant'));
        // The room's queue is now stuck on the phone's subscription; a committed change queues behind it.
        const result = await restCommand(t, person, pid, goal('Write to my brother'));
        expect(result.seq).toBe(current + 1);
        // Let the notification reach the hub so the delivery is queued before the next socket subscribes.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const laptop = track(await LiveTestClient.connect(baseUrl, person));
        const joined = watcher.waitForNext('presence');
        laptop.send({ type: 'subscribe', participantId: pid });
        await joined; // the laptop is in the room now, its catch-up queued last
        await locker.query('rollback');

        const laptopSubscribed = await laptop.waitFor('subscribed');
        expect(laptopSubscribed.seq).toBe(result.seq);
        for (const c of [watcher, phone]) {
          await c.waitFor('events', (m) => m.events.some((e) => e.seq === result.seq));
          await c.sync();
          expect(seqsReceived(c, pid)).toEqual([result.seq]);
        }
        // The newcomer gets one snapshot (which includes the change) and nothing twice.
        await laptop.waitFor('session');
        await laptop.sync();
        expect(laptop.all('snapshot').map((m) => m.plan.seq)).toEqual([result.seq]);
        // Its snapshot came first: nothing before it, and `subscribed` right after.
        expect(laptop.received.filter((m) => m.type !== 'presence').map((m) => m.type)).toEqual([
          'snapshot',
          'subscribed',
          'session',
          'pong',
        ]);
        expect(seqsReceived(laptop, pid)).toEqual([]);
      } finally {
        await locker.query('rollback').catch(() => undefined);
        await locker.end();
      }
    },
  );
});
