import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import pg from 'pg';
import { adminQuery } from '../lib/database.js';
import { freePort, sampleRss, startProcess, stopProcess } from '../lib/processes.js';
import { serverNodeFlags } from '../lib/server-node-flags.js';
import { ms } from '../lib/stats.js';
import { type LoadResult, runLoad } from './load.js';
import { type Room, seedRooms } from './seed.js';

export interface LiveBenchOptions {
  adminUrl: string;
  sizes: number[];
  seconds: number;
  resultsDir: string;
}

interface Row {
  target: 'alongside (PostgreSQL)' | 'relay baseline';
  result: LoadResult;
  rssMb: number;
}

/** The server processes of every connection to the bench database (PostgreSQL runs on this machine). */
async function backendPids(url: string, dbName: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [
      dbName,
    ]);
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

/**
 * Issue 4's benchmark: the live channel through the real executor on PostgreSQL at N rooms,
 * against a plain in-memory relay of the same sockets measured in the same run.
 */
export async function runLiveBench(o: LiveBenchOptions): Promise<string> {
  const dbName = `alongside_bench_${Date.now()}`;
  const dbUrl = new URL(o.adminUrl);
  dbUrl.pathname = `/${dbName}`;
  await adminQuery(o.adminUrl, `create database ${dbName}`);
  const rows: Row[] = [];
  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startProcess(
      process.execPath,
      // BENCH_PROFILE=<dir> writes a V8 CPU profile of the server there (open it in Chrome DevTools).
      [
        ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
        ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []),
        ...serverNodeFlags,
        'server/dist/server.js',
      ],
      {
        DATABASE_URL: dbUrl.toString(),
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: base,
        LOG_LEVEL: 'warn',
        DB_POOL_SIZE: '20',
      },
      /Alongside is running/,
    );
    const maxRooms = Math.max(...o.sizes);
    const rooms = await seedRooms(dbUrl.toString(), maxRooms, Math.min(100, maxRooms));
    try {
      rows.push(
        ...(await runSizes('alongside (PostgreSQL)', o, rooms, {
          url: `ws://127.0.0.1:${port}/api/live`,
          origin: base,
          pid: server.pid,
          database: () => backendPids(o.adminUrl, dbName),
        })),
      );
    } finally {
      await stopProcess(server);
    }

    const relayPort = await freePort();
    const relay = await startProcess(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'bench/live/relay-server.ts'],
      { PORT: String(relayPort) },
      /relay listening/,
    );
    try {
      rows.push(
        ...(await runSizes('relay baseline', o, rooms, {
          url: `ws://127.0.0.1:${relayPort}/api/live`,
          origin: base,
          pid: relay.pid,
        })),
      );
    } finally {
      await stopProcess(relay);
    }
  } finally {
    await adminQuery(o.adminUrl, `drop database if exists ${dbName} with (force)`);
  }

  const table = render(rows, o);
  writeFileSync(`${o.resultsDir}/live.md`, table);
  writeFileSync(`${o.resultsDir}/live.json`, `${JSON.stringify(rows, null, 2)}\n`);
  return table;
}

/** Seconds each target first runs unmeasured, at the smallest size, so that no size's figures include a newly started process's compiling. */
const warmUpSeconds = 10;

/** One target at every size, after a warm-up. */
async function runSizes(
  target: Row['target'],
  o: LiveBenchOptions,
  rooms: Room[],
  at: { url: string; origin: string; pid: number | undefined; database?: () => Promise<number[]> },
): Promise<Row[]> {
  const cpu = { server: async () => [at.pid ?? 0], ...(at.database ? { database: at.database } : {}) };
  const load = (n: number, seconds: number) =>
    runLoad({
      url: at.url,
      origin: at.origin,
      rooms: rooms.slice(0, n),
      warmupSeconds: 3,
      seconds,
      graceSeconds: 3,
      cpu,
    });
  console.log(`live bench: ${target}, warming up…`);
  await load(Math.min(...o.sizes), warmUpSeconds);
  const rows: Row[] = [];
  for (const n of o.sizes) {
    console.log(`live bench: ${target}, ${n} rooms…`);
    const rss = sampleRss(at.pid);
    const result = await load(n, o.seconds);
    rows.push({ target, result, rssMb: rss.stop() });
  }
  return rows;
}

/** CPU ms per command measured, to two places (a command costs a fraction of a millisecond). */
function perCommand(cpuMs: number | undefined, r: Row): string {
  return cpuMs === undefined || r.result.commands === 0 ? '—' : (cpuMs / r.result.commands).toFixed(2);
}

function render(rows: Row[], o: LiveBenchOptions): string {
  const lines = [
    '# Live channel benchmark',
    '',
    `N rooms × 2 sockets, 1 command per room per second (alternating participant check-in and specialist suggestion) through the real executor on PostgreSQL; ${o.seconds} s measured after 3 s warm-up, each target having first run ${warmUpSeconds} s unmeasured at the smallest size. Baseline: the same sockets and zod-validated messages through an in-memory relay with no database, in the same run. Latencies in ms; ratio = Alongside ÷ relay at the same N. CPU: time the server process (all its threads) and, for Alongside, PostgreSQL's server processes for the bench database used during the measured window, per command; the load generator's own CPU is not counted.`,
    '',
    '| target | rooms | commands | ack p50 | ack p99 | ack p99.9 | fan-out p50 | fan-out p99 | fan-out p99.9 | lost | duplicated | refused | server RSS MB | server CPU ms/command | database CPU ms/command |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.target} | ${r.result.rooms} | ${r.result.commands} | ${ms(r.result.ack.p50)} | ${ms(r.result.ack.p99)} | ${ms(r.result.ack.p999)} | ${ms(r.result.fanout.p50)} | ${ms(r.result.fanout.p99)} | ${ms(r.result.fanout.p999)} | ${r.result.lost} | ${r.result.duplicated} | ${r.result.refused} | ${r.rssMb.toFixed(0)} | ${perCommand(r.result.cpu.serverMs, r)} | ${perCommand(r.result.cpu.databaseMs, r)} |`,
    ),
    '',
    '| rooms | ack p99 ratio | fan-out p99 ratio | RSS ratio | CPU ratio (server + database) |',
    '|---|---|---|---|---|',
  ];
  for (const n of o.sizes) {
    const a = rows.find((r) => r.target !== 'relay baseline' && r.result.rooms === n);
    const b = rows.find((r) => r.target === 'relay baseline' && r.result.rooms === n);
    if (a && b) {
      lines.push(
        `| ${n} | ${(a.result.ack.p99 / b.result.ack.p99).toFixed(1)}× | ${(a.result.fanout.p99 / b.result.fanout.p99).toFixed(1)}× | ${(a.rssMb / b.rssMb).toFixed(1)}× | ${((a.result.cpu.serverMs + (a.result.cpu.databaseMs ?? 0)) / b.result.cpu.serverMs).toFixed(1)}× |`,
      );
    }
  }
  lines.push(
    '',
    `Machine: ${process.platform}, ${cpus().length} cores, Node ${process.version}; ${new Date().toISOString()}.`,
    '',
  );
  return lines.join('\n');
}
