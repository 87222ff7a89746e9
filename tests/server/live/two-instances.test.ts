import { type LiveSession, liveCloseCodes, type PlanCommand, type SessionNote } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../server/src/db/client.js';
import type { LiveTestClient } from '../../helpers/live-client.js';
import { buildTestApp, createCast, createTestApp, signIn, type TestApp } from '../../helpers/test-app.js';
import { testDatabaseKind } from '../../helpers/test-database.js';
import { connectAndSubscribe, goal, newOpId, socketCommand, startSession } from './live-fixtures.js';

/**
 * Two server instances on one PostgreSQL, as behind a load balancer: the participant is connected to
 * one, the specialist to the other. Everything travels between them by LISTEN/NOTIFY after commit.
 * PGlite lives inside one process, so there is no second instance to run against it.
 */
const onPostgres = testDatabaseKind === 'postgres';
let one: TestApp;
let two: TestApp;
let secondHandle: Database;
let urlOne: string;
let urlTwo: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const sockets: LiveTestClient[] = [];

beforeAll(async () => {
  if (!onPostgres) return;
  one = await createTestApp();
  secondHandle = await openDatabase({ databaseUrl: one.testDb.url, poolSize: 5 });
  two = await buildTestApp(one.testDb, secondHandle);
  urlOne = await one.app.listen({ port: 0, host: '127.0.0.1' });
  urlTwo = await two.app.listen({ port: 0, host: '127.0.0.1' });
  cast = await createCast(one);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  if (!onPostgres) return;
  await two.app.close();
  await secondHandle.close();
  await one.close();
});

/** The participant connected to instance one, the specialist to instance two, both following the plan. */
async function acrossInstances(pid: string): Promise<{ participant: LiveTestClient; specialist: LiveTestClient }> {
  const { client: participant } = await connectAndSubscribe(urlOne, cast.participant, pid);
  const { client: specialist } = await connectAndSubscribe(urlTwo, cast.specialist, pid);
  sockets.push(participant, specialist);
  return { participant, specialist };
}

