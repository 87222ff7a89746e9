import type { ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../web/src/data/api-error.js';
import { LivePlan } from '../../../web/src/data/live-plan.js';
import { type FakeSocket, nextSocket, useFakeSockets } from '../fake-socket.js';
import { event, goal, participantId, plan, step } from '../fixtures.js';

/**
 * The live plan against the server's end of the socket: what a person notices is that the plan
 * they see is the plan on the server, that nothing they did is lost or done twice across a
 * dropped connection, and that a refused change comes back to them with the reason.
 */
const host: ReactiveControllerHost = {
  addController: () => {},
  removeController: () => {},
  requestUpdate: () => {},
  updateComplete: Promise.resolve(true),
};

const g = goal({ id: '30000000-0000-4000-8000-000000000001' });
let live: LivePlan;

/** Opens the live plan and answers its first subscription with `snapshot`. */
async function open(snapshot = plan({ seq: 2, goals: [g] })): Promise<FakeSocket> {
  live = new LivePlan(host, () => participantId);
  live.hostConnected();
  const socket = await nextSocket(1);
  socket.open();
  expect(socket.sent).toEqual([{ type: 'subscribe', participantId }]);
  socket.receive({ type: 'snapshot', participantId, plan: snapshot });
  socket.receive({ type: 'subscribed', participantId, seq: snapshot.seq });
  return socket;
}

const addStep = (seq: number, text: string) => {
  const s = step(g.id, { text });
  return event(seq, { type: 'step.create', goalId: g.id, text }, [{ kind: 'step', value: s }]);
};

beforeEach(() => useFakeSockets());
afterEach(() => {
  live.hostDisconnected();
  vi.unstubAllGlobals();
});

describe('the live plan', () => {
  it('shows the snapshot, and after a dropped connection resubscribes from the last seq it saw', async () => {
    const first = await open();
    expect(live.status).toBe('ready');
    expect(live.connection).toBe('online');
    first.receive({ type: 'events', participantId, events: [addStep(3, 'Check the opening hours')] });
    expect(live.plan?.seq).toBe(3);

    first.drop();
    expect(live.connection).toBe('offline');
    const second = await nextSocket(2);
    second.open();
    expect(second.sent).toEqual([{ type: 'subscribe', participantId, lastSeq: 3 }]);
    // The server sends what was missed; an event already applied is not applied again.
    second.receive({
      type: 'events',
      participantId,
      events: [addStep(3, 'Check the opening hours'), addStep(4, 'Ask about a card')],
    });
    second.receive({ type: 'subscribed', participantId, seq: 4 });
    expect(live.plan?.steps.map((s) => s.text)).toEqual(['Check the opening hours', 'Ask about a card']);
    expect(live.resubscribed).toBe(true);
  });

  it('sends again, with the same operation id, a change the server had not acknowledged before a drop', async () => {
    const first = await open();
    const saved = live.send({ type: 'step.create', goalId: g.id, text: 'Ask about a card' });
    const [sent] = first.commands();
    expect(sent?.command).toEqual({ type: 'step.create', goalId: g.id, text: 'Ask about a card' });
    expect(live.unacknowledged).toBe(1);

    first.drop();
    const second = await nextSocket(2);
    second.open();
    expect(second.commands()).toEqual([]); // not before the plan is subscribed again
    second.receive({ type: 'subscribed', participantId, seq: 2 });
    expect(second.commands()).toEqual([sent]);

    second.receive({ type: 'ack', clientOpId: sent?.clientOpId ?? '', seq: 3, ids: [] });
    second.receive({ type: 'events', participantId, events: [addStep(3, 'Ask about a card')] });
    await expect(saved).resolves.toEqual({ seq: 3, ids: [] });
    expect(live.unacknowledged).toBe(0);
    expect(live.plan?.steps.map((s) => s.text)).toEqual(['Ask about a card']);
  });

  it('holds a change made while offline and sends it once the plan is subscribed again', async () => {
    const first = await open();
    first.drop();
    void live.send({ type: 'goal.set-status', goalId: g.id, status: 'on-hold' });
    const second = await nextSocket(2);
    second.open();
    second.receive({ type: 'subscribed', participantId, seq: 2 });
    expect(second.commands().map((c) => c.command)).toEqual([
      { type: 'goal.set-status', goalId: g.id, status: 'on-hold' },
    ]);
    expect(first.commands()).toEqual([]);
  });

  it('rejects a change the server refused as stale, with the item as it is now, and keeps nothing waiting', async () => {
    const socket = await open();
    const edit = live.send({ type: 'goal.edit', goalId: g.id, version: 1, title: 'Walk every Saturday' });
    const current = { ...g, title: 'Walk to the library', version: 2 };
    const [sent] = socket.commands();
    socket.receive({
      type: 'nack',
      clientOpId: sent?.clientOpId ?? '',
      status: 409,
      error: { code: 'stale_version', message: 'Changed meanwhile.', current },
    });
    const refused = await edit.catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 409, code: 'stale_version', current });
    expect(live.unacknowledged).toBe(0);
    // Reconnecting does not send the refused change again.
    socket.drop();
    const second = await nextSocket(2);
    second.open();
    second.receive({ type: 'subscribed', participantId, seq: 2 });
    expect(second.commands()).toEqual([]);
  });

  it('keeps a change the database could not take just then (503) and sends it again with the same id', async () => {
    const socket = await open();
    void live.send({ type: 'goal.set-status', goalId: g.id, status: 'on-hold' });
    const [sent] = socket.commands();
    socket.receive({
      type: 'nack',
      clientOpId: sent?.clientOpId ?? '',
      status: 503,
      error: { code: 'database_unavailable', message: 'Try again.' },
    });
    expect(live.unacknowledged).toBe(1);
    await vi.waitFor(() => expect(socket.commands()).toHaveLength(2), { timeout: 4000 });
    expect(socket.commands()[1]?.clientOpId).toBe(sent?.clientOpId);
  });
});
