import 'fake-indexeddb/auto';
import type { ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LivePlan } from '../../../web/src/data/live-plan.js';
import { closeOfflineDb } from '../../../web/src/data/offline/db.js';
import { OutboxStore } from '../../../web/src/data/offline/outbox-store.js';
import { nextSocket, useFakeSockets } from '../fake-socket.js';
import { goal, participantId, plan } from '../fixtures.js';

/**
 * The outbox as the person relies on it: what they did with no signal is kept on the device (in
 * IndexedDB, per person), sent in the order they did it, once each — a re-send after a dropped
 * connection carries the same operation id — and a refusal nobody was waiting for stays, with
 * its reason. Someone else signed in on the same device never reads it.
 */
const host: ReactiveControllerHost = {
  addController: () => {},
  removeController: () => {},
  requestUpdate: () => {},
  updateComplete: Promise.resolve(true),
};
const pat = participantId;
const quinn = '10000000-0000-4000-8000-00000000000f';
const g = goal({ id: '30000000-0000-4000-8000-000000000001' });
const step = (text: string) => ({ type: 'step.create' as const, goalId: g.id, text });
const opened: LivePlan[] = [];

function openOwnPlan(): LivePlan {
  const live = new LivePlan(
    host,
    () => pat,
    () => pat,
  );
  opened.push(live);
  live.hostConnected();
  return live;
}

beforeEach(() => useFakeSockets());
afterEach(async () => {
  for (const live of opened.splice(0)) live.hostDisconnected();
  vi.unstubAllGlobals();
  closeOfflineDb();
  await new Promise<void>((resolve) => {
    const del = indexedDB.deleteDatabase('alongside-offline');
    del.onsuccess = del.onerror = del.onblocked = () => resolve();
  });
});

describe('the outbox store', () => {
  it('keeps each person’s commands in the order they were made', async () => {
    const store = new OutboxStore(pat);
    for (const text of ['one', 'two', 'three']) {
      await store.add({ participantId: pat, clientOpId: `op-${text}-000`, command: step(text) });
    }
    expect((await store.list()).map((e) => (e.command as { text: string }).text)).toEqual(['one', 'two', 'three']);
  });

  it('never shows, removes or clears one person’s commands for another signed in on the same device', async () => {
    const mine = new OutboxStore(pat);
    const theirs = new OutboxStore(quinn);
    await mine.add({ participantId: pat, clientOpId: 'op-pat-0001', command: step('Pat’s') });
    await theirs.add({ participantId: quinn, clientOpId: 'op-quinn-001', command: step('Quinn’s') });
    expect((await theirs.list()).map((e) => e.clientOpId)).toEqual(['op-quinn-001']);
    await theirs.remove('op-pat-0001');
    await theirs.clear();
    expect((await mine.list()).map((e) => e.clientOpId)).toEqual(['op-pat-0001']);
    expect(await theirs.count()).toBe(0);
  });

  it('keeps a refusal with its reason, and a retry goes to the end as a new operation', async () => {
    const store = new OutboxStore(pat);
    await store.add({ participantId: pat, clientOpId: 'op-first-001', command: step('first') });
    await store.add({ participantId: pat, clientOpId: 'op-second-01', command: step('second') });
    await store.refuse('op-first-001', {
      status: 409,
      code: 'stale_version',
      message: 'Changed.',
      current: { version: 3 },
    });
    expect((await store.list())[0]).toMatchObject({ state: 'conflict', refusal: { code: 'stale_version' } });
    await store.requeue('op-first-001', 'op-first-002', step('first'));
    expect((await store.list()).map((e) => [e.clientOpId, e.state])).toEqual([
      ['op-second-01', 'pending'],
      ['op-first-002', 'pending'],
    ]);
  });
});

