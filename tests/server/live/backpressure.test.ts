// For the type of `app.websocketServer`, which the websocket plugin adds to Fastify.
import type {} from '@fastify/websocket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, type TestApp } from '../../helpers/test-app.js';
import { connectAndSubscribe, eventually, goal, restCommand, startLiveApp, subscribe } from './live-fixtures.js';

/**
 * A client that stops reading (a frozen tab, a phone gone into a tunnel) must not make the server
 * hold an ever-growing queue for it: past the cap its socket is closed with 1013 ("reconnect and
 * resync"). The cap is set to 16 KiB here so a few megabytes (enough to fill the kernel's socket
 * buffers first) make the point quickly; production uses 1 MiB.
 */
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const sockets: LiveTestClient[] = [];

beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp({
    live: {
      limits: {
        maxBufferedBytes: 16 * 1024,
        burst: 10_000,
        perSecond: 10_000,
        maxStrikesPerMinute: 10,
        closeGraceMs: 2000,
      },
    },
  }));
  cast = await createCast(t);
  // A plan whose snapshot is large (about 100 KB).
  const pid = cast.participant.me.id;
  for (let i = 0; i < 40; i++) {
    await restCommand(t, cast.participant, pid, {
      ...goal(`Goal number ${i}`),
      why: `Because ${i}: ${'it matters to me. '.repeat(110)}`.slice(0, 2000),
    } as Parameters<typeof restCommand>[3]);
  }
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

const serverSockets = (): WebSocket[] => [...t.app.websocketServer.clients];

/** How many snapshots the server has made for the person (each is access-logged as `plan.read`). */
async function snapshotsMade(participantId: string): Promise<number> {
  const result = await t.testDb.database.db.execute(
    `select count(*)::int as n from access_log where actor_user_id = '${participantId}' and action = 'plan.read'`,
  );
  const [row] = (result as { rows: { n: number | string }[] }).rows;
  return Number(row?.n ?? 0);
}

/** `snapshotsMade` once it has stopped changing: the work under way has finished. */
async function settledSnapshotsMade(participantId: string): Promise<number> {
  let last = await snapshotsMade(participantId);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await snapshotsMade(participantId);
    if (now === last) return now;
    last = now;
  }
}

/** Has the person's socket ask for snapshots it never reads until the server closes it. */
async function freezeUntilClosed(frozen: LiveTestClient, pid: string): Promise<number> {
  frozen.pauseReading();
  // It still sends, though: it keeps asking for a fresh snapshot (about 100 KB each) and reads
  // none of them. Each request waits until the server has made the previous snapshot (each one is
  // access-logged), so none is merged into the next.
  let requests = 0;
  while (!closing() && requests < 200) {
    const made = await snapshotsMade(pid);
    frozen.send({ type: 'subscribe', participantId: pid });
    await eventually(async () => expect(closing() || (await snapshotsMade(pid)) > made).toBe(true));
    requests += 1;
  }
  return requests;
}
const closing = () => serverSockets().some((ws) => ws.readyState === ws.CLOSING);

describe('backpressure', () => {
  it('a socket that stops reading is closed with 1013 once its buffer passes the cap, and let go of', async () => {
    const pid = cast.participant.me.id;
    const { client: watcher } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    sockets.push(watcher);
    const before = t.app.liveHub.connectionCount;

    const { client: frozen } = await connectAndSubscribe(baseUrl, cast.participant, pid);
    sockets.push(frozen);
    expect(t.app.liveHub.connectionCount).toBe(before + 1);
    const requests = await freezeUntilClosed(frozen, pid);
    // The server gave up on it: its side is closing, holding no more than the cap and about one message.
    const closingSocket = serverSockets().find((ws) => ws.readyState === ws.CLOSING);
    expect(closingSocket, 'the server never closed the frozen socket').toBeDefined();
    expect(closingSocket?.bufferedAmount).toBeLessThan(16 * 1024 + 256 * 1024);
    // Whatever it sends now, no more work is done for it. (A request already being served when the
    // close came — from a presence message sent in between — may still finish its snapshot.)
    const madeAtClose = await settledSnapshotsMade(pid);
    for (let i = 0; i < 20; i++) frozen.send({ type: 'subscribe', participantId: pid });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await snapshotsMade(pid)).toBe(madeAtClose);
    await watcher.sync();
    expect(watcher.closed).toBeUndefined();

    // When the client reads again it finds what was sent before the cap was hit, then the 1013 close.
    frozen.resumeReading();
    const closed = await frozen.waitForClose(20_000);
    expect(closed.code).toBe(1013);
    expect(frozen.all('snapshot').length).toBeLessThanOrEqual(1 + requests);

    // Nothing is held for it any more.
    await eventually(() => expect(t.app.liveHub.connectionCount).toBe(before));
    expect(serverSockets()).toHaveLength(before);

    // And the others carry on: a change still reaches the watcher, and the frozen person can reconnect.
    const { seq } = await restCommand(t, cast.participant, pid, goal('Back online'));
    await watcher.waitFor('events', (m) => m.events.some((e) => e.seq === seq));
    const again = await LiveTestClient.connect(baseUrl, cast.participant);
    sockets.push(again);
    expect((await subscribe(again, pid, seq)).seq).toBe(seq);
  });

  it('a reader that never comes back is cut off a moment after the close, and what it held is freed', async () => {
    const pid = cast.participant.me.id;
    const before = t.app.liveHub.connectionCount;
    const { client: gone } = await connectAndSubscribe(baseUrl, cast.participant, pid);
    sockets.push(gone);
    await freezeUntilClosed(gone, pid);
    const closedAt = performance.now();
    // It never reads again, so it never answers the close: the server cuts it after the grace
    // period (2 s here) instead of keeping its backlog for ws's 30 s.
    await eventually(() => expect(serverSockets()).toHaveLength(before), 10_000, 50);
    expect(t.app.liveHub.connectionCount).toBe(before);
    expect(performance.now() - closedAt).toBeLessThan(8000);
  });
});
