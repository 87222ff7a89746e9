import type { CommandResult, zPlanGoalsPart } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  type AppBehindProxy,
  eventsOfOps,
  expectUnavailable,
  startAppBehindProxy,
  terminateConnections,
  untilOk,
  watchForCrashes,
} from '../helpers/database-outage.js';
import { sendCommand } from '../helpers/plan-api.js';
import type { SignedInPerson } from '../helpers/test-app.js';
import { testDatabaseKind } from '../helpers/test-database.js';
import { connectAndSubscribe, eventually, goal, newOpId, socketCommand } from './live/live-fixtures.js';

/**
 * The database goes away while transactions are open: plan reads and plan commands, over REST and
 * the socket, each holding a pooled connection. The server must answer them (503 with Retry-After,
 * or a nack), stay up, apply every command once or not at all, and serve again as soon as the
 * database is back. The proxy holds the database's answers once the app has sent a statement
 * (its COMMIT, or its BEGIN), so the test knows every request is mid-transaction when it strikes.
 * Also: a database that stops answering, and the LISTEN connection lost on its own.
 * PostgreSQL only: PGlite runs inside the process, so there is no connection to lose.
 */
const onPostgres = testDatabaseKind === 'postgres';
let s: AppBehindProxy;
let readers: SignedInPerson[];
const crashes = watchForCrashes();

beforeAll(async () => {
  if (!onPostgres) return;
  s = await startAppBehindProxy(4);
  readers = s.participants;
});
afterAll(async () => {
  crashes.stop();
  await s?.close();
});

const readGoals = (p: SignedInPerson) =>
  s.t.request({ method: 'GET', url: `/api/participants/${p.me.id}/plan/goals`, as: p });

interface Sent {
  person: SignedInPerson;
  title: string;
  opId: string;
}

/**
 * Reads and commands are sent, all held mid-transaction, then `outage` strikes and the database
 * comes back. Checks that every one was refused as unavailable (none acknowledged), that the app
 * serves again within 2 s, and that the process recorded no uncaught error; answers the commands.
 */
async function throughOutage(label: string, trigger: RegExp, outage: () => Promise<void>): Promise<Sent[]> {
  const [a, b, c, d] = readers as [SignedInPerson, SignedInPerson, SignedInPerson, SignedInPerson];
  const { client: socket } = await connectAndSubscribe(s.baseUrl, d, d.me.id);
  const rest: Sent[] = [a, b].map((person, i) => ({ person, title: `${label} REST ${i}`, opId: newOpId() }));
  const live: Sent = { person: d, title: `${label} socket`, opId: newOpId() };

  s.proxy.holdAfter(trigger);
  const reads = [a, b, c].map(readGoals);
  const restAnswers = rest.map((r) => sendCommand(s.t, r.person, r.person.me.id, goal(r.title), r.opId));
  const liveAnswer = socketCommand(socket, d.me.id, goal(live.title), live.opId);
  // Three reads, and two commands in batches of their own (the third waits for a free batch).
  await s.proxy.holding(5);
  await outage();

  for (const res of await Promise.all(reads)) expectUnavailable(res);
  for (const res of await Promise.all(restAnswers)) expectUnavailable(res);
  expect(await liveAnswer).toEqual({
    type: 'nack',
    clientOpId: live.opId,
    status: 503,
    error: { code: 'database_unavailable', message: expect.any(String) },
  });

  await s.proxy.start();
  await untilOk(() => readGoals(a), 2000);
  expect(crashes.errors).toEqual([]);
  socket.close();
  return [...rest, live];
}

/** How many times each command is in its plan's event log. */
async function timesApplied(sent: Sent[]): Promise<number[]> {
  const applied = await eventsOfOps(
    s.steady,
    sent.map((x) => x.opId),
  );
  return sent.map((x) => applied[x.opId]?.length ?? 0);
}

/**
 * What a client does with commands not acknowledged: sends them again with the same operation
 * id. Afterwards each is in the log exactly once, with the seq its answer gave, and its plan
 * shows the goal once.
 */
async function sendAgain(sent: Sent[]): Promise<void> {
  const seqs: number[] = [];
  for (const x of sent) {
    const res = await sendCommand(s.t, x.person, x.person.me.id, goal(x.title), x.opId);
    expect(res.statusCode, res.body).toBe(200);
    seqs.push(res.json<CommandResult>().seq);
  }
  const applied = await eventsOfOps(
    s.steady,
    sent.map((x) => x.opId),
  );
  expect(sent.map((x) => applied[x.opId])).toEqual(seqs.map((seq) => [seq]));
  for (const x of sent) {
    const { goals } = (await readGoals(x.person)).json<z.infer<typeof zPlanGoalsPart>>();
    expect(goals.filter((g) => g.title === x.title)).toHaveLength(1);
  }
}

