import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { PlanCommand } from '@alongside/shared';
import { withBenchServer } from '../lib/bench-server.js';
import { ms, percentile } from '../lib/stats.js';
import { seedRooms } from '../live/seed.js';
import { outboxClient } from './outbox-client.js';

export interface OutboxBenchOptions {
  adminUrl: string;
  resultsDir: string;
  commands?: number;
}

interface Row {
  what: string;
  n: number;
  totalMs: number;
  p50: number;
  p95: number;
  max: number;
  applied: number;
}

let opCounter = 0;
const opId = (run: string) => `bench-${run}-${Date.now().toString(36)}-${++opCounter}`;

/**
 * Issue 21's benchmark: an outbox of N commands sent after a reconnect, against the same N sent one
 * by one over the live socket while online, in the same run, on the real server and PostgreSQL.
 * Both go through the web outbox's own code (one in flight, paced under the socket's rate limit).
 */
export async function runOutboxBench(o: OutboxBenchOptions): Promise<string> {
  const n = o.commands ?? 500;
  const rows: Row[] = [];
  await withBenchServer(o.adminUrl, 'outbox', async ({ dbUrl, port, base }) => {
    const [room] = await seedRooms(dbUrl, 1, 1);
    if (!room) throw new Error('no participant seeded');
    const headers = {
      cookie: `alongside_session=${room.participantToken}`,
      origin: base,
      'content-type': 'application/json',
    };
    const me = (await (await fetch(`${base}/api/auth/me`, { headers })).json()) as { id: string };
    const created = await fetch(`${base}/api/participants/${room.participantId}/plan/commands`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ command: { type: 'goal.create', title: 'Bench goal', lifeArea: 'health' } }),
    });
    const goalId = ((await created.json()) as { ids: string[] }).ids[0] ?? '';
    const commands = (run: string): PlanCommand[] =>
      Array.from({ length: n }, (_, i) =>
        i % 5 === 4
          ? { type: 'check-in.record', goalId, confidence: i % 11 }
          : { type: 'step.create', goalId, text: `${run} step ${i + 1}` },
      );
    const eventCount = async () => {
      const r = await fetch(`${base}/api/participants/${room.participantId}/plan`, { headers });
      return ((await r.json()) as { seq: number }).seq;
    };
    const client = () =>
      outboxClient({
        url: `ws://127.0.0.1:${port}/api/live`,
        origin: base,
        token: room.participantToken,
        userId: me.id,
        participantId: room.participantId,
      });

    console.log(`outbox bench: ${n} commands sent one by one while online…`);
    const online = client();
    await online.connect();
    let before = await eventCount();
    let start = performance.now();
    for (const command of commands('online')) await online.sync.enqueue(opId('online'), command);
    rows.push(
      row(
        'online: each command sent over the live socket as it is made',
        n,
        performance.now() - start,
        online.roundTrips,
        (await eventCount()) - before,
      ),
    );
    await online.close();

    console.log(`outbox bench: ${n} commands queued offline, then sent on reconnect…`);
    const offline = client();
    for (const command of commands('offline')) await offline.sync.enqueue(opId('offline'), command);
    before = await eventCount();
    start = performance.now();
    await offline.connect();
    await offline.drained();
    rows.push(
      row(
        'reconnect: the outbox of queued commands synced',
        n,
        performance.now() - start,
        offline.roundTrips,
        (await eventCount()) - before,
      ),
    );
    await offline.close();
  });
  const table = render(rows);
  writeFileSync(`${o.resultsDir}/outbox.md`, table);
  writeFileSync(`${o.resultsDir}/outbox.json`, `${JSON.stringify({ rows }, null, 2)}\n`);
  return table;
}

function row(what: string, n: number, totalMs: number, roundTrips: number[], applied: number): Row {
  const sorted = [...roundTrips].sort((a, b) => a - b);
  return {
    what,
    n,
    totalMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? 0,
    applied,
  };
}

function render(rows: Row[]): string {
  const [online, sync] = rows;
  const ratio = online && sync ? (sync.totalMs / online.totalMs).toFixed(2) : '—';
  return [
    '# Outbox benchmark',
    '',
    `The same number of plan commands (four in five add a step, one in five records a confidence rating) from one participant to the real server on PostgreSQL (\`npm start\`'s flags, its own process), through the web outbox's own code (\`OutboxSync\` and \`OutboxStore\` over fake-indexeddb, in Node) and a Node WebSocket: online, each command sent as it is made (the next once the last is acknowledged, as a person's clicks would be); and offline, all queued first, then sent when the socket reconnects (subscribe, \`subscribed\`, one command in flight at a time). Both are paced under the live socket's rate limit (a burst of 40, then 15 a second; the server allows 60 and 20). Round trip: a command's send to its ack, in ms. Applied: events the plan gained, as the server counts them (each command once).`,
    '',
    '| what | commands | total (s) | per second | round trip p50 | p95 | max | applied |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.n} | ${(r.totalMs / 1000).toFixed(1)} | ${((r.n / r.totalMs) * 1000).toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.applied} |`,
    ),
    '',
    `Sync after reconnect / online, total time: **${ratio}×**.`,
    '',
    `Machine: ${process.platform}, ${cpus().length} cores, Node ${process.version}; ${new Date().toISOString()}.`,
    '',
  ].join('\n');
}
