import type { Goal, PlanCommand } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, type TestApp } from '../../helpers/test-app.js';
import {
  connectAndSubscribe,
  goal,
  historyOf,
  newOpId,
  sendCommand,
  snapshotOf,
  socketCommand,
  startLiveApp,
} from './live-fixtures.js';

/**
 * Two editors of the same text at once — the person on their phone and on the shared laptop —
 * never overwrite each other silently: whoever is second gets a conflict carrying the current
 * text, and can decide what to do with it.
 */
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

async function twoDevices(pid: string) {
  const { client: phone } = await connectAndSubscribe(baseUrl, cast.participant, pid);
  const { client: laptop } = await connectAndSubscribe(baseUrl, cast.participant, pid);
  const { client: specialist } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
  sockets.push(phone, laptop, specialist);
  return { phone, laptop, specialist };
}

describe('conflicting edits over the live channel', () => {
  it('the second of two edits made against the same version gets 409 stale_version with the current text', async () => {
    const pid = cast.participant.me.id;
    const { phone, laptop, specialist } = await twoDevices(pid);
    const created = await socketCommand(phone, pid, goal('Go to a meeting'));
    expect(created.type).toBe('ack');
    const goalId = created.type === 'ack' ? created.ids[0] : undefined;
    if (!goalId) throw new Error('no goal id');
    const version = (await snapshotOf(t, cast.participant, pid)).goals.find((g) => g.id === goalId)?.version;
    expect(version).toBe(1);

    // Both devices send their edit at once, each made against version 1.
    const first = newOpId('phone-edit');
    const second = newOpId('laptop-edit');
    const edit = (title: string): PlanCommand => ({ type: 'goal.edit', goalId, version: 1, title });
    const answers = Promise.all([
      Promise.race([
        phone.waitForNext('ack', (m) => m.clientOpId === first),
        phone.waitForNext('nack', (m) => m.clientOpId === first),
      ]),
      Promise.race([
        laptop.waitForNext('ack', (m) => m.clientOpId === second),
        laptop.waitForNext('nack', (m) => m.clientOpId === second),
      ]),
    ]);
    sendCommand(phone, pid, edit('Go to two meetings a week'), first);
    sendCommand(laptop, pid, edit('Go to a Tuesday meeting'), second);
    const [a, b] = await answers;

    // Exactly one wins; the other is told what the text is now.
    const outcomes = [a, b].map((m) => m.type).sort();
    expect(outcomes).toEqual(['ack', 'nack']);
    const winnerTitle = a.type === 'ack' ? 'Go to two meetings a week' : 'Go to a Tuesday meeting';
    const loser = a.type === 'nack' ? a : b;
    if (loser.type !== 'nack') throw new Error('expected a nack');
    expect(loser.status).toBe(409);
    expect(loser.error.code).toBe('stale_version');
    expect(loser.error.current).toMatchObject({ id: goalId, title: winnerTitle, version: 2 });

    // Nothing was silently overwritten: the plan and its history hold the winner only.
    const plan = await snapshotOf(t, cast.participant, pid);
    expect(plan.goals.find((g) => g.id === goalId)).toMatchObject({ title: winnerTitle, version: 2 });
    const edits = (await historyOf(t, cast.participant, pid)).filter((e) => e.command.type === 'goal.edit');
    expect(edits).toHaveLength(1);

    // Everyone watching saw the one edit.
    const winnerSeq = edits[0]?.seq;
    for (const c of [phone, laptop, specialist]) {
      await c.waitFor('events', (m) => m.events.some((e) => e.seq === winnerSeq));
      await c.sync();
      const seen = c
        .all('events')
        .flatMap((m) => m.events)
        .filter((e) => e.command.type === 'goal.edit');
      expect(seen.map((e) => e.seq)).toEqual([winnerSeq]);
    }

    // The loser, having seen the current text, can apply their change on top of it.
    const current = loser.error.current as Goal;
    const retry = await socketCommand(a.type === 'nack' ? phone : laptop, pid, {
      type: 'goal.edit',
      goalId,
      version: current.version,
      title: `${current.title} (Tuesdays)`,
    });
    expect(retry.type).toBe('ack');
    expect((await snapshotOf(t, cast.participant, pid)).goals.find((g) => g.id === goalId)?.title).toBe(
      `${winnerTitle} (Tuesdays)`,
    );
  });

  it('a specialist cannot edit the person’s goal text at all: 403 participant_decides, and nothing changes', async () => {
    const pid = cast.participant.me.id;
    const { client: specialist } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    sockets.push(specialist);
    const before = await snapshotOf(t, cast.participant, pid);
    const target = before.goals[0];
    if (!target) throw new Error('no goal');
    const answer = await socketCommand(specialist, pid, {
      type: 'goal.edit',
      goalId: target.id,
      version: target.version,
      title: 'Go to the meetings I picked for you',
    });
    expect(answer).toMatchObject({ type: 'nack', status: 403, error: { code: 'participant_decides' } });
    expect((await snapshotOf(t, cast.participant, pid)).goals).toEqual(before.goals);
  });
});
