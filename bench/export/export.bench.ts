import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { withBenchServer } from '../lib/bench-server.js';
import { type Timed, timeCalls } from '../lib/measure.js';
import { rssMb, sampleRss } from '../lib/processes.js';
import { ms } from '../lib/stats.js';
import { seedRooms } from '../live/seed.js';
import { type Caller, type ExportSeedSize, seedRecord } from './seed.js';

export interface ExportBenchOptions {
  adminUrl: string;
  resultsDir: string;
  iterations?: number;
  size?: ExportSeedSize;
}

interface Measured extends Timed {
  what: string;
  bytes: number;
  /** Peak RSS of the server process while this row ran (sampled every 20 ms from /proc). */
  peakRssMb: number;
}

export const fullSize: ExportSeedSize = { goals: 50, planEvents: 500, notes: 100, checkIns: 200 };

/** Downloads `path` as the participant, to the last byte; the body's length. */
async function download(c: Caller, path: string): Promise<number> {
  const res = await fetch(`${c.base}${path}`, { headers: { cookie: `alongside_session=${c.participantCookie}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

async function measure(what: string, iterations: number, pid: number | undefined, run: () => Promise<number>) {
  let bytes = 0;
  const sampler = sampleRss(pid, 20);
  const timed = await timeCalls(iterations, async () => {
    bytes = await run();
  });
  return { what, ...timed, bytes, peakRssMb: sampler.stop() };
}

/**
 * Issue 19's benchmark: the person downloads their record — the FHIR Bundle and the streamed JSON
 * — from the real server on PostgreSQL, against the plain plan read (`GET …/plan`) of the same
 * record in the same run; with the server's peak RSS while each ran.
 */
export async function runExportBench(o: ExportBenchOptions): Promise<string> {
  const size = o.size ?? fullSize;
  const iterations = o.iterations ?? 30;
  const results: Measured[] = [];
  let idleRss = Number.NaN;
  await withBenchServer(o.adminUrl, 'export', async ({ dbUrl, base, server }) => {
    const [room] = await seedRooms(dbUrl, 1, 1);
    if (!room) throw new Error('no participant seeded');
    const c: Caller = {
      base,
      participantId: room.participantId,
      participantCookie: room.participantToken,
      specialistCookie: room.specialistToken,
    };
    console.log('export bench: writing the record through the API…');
    await seedRecord(c, size);
    idleRss = rssMb(server.pid);
    console.log('export bench: measuring…');
    const record = `/api/participants/${c.participantId}/record`;
    results.push(
      await measure('baseline: GET …/plan (the plan read)', iterations, server.pid, () =>
        download(c, `/api/participants/${c.participantId}/plan`),
      ),
    );
    results.push(
      await measure('GET …/record/export.json (streamed)', iterations, server.pid, () =>
        download(c, `${record}/export.json`),
      ),
    );
    results.push(
      await measure('GET …/record/export.fhir.json', iterations, server.pid, () =>
        download(c, `${record}/export.fhir.json`),
      ),
    );
  });
  const table = render(results, size, idleRss);
  writeFileSync(`${o.resultsDir}/export.md`, table);
  writeFileSync(`${o.resultsDir}/export.json`, `${JSON.stringify({ size, idleRss, results }, null, 2)}\n`);
  return table;
}

function render(results: Measured[], size: ExportSeedSize, idleRss: number): string {
  const baseline = results[0];
  const kb = (bytes: number) => (bytes / 1024).toFixed(0);
  const ratio = (x: number, base: number | undefined) => (base ? `${(x / base).toFixed(1)}×` : '—');
  return [
    '# Record export benchmark',
    '',
    `One participant's record on PostgreSQL, written through the API: ${size.goals} goals, ${size.planEvents} plan events (goals, steps and ${size.checkIns} check-ins with a confidence rating), ${size.notes} sessions each with a note. The real server (\`npm start\`'s flags) in its own process; each row is 3 warm-up downloads, then ${baseline?.n ?? 0} downloads one after another, each read to its last byte. Baseline: the plain plan read (\`GET /api/participants/:id/plan\`) of the same record in the same run. Times in ms; ratios to the baseline's p50 and p95. Peak RSS: the server process's resident memory, sampled every 20 ms from /proc while the row ran (idle after seeding: ${ms(idleRss)} MB). Every download writes an access-log row, so the JSON export's access-log section grows by one each call.`,
    '',
    '| what | calls | size (KB) | p50 | p95 | max | p50 ratio | p95 ratio | peak RSS (MB) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.what} | ${r.n} | ${kb(r.bytes)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${ratio(r.p50, baseline?.p50)} | ${ratio(r.p95, baseline?.p95)} | ${ms(r.peakRssMb)} |`,
    ),
    '',
    `Machine: ${process.platform}, ${cpus().length} cores, Node ${process.version}; ${new Date().toISOString()}.`,
    '',
  ].join('\n');
}
