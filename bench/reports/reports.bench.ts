import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '../../server/src/db/client.js';
import { systemClock } from '../../server/src/lib/clock.js';
import { createAccessLogRepo, createAudit } from '../../server/src/modules/access-log/index.js';
import { createReportThresholdsRepo } from '../../server/src/modules/organisation/index.js';
import {
  createReportsRepo,
  createReportsService,
  createYearFactsRepo,
} from '../../server/src/modules/reports/index.js';
import { adminQuery } from '../lib/database.js';
import { type Timed, timeCalls } from '../lib/measure.js';
import { ms } from '../lib/stats.js';
import { type ReportsSeedSize, seedReportsOrganisation } from './seed.js';

export interface ReportsBenchOptions {
  adminUrl: string;
  resultsDir: string;
  size?: ReportsSeedSize;
  iterations?: number;
  /** Cold publications measured (each runs the whole audit). */
  coldIterations?: number;
}

interface Measured extends Timed {
  what: string;
}

async function measure(what: string, iterations: number, run: () => Promise<unknown>, warmUps = 3): Promise<Measured> {
  return { what, ...(await timeCalls(iterations, run, warmUps)) };
}

/**
 * Issue 6's benchmark: the supervisor summary (the real service: SQL, suppression, access-log write)
 * over one organisation of 10,000 participants, 100 specialists and 1,000,000 plan events on
 * PostgreSQL, against a bare `select count(*) from plan_events` measured in the same run.
 */
export async function runReportsBench(o: ReportsBenchOptions): Promise<string> {
  const size = o.size ?? { participants: 10_000, specialists: 100, planEvents: 1_000_000 };
  const iterations = o.iterations ?? 30;
  const dbName = `alongside_bench_reports_${Date.now()}`;
  const dbUrl = new URL(o.adminUrl);
  dbUrl.pathname = `/${dbName}`;
  await adminQuery(o.adminUrl, `create database ${dbName}`);
  const results: Measured[] = [];
  let seedSeconds = 0;
  try {
    const database = await openDatabase({ databaseUrl: dbUrl.toString(), poolSize: 10 });
    try {
      await database.migrate();
      console.log('reports bench: generating the organisation…');
      const seedStart = performance.now();
      const seeded = await seedReportsOrganisation(dbUrl.toString(), size);
      seedSeconds = (performance.now() - seedStart) / 1000;
      const db = database.db;
      // A service as the server composes it; `maxAgeMs` decides how often a report reads the facts again.
      const service = (maxAgeMs: number) =>
        createReportsService({
          reports: createReportsRepo(db),
          yearFacts: createYearFactsRepo(db),
          reportThresholds: createReportThresholdsRepo(db),
          audit: createAudit({ repo: createAccessLogRepo(db) }),
          clock: systemClock,
          maxAgeMs,
        });
      const ctx = {
        requestId: 'bench',
        actor: {
          userId: seeded.supervisorId,
          organisationId: seeded.organisationId,
          role: 'supervisor' as const,
          name: 'Bench Supervisor',
          language: 'en' as const,
          signInSessionId: 'bench',
        },
      };
      console.log('reports bench: measuring…');
      const bare = new pg.Pool({ connectionString: dbUrl.toString(), max: 1 });
      try {
        results.push(
          await measure('baseline: select count(*) from plan_events', iterations, () =>
            bare.query('select count(*) from plan_events'),
          ),
        );
      } finally {
        await bare.end();
      }
      // Cold: a service that has published nothing, so the year is read and the whole audit runs;
      // the last one is then asked again, reading the facts each time and finding them unchanged.
      let rereading = service(0);
      results.push(
        await measure(
          'publish the year: read its facts, perturb, audit (cold)',
          o.coldIterations ?? 1,
          () => {
            rereading = service(0);
            return rereading.summary(ctx, { period: '2025' });
          },
          0,
        ),
      );
      results.push(
        await measure(
          'summary, facts read again, unchanged',
          iterations,
          () => rereading.summary(ctx, { period: '2025' }),
          1,
        ),
      );
      // As the server runs it: the published year is served for up to a minute.
      const serving = service(60_000);
      results.push(
        await measure('summary, whole organisation, full year', iterations, () =>
          serving.summary(ctx, { period: '2025' }),
        ),
      );
      results.push(
        await measure('summary, whole organisation, one month', iterations, () =>
          serving.summary(ctx, { period: '2025-06' }),
        ),
      );
      results.push(
        await measure('summary, one specialist, full year', iterations, () =>
          serving.summary(ctx, { period: '2025', specialistId: seeded.specialistIds[7] }),
        ),
      );
      results.push(
        await measure('trend by month, whole organisation', iterations, () =>
          serving.trend(ctx, { year: 2025, by: 'month' }),
        ),
      );
    } finally {
      await database.close();
    }
  } finally {
    await adminQuery(o.adminUrl, `drop database if exists ${dbName} with (force)`);
  }
  const table = render(results, size, seedSeconds);
  writeFileSync(`${o.resultsDir}/reports.md`, table);
  writeFileSync(`${o.resultsDir}/reports.json`, `${JSON.stringify({ size, results }, null, 2)}\n`);
  return table;
}

function render(results: Measured[], size: ReportsSeedSize, seedSeconds: number): string {
  const baseline = results[0];
  const lines = [
    '# Supervisor report benchmark',
    '',
    `One organisation on PostgreSQL: ${size.participants.toLocaleString('en')} participants, ${size.specialists} specialists, ${size.planEvents.toLocaleString('en')} plan events (plus per participant 3 goals, 9 steps, 2 suggestions, 1 choice, 4 check-ins, 0–5 supports, 10 sessions), generated in bulk SQL in ${seedSeconds.toFixed(0)} s. Each row: 3 warm-up calls, then the calls measured one after another. The first row publishes the year from nothing (a new service each call: all the SQL of the year, perturbation and the whole disclosure audit); the second reads the facts again and finds them unchanged (the audit is skipped); the others are reports as the server serves them, from the published year it keeps for up to a minute (the access-log write included). Baseline: a bare \`select count(*) from plan_events\` in the same run. Times in ms; ratio = p95 ÷ baseline p95. Target: report p95 ≤ 300 ms and ≤ 3× the baseline.`,
    '',
    'The seed ends with `vacuum analyze`, as routine autovacuum would leave a live table. Run it on an otherwise idle machine: a concurrent test run doubled every figure in an earlier try.',
    '',
    '| what | calls | p50 | p95 | max | p95 ratio |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.what} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${baseline ? (r.p95 / baseline.p95).toFixed(1) : '—'}× |`,
    ),
    '',
    `Machine: ${process.platform}, ${cpus().length} cores, Node ${process.version}; ${new Date().toISOString()}.`,
    '',
  ];
  return lines.join('\n');
}
