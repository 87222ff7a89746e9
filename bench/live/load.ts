import WebSocket from 'ws';
import { cpuWindow } from '../lib/cpu.js';
import { ms, summarize } from '../lib/stats.js';
import type { Room } from './seed.js';

export interface LoadOptions {
  /** ws://host:port/api/live */
  url: string;
  origin: string;
  rooms: Room[];
  warmupSeconds: number;
  seconds: number;
  /** Time allowed after the last send for acks and events still in flight. */
  graceSeconds: number;
  /** The processes whose CPU time over the measured window is reported, by role. */
  cpu: { server: () => Promise<number[]>; database?: () => Promise<number[]> };
}

export interface LoadResult {
  rooms: number;
  sockets: number;
  commands: number;
  ack: ReturnType<typeof summarize>;
  fanout: ReturnType<typeof summarize>;
  lost: number;
  duplicated: number;
  refused: number;
  /** CPU time used over the measured window, in ms: the server's, and the database's. */
  cpu: { serverMs: number; databaseMs?: number };
}

interface Member {
  socket: WebSocket;
  room: number;
  role: 'participant' | 'specialist';
  seen: Set<number>;
}

interface ServerMessage {
  type: string;
  clientOpId?: string;
  events?: { seq: number; command: { note?: string; proposal?: { title?: string } } }[];
}

