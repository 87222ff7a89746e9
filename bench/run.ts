import { mkdirSync } from 'node:fs';
import { fullSize, runExportBench } from './export/export.bench.js';
import { runLiveBench } from './live/live.bench.js';
import { runOutboxBench } from './outbox/outbox.bench.js';
import { runReportsBench } from './reports/reports.bench.js';

/**
 * `npm run bench [-- live] [--sizes 100,500,1000] [--seconds 20]` (or `-- export [--scale 0.1]`): runs the benchmarks against
 * the built server and writes their tables to bench/results/. Each benchmark measures its own
 * baseline in the same run and reports ratios to it.
 *
 * Needs PostgreSQL: BENCH_DATABASE_URL (or DATABASE_URL) names a database on a server where the
 * bench may create and drop its own; default postgres://postgres@127.0.0.1:5432/postgres.
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const which = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const adminUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const resultsDir = new URL('./results', import.meta.url).pathname;
mkdirSync(resultsDir, { recursive: true });

/** `--participants 1000 --specialists 10 --events 100000`: a smaller organisation for a quick try. */
const sizeFlag = () => ({
  participants: Number(flag('participants')),
  specialists: Number(flag('specialists') ?? 100),
  planEvents: Number(flag('events') ?? 1_000_000),
});

const benches: Record<string, () => Promise<string>> = {
  live: () =>
    runLiveBench({
      adminUrl,
      sizes: (flag('sizes') ?? '100,500,1000').split(',').map(Number),
      seconds: Number(flag('seconds') ?? 20),
      resultsDir,
    }),
  reports: () =>
    runReportsBench({
      adminUrl,
      resultsDir,
      iterations: Number(flag('iterations') ?? 30),
      coldIterations: Number(flag('cold') ?? 1),
      ...(flag('participants') ? { size: sizeFlag() } : {}),
    }),
  // `--commands 500`: the size of the outbox (and of the online run it is compared with).
  outbox: () => runOutboxBench({ adminUrl, resultsDir, commands: Number(flag('commands') ?? 500) }),
  export: () => {
    // `--scale 0.1`: a tenth of the record (5 goals, 50 events, 10 notes, 20 check-ins), for a quick try.
    const scale = Number(flag('scale') ?? 1);
    return runExportBench({
      adminUrl,
      resultsDir,
      iterations: Number(flag('iterations') ?? 30),
      size: {
        goals: Math.ceil(fullSize.goals * scale),
        planEvents: Math.ceil(fullSize.planEvents * scale),
        notes: Math.ceil(fullSize.notes * scale),
        checkIns: Math.ceil(fullSize.checkIns * scale),
      },
    });
  },
};

for (const name of which.length > 0 ? which : Object.keys(benches)) {
  const bench = benches[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(await bench());
}
