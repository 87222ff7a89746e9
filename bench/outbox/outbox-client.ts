import 'fake-indexeddb/auto';
import { type LiveServerMessage, type PlanCommand, zLiveServerMessage } from '@alongside/shared';
import { WebSocket } from 'ws';

// The web outbox runs here as it does in the browser: its timers are `window`'s, its store IndexedDB
// (fake-indexeddb in Node). Set before the outbox modules are imported.
(globalThis as { window?: unknown }).window ??= globalThis;

const { OutboxStore } = await import('../../web/src/data/offline/outbox-store.js');
const { OutboxSync } = await import('../../web/src/data/offline/outbox-sync.js');

export interface OutboxClient {
  sync: InstanceType<typeof OutboxSync>;
  /** Round trips (send → ack) of every command, in ms. */
  roundTrips: number[];
  /** Opens the socket and subscribes; resolves once the outbox has been told to resume. */
  connect(): Promise<void>;
  close(): Promise<void>;
  /** Resolves when the outbox holds nothing pending. */
  drained(): Promise<void>;
}

/**
 * The web outbox (`OutboxSync` + `OutboxStore`, the same code the browser runs) over a Node
 * WebSocket to the real server: subscribe, `subscribed` → resume, one command in flight, the next
 * on its ack — the path the plan page takes when the connection returns.
 */
export function outboxClient(o: { url: string; origin: string; token: string; userId: string; participantId: string }) {
  let socket: WebSocket | undefined;
  let subscribed = false;
  const sentAt = new Map<string, number>();
  const roundTrips: number[] = [];
  let onDrained: (() => void) | undefined;
  const sync = new OutboxSync(
    new OutboxStore(o.userId),
    o.participantId,
    {
      send: (e) => {
        if (!socket || !subscribed) return false;
        sentAt.set(e.clientOpId, performance.now());
        const marker = e.atOneScreen ? { atOneScreen: true } : {};
        socket.send(
          JSON.stringify({
            type: 'command',
            participantId: o.participantId,
            clientOpId: e.clientOpId,
            command: e.command,
            ...marker,
          }),
        );
        return true;
      },
    },
    () => {
      if (onDrained && sync.pending.length === 0) onDrained();
    },
  );
  const receive = (m: LiveServerMessage) => {
    if (m.type === 'subscribed') {
      subscribed = true;
      sync.resume();
    } else if (m.type === 'ack') {
      const at = sentAt.get(m.clientOpId);
      if (at !== undefined) roundTrips.push(performance.now() - at);
      const waiter = sync.acked(m.clientOpId);
      if (waiter) waiter({ seq: m.seq, ids: m.ids });
    } else if (m.type === 'nack') {
      sync.nacked(m.clientOpId, { status: m.status, ...m.error });
    } else if (m.type === 'error' && m.code === 'rate_limited') {
      sync.rateLimited();
    }
  };
  const client: OutboxClient = {
    sync,
    roundTrips,
    connect: () =>
      new Promise<void>((resolve, reject) => {
        const ws = new WebSocket(o.url, { headers: { origin: o.origin, cookie: `alongside_session=${o.token}` } });
        socket = ws;
        ws.on('open', () => ws.send(JSON.stringify({ type: 'subscribe', participantId: o.participantId })));
        ws.on('message', (data) => {
          const parsed = zLiveServerMessage.safeParse(JSON.parse(String(data)));
          if (!parsed.success) return;
          receive(parsed.data);
          if (parsed.data.type === 'subscribed') resolve();
        });
        ws.on('error', reject);
      }),
    close: async () => {
      subscribed = false;
      sync.pause();
      const ws = socket;
      socket = undefined;
      if (ws && ws.readyState === WebSocket.OPEN) {
        await new Promise<void>((resolve) => {
          ws.once('close', () => resolve());
          ws.close();
        });
      }
    },
    drained: () =>
      new Promise<void>((resolve) => {
        if (sync.pending.length === 0) return resolve();
        onDrained = () => {
          onDrained = undefined;
          resolve();
        };
      }),
  };
  return client;
}

export type { PlanCommand };