/**
 * N rooms × 2 sockets (participant + specialist), each room sending one command a second,
 * alternating sender: ack latency is measured at the sender, fan-out latency at the other member.
 * A marker in the command's text ties a received event back to the moment it was sent.
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const members: Member[] = [];
  const open = (room: number, role: Member['role'], token: string) =>
    new Promise<Member>((resolve, reject) => {
      const socket = new WebSocket(o.url, { headers: { origin: o.origin, cookie: `alongside_session=${token}` } });
      socket.once('open', () => resolve({ socket, room, role, seen: new Set() }));
      socket.once('error', reject);
      socket.once('unexpected-response', (req, res) => {
        req.destroy();
        reject(new Error(`upgrade refused: ${res.statusCode}`));
      });
    });
  // Open in batches: a thousand simultaneous upgrades only measure the accept queue.
  for (let i = 0; i < o.rooms.length; i += 50) {
    const batch = o.rooms.slice(i, i + 50);
    const opened = await Promise.all(
      batch.flatMap((r, j) => [
        open(i + j, 'participant', r.participantToken),
        open(i + j, 'specialist', r.specialistToken),
      ]),
    );
    members.push(...opened);
  }

  const sentAt = new Map<string, number>();
  const acked = new Set<string>();
  const delivered = new Set<string>();
  const ackLatencies: number[] = [];
  /** [sent at, ack latency] of every command in the window, for BENCH_DEBUG's per-second view. */
  const timeline: [number, number][] = [];
  const fanoutLatencies: number[] = [];
  let duplicated = 0;
  let refused = 0;
  let measuring = false;
  let subscribed = 0;
  const inWindow = new Set<string>();

  for (const m of members) {
    m.socket.on('message', (data) => {
      const now = performance.now();
      const msg = JSON.parse(data.toString()) as ServerMessage;
      if (msg.type === 'subscribed') subscribed++;
      else if (msg.type === 'ack' && msg.clientOpId) {
        const t0 = sentAt.get(msg.clientOpId);
        if (t0 !== undefined && !acked.has(msg.clientOpId)) {
          acked.add(msg.clientOpId);
          if (inWindow.has(msg.clientOpId)) {
            ackLatencies.push(now - t0);
            timeline.push([t0, now - t0]);
          }
        }
      } else if (msg.type === 'nack') refused++;
      else if (msg.type === 'events') {
        for (const e of msg.events ?? []) {
          if (m.seen.has(e.seq)) duplicated++;
          m.seen.add(e.seq);
          const marker = e.command.note ?? e.command.proposal?.title ?? '';
          const [, room, , sender] = marker.split(':');
          if (Number(room) !== m.room || sender === m.role) continue;
          const t0 = sentAt.get(marker);
          if (t0 !== undefined && !delivered.has(marker)) {
            delivered.add(marker);
            if (inWindow.has(marker)) fanoutLatencies.push(now - t0);
          }
        }
      }
    });
    m.socket.send(JSON.stringify({ type: 'subscribe', participantId: o.rooms[m.room]?.participantId }));
  }
  const deadline = Date.now() + 30_000;
  while (subscribed < members.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

  let tick = 0;
  // Operation ids must be new in every run: a repeated id with the same command is (rightly)
  // answered as a retry of the earlier one, with no new event.
  const run = Math.random().toString(36).slice(2, 8);
  const send = (room: number) => {
    const r = o.rooms[room];
    if (!r) return;
    const k = tick++;
    const role: Member['role'] = k % 2 === 0 ? 'participant' : 'specialist';
    const member = members[room * 2 + (role === 'participant' ? 0 : 1)];
    // The marker is also the operation id: room, sequence number and sender.
    const marker = `b:${room}:${run}.${k}:${role}`;
    const command =
      role === 'participant'
        ? { type: 'check-in.record', wellbeing: k % 11, note: marker }
        : { type: 'suggestion.create', proposal: { kind: 'goal', title: marker, lifeArea: 'health' } };
    sentAt.set(marker, performance.now());
    if (measuring) inWindow.add(marker);
    member?.socket.send(
      JSON.stringify({ type: 'command', participantId: r.participantId, clientOpId: marker, command }),
    );
  };

  // Each room on its own one-second beat, phases spread evenly.
  const timers: NodeJS.Timeout[] = [];
  o.rooms.forEach((_r, room) => {
    const phase = (room / o.rooms.length) * 1000;
    timers.push(
      setTimeout(() => {
        send(room);
        timers.push(setInterval(() => send(room), 1000));
      }, phase),
    );
  });
  await new Promise((r) => setTimeout(r, o.warmupSeconds * 1000));
  measuring = true;
  const serverCpu = await cpuWindow(o.cpu.server);
  const databaseCpu = o.cpu.database ? await cpuWindow(o.cpu.database) : undefined;
  await new Promise((r) => setTimeout(r, o.seconds * 1000));
  measuring = false;
  const cpu = {
    serverMs: await serverCpu.stop(),
    ...(databaseCpu ? { databaseMs: await databaseCpu.stop() } : {}),
  };
  for (const t of timers) clearTimeout(t);
  await new Promise((r) => setTimeout(r, o.graceSeconds * 1000));

  const commandsInWindow = [...inWindow];
  const lostAcks = commandsInWindow.filter((k) => !acked.has(k)).length;
  const lostDeliveries = commandsInWindow.filter((k) => !delivered.has(k)).length;
  if (process.env.BENCH_DEBUG) {
    const missing = commandsInWindow.filter((k) => !delivered.has(k) || !acked.has(k));
    console.log(
      'missing',
      missing.length,
      missing.slice(0, 12).map((k) => `${k} acked=${acked.has(k)} delivered=${delivered.has(k)}`),
    );
    // Per second of the window: how many acks, and their p99 and max — a stall shows as one bad second.
    const start = Math.min(...timeline.map(([t]) => t));
    const seconds = new Map<number, number[]>();
    for (const [t, latency] of timeline) {
      const s = Math.floor((t - start) / 1000);
      seconds.set(s, [...(seconds.get(s) ?? []), latency]);
    }
    for (const [s, latencies] of [...seconds].sort((a, b) => a[0] - b[0])) {
      const x = summarize(latencies);
      console.log(`second ${s}: ${x.n} acks, p50 ${ms(x.p50)}, p99 ${ms(x.p99)}, max ${ms(x.max)} ms`);
    }
  }
  for (const m of members) m.socket.terminate();
  return {
    rooms: o.rooms.length,
    sockets: members.length,
    commands: commandsInWindow.length,
    ack: summarize(ackLatencies),
    fanout: summarize(fanoutLatencies),
    lost: Math.max(lostAcks, lostDeliveries),
    duplicated,
    refused,
    cpu,
  };
}