describe('two app instances on one PostgreSQL (skipped on PGlite: one process, no second instance)', () => {
  it.skipIf(!onPostgres)(
    'participant on one, specialist on the other: each sees the other’s edits and presence',
    async () => {
      const pid = cast.participant.me.id;
      const { participant, specialist } = await acrossInstances(pid);
      expect(one.app.liveHub.connectionCount).toBe(1);
      expect(two.app.liveHub.connectionCount).toBe(1);

      // Presence: both people, on both instances.
      for (const c of [participant, specialist]) {
        const both = await c.waitFor('presence', (m) => m.members.length === 2);
        expect(both.members.map((m) => m.role).sort()).toEqual(['participant', 'specialist']);
      }

      // The participant's edit, made on instance one, reaches the specialist on instance two.
      const created = await socketCommand(participant, pid, goal('Go back to evening classes'));
      if (created.type !== 'ack') throw new Error(`expected an ack: ${JSON.stringify(created)}`);
      const seen = await specialist.waitFor('events', (m) => m.events.some((e) => e.seq === created.seq));
      expect(seen.events.find((e) => e.seq === created.seq)?.command).toMatchObject({
        title: 'Go back to evening classes',
      });

      // The specialist's suggestion, made on instance two, reaches the participant on instance one.
      const suggested = await socketCommand(specialist, pid, {
        type: 'suggestion.create',
        proposal: { kind: 'step', goalId: created.ids[0] ?? '', text: 'Look up the college open day' },
      });
      if (suggested.type !== 'ack') throw new Error(`expected an ack: ${JSON.stringify(suggested)}`);
      await participant.waitFor('events', (m) => m.events.some((e) => e.seq === suggested.seq));

      // And the participant accepting it is seen back on instance two.
      const accepted = await socketCommand(participant, pid, {
        type: 'suggestion.accept',
        suggestionId: suggested.ids[0] ?? '',
      });
      if (accepted.type !== 'ack') throw new Error(`expected an ack: ${JSON.stringify(accepted)}`);
      await specialist.waitFor('events', (m) => m.events.some((e) => e.seq === accepted.seq));

      // What each person is working on crosses over too.
      participant.send({ type: 'presence', participantId: pid, focus: { kind: 'goal', id: created.ids[0] } });
      await specialist.waitFor('presence', (m) =>
        m.members.some((x) => x.role === 'participant' && x.focus?.kind === 'goal' && x.focus.id === created.ids[0]),
      );

      // A session started on instance two is announced on instance one.
      const session = await startSession(two, cast.specialist, pid, 'video');
      await participant.waitFor('session', (m) => m.session.id === session.id);

      // Each saw every event once, in order, with nothing missing.
      await participant.sync();
      await specialist.sync();
      const seqs = (c: LiveTestClient) => c.all('events').flatMap((m) => m.events.map((e) => e.seq));
      expect(seqs(participant)).toEqual([created.seq, suggested.seq, accepted.seq]);
      expect(seqs(specialist)).toEqual([created.seq, suggested.seq, accepted.seq]);

      // The specialist leaves (instance two): the participant (instance one) sees them go.
      specialist.close();
      await participant.waitFor('presence', (m) => m.members.length === 1 && m.members[0]?.role === 'participant');
    },
  );

  it.skipIf(!onPostgres)(
    'an event too big for a notification reaches the other instance whole, read back from the log',
    async () => {
      const pid = cast.participant.me.id;
      const { participant, specialist } = await acrossInstances(pid);
      const why = 'Volver a estudiar por las tardes, paso a paso. 学び続ける。'.repeat(35).slice(0, 2000);
      const created = await socketCommand(participant, pid, { ...goal('Estudiar'), why } as PlanCommand);
      if (created.type !== 'ack') throw new Error(`expected an ack: ${JSON.stringify(created)}`);
      const seen = await specialist.waitFor('events', (m) => m.events.some((e) => e.seq === created.seq));
      expect(seen.events.find((e) => e.seq === created.seq)?.command).toMatchObject({ why });
    },
  );

  it.skipIf(!onPostgres)(
    'a note drafted on one instance reaches the person on the other, and their answer comes back',
    async () => {
      const pid = cast.participant.me.id;
      const { participant, specialist } = await acrossInstances(pid);
      // The first test left its session open; one session at a time.
      const listed = await two.request({
        method: 'GET',
        url: `/api/live-sessions?participantId=${pid}`,
        as: cast.specialist,
      });
      for (const open of listed.json<{ sessions: LiveSession[] }>().sessions.filter((x) => !x.endedAt)) {
        await two.request({ method: 'POST', url: `/api/live-sessions/${open.id}/end`, as: cast.specialist });
      }
      const session = await startSession(two, cast.specialist, pid);
      for (const [app, as, action] of [
        [one, cast.participant, 'join'],
        [two, cast.specialist, 'end'],
      ] as const) {
        expect(
          (await app.request({ method: 'POST', url: `/api/live-sessions/${session.id}/${action}`, as })).statusCode,
        ).toBe(200);
      }
      const drafted = await two.request({
        method: 'POST',
        url: `/api/live-sessions/${session.id}/note`,
        as: cast.specialist,
        body: { workedOn: 'Evening classes.', chosen: 'The Thursday course.', nextSteps: 'Enrol by Friday.' },
      });
      expect(drafted.statusCode, drafted.body).toBe(201);
      const noteId = drafted.json<SessionNote>().id;
      await participant.waitFor('note', (m) => m.noteId === noteId);

      const signed = await one.request({
        method: 'POST',
        url: `/api/notes/${noteId}/respond`,
        as: cast.participant,
        body: { version: 1, response: 'co-signed' },
      });
      expect(signed.statusCode, signed.body).toBe(200);
      await specialist.waitFor('note', () => specialist.all('note').filter((m) => m.noteId === noteId).length === 2);
    },
  );

  it.skipIf(!onPostgres)(
    'signing out on one instance closes that sign-in’s socket on the other within a second',
    async () => {
      const pid = cast.participant.me.id;
      const phone = await signIn(one, cast.participant.email, cast.participant.password);
      const { client } = await connectAndSubscribe(urlOne, phone, pid);
      sockets.push(client);
      const started = performance.now();
      const closed = client.waitForClose(5000);
      const res = await two.request({ method: 'POST', url: '/api/auth/sign-out', as: phone });
      expect(res.statusCode).toBeLessThan(300);
      expect((await closed).code).toBe(liveCloseCodes.accessEnded);
      expect(performance.now() - started).toBeLessThan(1000);
      // A retried command id is recognised whichever instance it arrives at.
      const { client: a } = await connectAndSubscribe(urlOne, cast.participant, pid);
      const { client: b } = await connectAndSubscribe(urlTwo, cast.participant, pid);
      sockets.push(a, b);
      const clientOpId = newOpId('cross');
      const first = await socketCommand(a, pid, goal('Once only'), clientOpId);
      const again = await socketCommand(b, pid, goal('Once only'), clientOpId);
      expect(first.type).toBe('ack');
      expect(again).toMatchObject({ type: 'ack', seq: first.type === 'ack' ? first.seq : -1 });
    },
  );
});