/**
 * Another instance's changes reach this instance's sockets: its LISTEN connection is up. Presence
 * is sent until it gets through (a notification sent before LISTEN is back is lost, not kept);
 * then a plan change made on the other instance must arrive too.
 */
async function fanOutFromOtherInstance(): Promise<void> {
  const [a] = readers as [SignedInPerson];
  const { client: here } = await connectAndSubscribe(s.baseUrl, a, a.me.id);
  const { client: there } = await connectAndSubscribe(s.steadyUrl, s.specialist, a.me.id);
  await eventually(async () => {
    const id = crypto.randomUUID();
    there.send({ type: 'presence', participantId: a.me.id, focus: { kind: 'goal', id } });
    await here.waitForNext('presence', (m) => m.members.some((p) => p.focus?.id === id), 300);
  }, 6000);
  const made = await sendCommand(s.steady, a, a.me.id, goal('Made on the other instance'));
  expect(made.statusCode, made.body).toBe(200);
  const { seq } = made.json<CommandResult>();
  await here.waitFor('events', (m) => m.events.some((e) => e.seq === seq));
  here.close();
  there.close();
}

/** The server processes of this app's connections that last ran a LISTEN. */
async function listening(): Promise<number[]> {
  const { rows } = (await s.steady.testDb.database.db.execute(
    `select pid from pg_stat_activity where datname = current_database()
     and query ilike 'listen %' and client_port in (${s.proxy.databasePorts().join(', ')})`,
  )) as unknown as { rows: { pid: number }[] };
  return rows.map((r) => r.pid);
}

describe('connections to the database lost under the app (PostgreSQL only)', () => {
  it.skipIf(!onPostgres)(
    'network cut after the COMMITs were sent: 503s and a nack, no crash, each command applied once, live fan-out resumes',
    async () => {
      const sent = await throughOutage('Cut', /commit\b/i, async () => s.proxy.cut());
      // The two commands whose batches had committed were saved though their senders heard 503;
      // the one still waiting for a batch was not.
      expect((await timesApplied(sent)).sort()).toEqual([0, 1, 1]);
      await sendAgain(sent);

      // The LISTEN connection came back by itself.
      await fanOutFromOtherInstance();
      expect(crashes.errors).toEqual([]);
    },
  );

  it.skipIf(!onPostgres)(
    'PostgreSQL shuts down (fast) mid-transaction: every backend terminated, new connections refused',
    async () => {
      const sent = await throughOutage('Shutdown', /begin\b/i, async () => {
        s.proxy.stopAccepting();
        await terminateConnections(s.steady, s.proxy);
        // Each connection now gets what the database said before hanging up, the FATAL included.
        s.proxy.holdAfter(undefined);
        s.proxy.deliver();
      });
      // Nothing was committed: every transaction ended at its BEGIN.
      expect(await timesApplied(sent)).toEqual([0, 0, 0]);
      await sendAgain(sent);
      expect(crashes.errors).toEqual([]);
    },
  );

  it.skipIf(!onPostgres)(
    'a database that stops answering: a request finding every connection taken gets 503, not 500',
    async () => {
      const [a] = readers as [SignedInPerson];
      // Every statement's answer held: each request takes a connection and keeps it.
      s.proxy.holdAfter(/[\s\S]/);
      const stuck = Array.from({ length: 10 }, () => readGoals(a));
      await s.proxy.holding(10);
      expectUnavailable(await readGoals(a));
      s.proxy.cut();
      for (const res of await Promise.all(stuck)) expectUnavailable(res);
      await s.proxy.start();
      await untilOk(() => readGoals(a), 2000);
      expect(crashes.errors).toEqual([]);
    },
  );

  it.skipIf(!onPostgres)(
    'the LISTEN connection ended by PostgreSQL, twice: each time one connection replaces it and fan-out resumes',
    async () => {
      // (After an earlier test's outage, it may still be on its way back.)
      let [old] = await eventually(async () => {
        const pids = await listening();
        expect(pids).toHaveLength(1);
        return pids;
      }, 6000);
      for (const _round of [1, 2]) {
        await s.steady.testDb.database.db.execute(`select pg_terminate_backend(${old})`);
        [old] = await eventually(async () => {
          const replacements = (await listening()).filter((pid) => pid !== old);
          expect(replacements).toHaveLength(1);
          return replacements;
        });
        await fanOutFromOtherInstance();
        expect(await listening()).toHaveLength(1);
      }
      expect(crashes.errors).toEqual([]);
    },
  );
});
