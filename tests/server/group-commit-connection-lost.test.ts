import type { LiveServerMessage, PlanCommand } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppBehindProxy,
  eventsOfOps,
  startAppBehindProxy,
  terminateConnections,
  untilOk,
  watchForCrashes,
} from '../helpers/database-outage.js';
import type { LiveTestClient } from '../helpers/live-client.js';
import type { SignedInPerson } from '../helpers/test-app.js';
import { testDatabaseKind } from '../helpers/test-database.js';
import { connectAndSubscribe, goal, newOpId, socketCommand } from './live/live-fixtures.js';

/**
 * The group commit saves commands of several plans in one transaction on one pinned connection.
 * Here that connection is lost while a batch of five is in flight: cut after its COMMIT was sent
 * (saved, but nobody heard), or ended by PostgreSQL before (nothing saved). Every command must be
 * answered, applied once or not at all, and once sent again with its operation id, applied
 * exactly once; the server keeps serving. PostgreSQL only: PGlite has no pinned connections.
 */
const onPostgres = testDatabaseKind === 'postgres';
let s: AppBehindProxy;
let people: { person: SignedInPerson; socket: LiveTestClient }[];
const crashes = watchForCrashes();

beforeAll(async () => {
  if (!onPostgres) return;
  s = await startAppBehindProxy(7);
  // Each on their own plan, so that their commands can share a batch.
  people = await Promise.all(
    s.participants.map(async (person) => ({
      person,
      socket: (await connectAndSubscribe(s.baseUrl, person, person.me.id)).client,
    })),
  );
});
afterAll(async () => {
  crashes.stop();
  for (const p of people ?? []) p.socket.close();
  await s?.close();
});

interface Sent {
  readonly who: (typeof people)[number];
  readonly command: PlanCommand;
  readonly opId: string;
  readonly answer: Promise<Extract<LiveServerMessage, { type: 'ack' | 'nack' }>>;
}

function send(who: (typeof people)[number], label: string): Sent {
  const command = goal(label);
  const opId = newOpId();
  return { who, command, opId, answer: socketCommand(who.socket, who.person.me.id, command, opId) };
}

/**
 * Two commands go first, each in a batch of its own, held at `trigger`; five more arrive meanwhile
 * and wait. The first two are let through (and acknowledged), and the five are saved together,
 * held at `trigger` in turn. Answers the five, in flight.
 */
async function batchOfFiveHeldAt(trigger: RegExp, label: string): Promise<Sent[]> {
  const before = s.t.app.planExecutor.stats();
  s.proxy.holdAfter(trigger);
  const first = people.slice(0, 2).map((who, i) => send(who, `${label} first ${i}`));
  await s.proxy.holding(2);
  const five = people.slice(2).map((who, i) => send(who, `${label} batched ${i}`));
  // A socket handles its messages in order: once the ping is answered, the command is queued.
  await Promise.all(five.map((x) => x.who.socket.sync()));
  s.proxy.deliver();
  const acked = await Promise.all(first.map((x) => x.answer));
  await s.proxy.holding(1);
  const after = s.t.app.planExecutor.stats();
  expect((after?.batches ?? 0) - (before?.batches ?? 0)).toBe(3);
  expect(after?.largestBatch).toBeGreaterThanOrEqual(5);
  // The acknowledged are saved once, whatever happens to the batch after them.
  const saved = await eventsOfOps(
    s.steady,
    first.map((x) => x.opId),
  );
  expect(first.map((x) => saved[x.opId])).toEqual(acked.map((a) => (a.type === 'ack' ? [a.seq] : a)));
  return five;
}

/** Sends each command again with its operation id; each must then be in the log exactly once. */
async function retried(sent: Sent[]): Promise<void> {
  const seqs: number[] = [];
  for (const x of sent) {
    const again = await socketCommand(x.who.socket, x.who.person.me.id, x.command, x.opId);
    if (again.type !== 'ack') throw new Error(`expected an ack: ${JSON.stringify(again)}`);
    seqs.push(again.seq);
  }
  const applied = await eventsOfOps(
    s.steady,
    sent.map((x) => x.opId),
  );
  expect(sent.map((x) => applied[x.opId])).toEqual(seqs.map((seq) => [seq]));
}

const unavailable = (x: Sent) => ({
  type: 'nack',
  clientOpId: x.opId,
  status: 503,
  error: { code: 'database_unavailable', message: expect.any(String) },
});

describe('the group commit losing its connection mid-batch (PostgreSQL only)', () => {
  it.skipIf(!onPostgres)(
    'cut after the batch’s COMMIT was sent: every command nacked, each saved once, retries answered from the log',
    async () => {
      const five = await batchOfFiveHeldAt(/commit\b/i, 'Cut');
      s.proxy.cut();
      for (const x of five) expect(await x.answer).toEqual(unavailable(x));
      // The COMMIT was done: all five are saved, once, though nobody heard.
      const saved = await eventsOfOps(
        s.steady,
        five.map((x) => x.opId),
      );
      for (const x of five) expect(saved[x.opId]).toHaveLength(1);

      await s.proxy.start();
      const [p] = people as [(typeof people)[number]];
      await untilOk(
        () => s.t.request({ method: 'GET', url: `/api/participants/${p.person.me.id}/plan/goals`, as: p.person }),
        2000,
      );
      await retried(five);
      expect(crashes.errors).toEqual([]);
    },
  );

  it.skipIf(!onPostgres)(
    'the pinned connection ended by PostgreSQL mid-batch: every command nacked, none saved; sent again, each saved once',
    async () => {
      const five = await batchOfFiveHeldAt(/begin\b/i, 'Ended');
      // Only the batch's own connection: the rest of the pool, and the proxy, are untouched.
      await terminateConnections(s.steady, s.proxy, 'holding');
      s.proxy.holdAfter(undefined);
      s.proxy.deliver();
      for (const x of five) expect(await x.answer).toEqual(unavailable(x));
      const saved = await eventsOfOps(
        s.steady,
        five.map((x) => x.opId),
      );
      for (const x of five) expect(saved[x.opId]).toEqual([]);
      // The server goes on serving at once, on a new connection: the dead one was not reused.
      await retried(five);
      expect(crashes.errors).toEqual([]);
    },
  );
});
