import {
  type ReportCount,
  type ReportSpecialists,
  type ReportSummary,
  type ReportTrend,
  reportTrendSteps,
} from '@alongside/shared';
import type { SignedInPerson, TestApp } from '../../../helpers/test-app.js';
import {
  cellKey,
  type Family,
  families,
  innerCells,
  organisation,
  type Reading,
  type Space,
  spaceOf,
  summaryCells,
  trendCells,
  varCount,
  varIndex,
  varsOf,
} from './cells.js';
import { integerRange, type Range, type Row, solveRanges, type Target } from './lp.js';

/** Everything a supervisor could read about one year, cell by cell. */
export interface Published {
  space: Space;
  readings: Reading[];
}

async function getJson<T>(t: TestApp, as: SignedInPerson, url: string): Promise<T> {
  const res = await t.request({ method: 'GET', url, as });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

/**
 * Reads every report a supervisor can ask for one year: the organisation's 17 periods and each
 * specialist's quarters and year (a specialist has no monthly report), and the trends by quarter
 * and by month (by quarter only for a specialist).
 */
export async function readEverything(t: TestApp, as: SignedInPerson, year: number): Promise<Published> {
  const { specialists } = await getJson<ReportSpecialists>(t, as, '/api/reports/specialists');
  const space = spaceOf(
    year,
    specialists.map((s) => s.id),
  );
  const readings: Reading[] = [];
  const push = (r: Omit<Reading, 'label'>, where: string) =>
    readings.push({ ...r, label: `${r.period.id} ${r.scope === organisation ? 'org' : r.scope.slice(0, 8)} ${where}` });
  for (const scope of [organisation, ...specialists.map((s) => s.id)]) {
    const filter = scope === organisation ? '' : `&specialistId=${scope}`;
    for (const period of space.periods) {
      if (scope !== organisation && period.kind === 'month') continue;
      const s = await getJson<ReportSummary>(t, as, `/api/reports/summary?period=${period.id}${filter}`);
      const { threshold, maxAdjustment } = s.disclosure;
      for (const [family, inner, value, label] of summaryCells(s)) {
        push({ family, period, scope, inner, value, threshold, maxAdjustment }, label);
      }
    }
    for (const by of reportTrendSteps) {
      if (scope !== organisation && by === 'month') continue;
      const trend = await getJson<ReportTrend>(t, as, `/api/reports/trend?year=${year}&by=${by}${filter}`);
      const { threshold, maxAdjustment } = trend.disclosure;
      for (const point of trend.points) {
        const period = space.periods.find((p) => p.id === point.period.id);
        if (!period) throw new Error(`trend point for an unknown period ${point.period.id}`);
        for (const [family, inner, value, label] of trendCells(point)) {
          push({ family, period, scope, inner, value, threshold, maxAdjustment }, `${label} (trend by ${by})`);
        }
      }
    }
  }
  return { space, readings };
}

export const isHidden = (v: ReportCount): v is { suppressed: true } => typeof v === 'object';

/** What one published number says about the true count of its cell. */
export function boundsOf(
  r: Pick<Reading, 'value' | 'threshold' | 'maxAdjustment' | 'hiddenAtLeast'>,
): [number, number] {
  if (isHidden(r.value)) return [r.hiddenAtLeast ?? 0, Number.POSITIVE_INFINITY];
  if (r.value === 0) return [0, 0];
  return [Math.max(r.threshold, r.value - r.maxAdjustment), r.value + r.maxAdjustment];
}

/**
 * Participants engaged do not add up over time, but a quarter holds at least as many people as
 * any of its months and at most their sum (likewise the year and its quarters), unit by unit.
 */
function engagedOverTime(space: Space): Row[] {
  const rows: Row[] = [];
  const bands = innerCells.engaged.map((_, i) => i);
  const at = (id: string) => space.periods.findIndex((p) => p.id === id);
  const slot = (period: number, unit: number) => bands.map((b) => varIndex(space, 'engaged', period, unit, b));
  const year = at(String(space.year));
  const quarters = space.periods.filter((p) => p.kind === 'quarter');
  const nest = (outer: number, inner: number[], unit: number, label: string) => {
    const o = slot(outer, unit);
    const parts = inner.map((i) => slot(i, unit));
    for (const part of parts) {
      rows.push({
        vars: [...o, ...part],
        coefs: [...o.map(() => 1), ...part.map(() => -1)],
        lower: 0,
        upper: Infinity,
        label,
      });
    }
    const flat = parts.flat();
    rows.push({
      vars: [...o, ...flat],
      coefs: [...o.map(() => 1), ...flat.map(() => -1)],
      lower: -Infinity,
      upper: 0,
      label,
    });
  };
  space.units.forEach((_, u) => {
    nest(
      year,
      quarters.map((q) => at(q.id)),
      u,
      'engaged: year between max and sum of quarters',
    );
    for (const q of quarters) {
      const months = q.months.map((m) => at(`${space.year}-${String(m).padStart(2, '0')}`));
      nest(at(q.id), months, u, `engaged: ${q.id} between max and sum of months`);
    }
  });
  return rows;
}

/** One hidden cell and the range an attacker can narrow it to. */
export interface HiddenRange {
  key: string;
  family: Family;
  /** Every place it was read. */
  labels: string[];
  range: Range;
  lo: number;
  hi: number;
}

/** The linear program of one family: a row per published number, a target per hidden cell. */
export function programOf(published: Published, family: Family) {
  const { space } = published;
  const rows: Row[] = family === 'engaged' ? engagedOverTime(space) : [];
  const targets = new Map<string, Target & { labels: string[] }>();
  for (const r of published.readings) {
    if (r.family !== family) continue;
    const vars = varsOf(space, r);
    const [lower, upper] = boundsOf(r);
    rows.push({ vars, lower, upper, label: r.label });
    if (!isHidden(r.value)) continue;
    const key = cellKey(r);
    const known = targets.get(key);
    if (known) known.labels.push(r.label);
    else targets.set(key, { key, vars, labels: [r.label] });
  }
  return { n: varCount(space, family), rows, targets: [...targets.values()] };
}

/**
 * Solves every family's program: the attacker's range for every hidden cell it read. With `enough`,
 * a cell is solved only until it is proven to have at least that many + 1 possible values.
 */
export async function attack(published: Published, enough = Number.POSITIVE_INFINITY): Promise<HiddenRange[]> {
  const out: HiddenRange[] = [];
  for (const family of families) {
    const { n, rows, targets } = programOf(published, family);
    let ranges: Map<string, Range>;
    try {
      ranges = await solveRanges(n, rows, targets, enough);
    } catch (error) {
      throw new Error(`${family}: ${(error as Error).message}`);
    }
    for (const t of targets) {
      const range = ranges.get(t.key);
      if (range) out.push({ key: t.key, family, labels: t.labels, range, ...integerRange(range) });
    }
  }
  return out;
}

/** The bar: a hidden count keeps at least five possible values (hi − lo ≥ 4). */
export const fiveValues = 4;
/** Hidden cells narrowed to fewer than five possible values (pinned ones included). */
export const narrowed = (ranges: HiddenRange[]) => ranges.filter((r) => r.hi - r.lo < fiveValues);
