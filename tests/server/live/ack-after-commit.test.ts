import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, type TestApp } from '../../helpers/test-app.js';
import {
  connectAndSubscribe,
  goal,
  historyOf,
  newOpId,
  sendCommand,
  seqsReceived,
  snapshotOf,
  startLiveApp,
} from './live-fixtures.js';

/**
 * "Acknowledged" must mean "saved": the ack is sent only after the transaction has committed. To
 * prove it, COMMIT itself is made to fail — a deferred constraint trigger on the event log raises
 * at commit time while a flag row says so — after every statement of the command has succeeded.
 */
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const sockets: LiveTestClient[] = [];

const failCommitMessage = 'commit refused by the test';

beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp());
  cast = await createCast(t);
  const db = t.testDb.database.db;
  await db.execute('create table fail_commit (fail boolean not null)');
  await db.execute('insert into fail_commit values (false)');
  await db.execute(`
    create function fail_commit_check() returns trigger language plpgsql as $$
    begin
      if (select fail from fail_commit) then
        raise exception '${failCommitMessage}';
      end if;
      return null;
    end;
    $$`);
  await db.execute(`
    create constraint trigger plan_events_fail_commit after insert on plan_events
    deferrable initially deferred for each row execute function fail_commit_check()`);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

const setFailCommit = (fail: boolean) => t.testDb.database.db.execute(`update fail_commit set fail = ${fail}`);

describe('an ack is sent only after the commit', () => {
  it('a commit that fails gets a nack and no ack, reaches nobody, and the retry with the same id is applied exactly once', async () => {
    const pid = cast.participant.me.id;
    const { client: phone } = await connectAndSubscribe(baseUrl, cast.participant, pid);
    const { client: specialist } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    sockets.push(phone, specialist);
    const before = await snapshotOf(t, cast.participant, pid);

    await setFailCommit(true);
    const clientOpId = newOpId('commit-fails');
    const command = goal('Walk to the library on Saturday');
    const nack = phone.waitForNext('nack', (m) => m.clientOpId === clientOpId);
    sendCommand(phone, pid, command, clientOpId);
    const refused = await nack;
    expect([500, 503]).toContain(refused.status);
    // The person is told it was not saved, in plain words; nothing about the database leaks.
    expect(refused.error.message).toMatch(/not saved/i);
    expect(JSON.stringify(refused)).not.toContain(failCommitMessage);
    expect(JSON.stringify(refused)).not.toMatch(/plan_events|trigger|sql/i);

    // Round trips on both sockets: anything sent before them has arrived.
    await phone.sync();
    await specialist.sync();
    expect(phone.all('ack').filter((m) => m.clientOpId === clientOpId)).toEqual([]);
    expect(seqsReceived(phone, pid)).toEqual([]);
    expect(seqsReceived(specialist, pid)).toEqual([]);
    const unchanged = await snapshotOf(t, cast.participant, pid);
    expect(unchanged.seq).toBe(before.seq);
    expect(unchanged.goals).toEqual(before.goals);
    expect(await historyOf(t, cast.participant, pid)).toHaveLength(before.seq);

    await setFailCommit(false);
    const ack = phone.waitForNext('ack', (m) => m.clientOpId === clientOpId);
    sendCommand(phone, pid, command, clientOpId);
    const accepted = await ack;
    expect(accepted.seq).toBe(before.seq + 1);

    // The other person sees the change once.
    await specialist.waitFor('events', (m) => m.events.some((e) => e.seq === accepted.seq));
    // Sending it a third time (as a client unsure about the ack would) changes nothing either.
    const again = phone.waitForNext('ack', (m) => m.clientOpId === clientOpId);
    sendCommand(phone, pid, command, clientOpId);
    expect((await again).seq).toBe(accepted.seq);

    await phone.sync();
    await specialist.sync();
    expect(phone.all('ack').filter((m) => m.clientOpId === clientOpId)).toHaveLength(2);
    expect(phone.all('nack').filter((m) => m.clientOpId === clientOpId)).toHaveLength(1);
    expect(seqsReceived(specialist, pid)).toEqual([accepted.seq]);
    expect(seqsReceived(phone, pid)).toEqual([accepted.seq]);
    const history = await historyOf(t, cast.participant, pid);
    expect(history.map((e) => e.seq)).toEqual([accepted.seq]);
    expect(history[0]?.command).toEqual(command);
    const after = await snapshotOf(t, cast.participant, pid);
    expect(after.goals.map((g) => g.title)).toEqual(['Walk to the library on Saturday']);
  });
});