describe('the live plan with an outbox', () => {
  it('keeps changes made with no connection across a reload, and sends them in order, one at a time', async () => {
    const before = openOwnPlan();
    // No connection: each change is queued durably and the form is free at once.
    await expect(before.send(step('a'))).resolves.toMatchObject({ ids: [] });
    await before.send(step('b'));
    await before.send(step('c'));
    expect(before.unacknowledged).toBe(3);
    before.hostDisconnected();

    const after = openOwnPlan(); // the page, reloaded
    await vi.waitFor(() => expect(after.unacknowledged).toBe(3));
    const socket = await nextSocket(2);
    socket.open();
    socket.receive({ type: 'snapshot', participantId: pat, plan: plan({ seq: 2, goals: [g] }) });
    socket.receive({ type: 'subscribed', participantId: pat, seq: 2 });
    // One at a time: the next goes once the server has answered the one before.
    expect(socket.commands().map((c) => (c.command as { text: string }).text)).toEqual(['a']);
    const [first] = socket.commands();
    socket.receive({ type: 'ack', clientOpId: first?.clientOpId ?? '', seq: 3, ids: ['x'] });
    await vi.waitFor(() => expect(socket.commands()).toHaveLength(2));
    expect(socket.commands()[1]?.command).toMatchObject({ text: 'b' });
    expect(await new OutboxStore(pat).count()).toBe(2);
  });

  it('re-sends the command in flight with the same operation id after a drop, so it is applied once', async () => {
    const live = openOwnPlan();
    await live.send(step('once'));
    const first = await nextSocket(1);
    first.open();
    first.receive({ type: 'snapshot', participantId: pat, plan: plan({ seq: 2, goals: [g] }) });
    first.receive({ type: 'subscribed', participantId: pat, seq: 2 });
    const [sent] = first.commands();
    first.drop();
    const second = await nextSocket(2);
    second.open();
    second.receive({ type: 'subscribed', participantId: pat, seq: 3 });
    expect(second.commands().map((c) => c.clientOpId)).toEqual([sent?.clientOpId]);
    second.receive({ type: 'ack', clientOpId: sent?.clientOpId ?? '', seq: 3, ids: ['x'] });
    await vi.waitFor(async () => expect(await new OutboxStore(pat).count()).toBe(0));
    expect(live.unacknowledged).toBe(0);
  });

  it('keeps a queued edit that met newer words as a conflict for the person, never dropping it', async () => {
    const live = openOwnPlan();
    await live.send({ type: 'goal.edit', goalId: g.id, version: 1, title: 'My words' });
    const socket = await nextSocket(1);
    socket.open();
    socket.receive({ type: 'snapshot', participantId: pat, plan: plan({ seq: 2, goals: [g] }) });
    socket.receive({ type: 'subscribed', participantId: pat, seq: 2 });
    const [sent] = socket.commands();
    socket.receive({
      type: 'nack',
      clientOpId: sent?.clientOpId ?? '',
      status: 409,
      error: { code: 'stale_version', message: 'Changed.', current: { ...g, title: 'Their words', version: 2 } },
    });
    await vi.waitFor(async () => expect((await new OutboxStore(pat).list())[0]?.state).toBe('conflict'));
    const entry = live.offline?.outbox.entries[0];
    expect(entry?.refusal?.current).toMatchObject({ title: 'Their words' });
    // "Keep my words": the same edit, against the version there now, as a new operation.
    if (!entry) throw new Error('no entry');
    await live.offline?.keepMine(entry, 'op-keep-mine-1');
    await vi.waitFor(() => expect(socket.commands()).toHaveLength(2));
    expect(socket.commands()[1]).toMatchObject({
      clientOpId: 'op-keep-mine-1',
      command: { version: 2, title: 'My words' },
    });
  });
});

describe('when the outbox tries again', () => {
  it('tries on `online`, when the page becomes visible, and on a timer — not on Background Sync', async () => {
    vi.useFakeTimers();
    const { SyncTriggers } = await import('../../../web/src/data/offline/sync-loop.js');
    const poke = vi.fn();
    const triggers = new SyncTriggers(poke, 15_000);
    triggers.start();
    window.dispatchEvent(new Event('online'));
    expect(poke).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(poke).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(15_000);
    expect(poke).toHaveBeenCalledTimes(3);
    triggers.stop();
    window.dispatchEvent(new Event('online'));
    vi.advanceTimersByTime(60_000);
    expect(poke).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });

  it('paces a long outbox under the socket’s rate limit: a burst, then a steady rate', async () => {
    const { Pacer } = await import('../../../web/src/data/offline/sync-loop.js');
    const pacer = new Pacer(3, 10);
    expect([pacer.take(), pacer.take(), pacer.take()]).toEqual([0, 0, 0]);
    const wait = pacer.take();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(100);
  });
});
