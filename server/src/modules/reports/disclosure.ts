import { type AuditRow, narrowedCells, newAuditMemory, provenWide } from './disclosure-audit.js';
import { proveEachSpecialist } from './disclosure-local.js';
import { maxAdjustment, perturb } from './perturbation.js';
import type { FamilyId } from './report-families.js';
import { type Block, type Cell, cellId, type Universe } from './report-universe.js';

export type Hidden = { readonly suppressed: true };
export type Published = number | Hidden;
export const hidden: Hidden = Object.freeze({ suppressed: true as const });
export const isHidden = (value: Published): value is Hidden => typeof value !== 'number';

/** The published value of every cell of every block, in the universe's cell order. */
export type PublishedUniverse = ReadonlyMap<FamilyId, readonly Published[]>;

/** Rounds of "hide one more beside each narrowed cell, audit again" before a block is hidden whole. */
const maxRounds = 60;
/**
 * Narrowed cells a round acts on: one hidden total often protects many cells, so ask again soon —
 * but a large organisation has thousands of hidden cells, and a round costs a solve over all of
 * them: there a round acts on one in every 40 still in doubt, so the rounds stay few.
 */
const narrowedPerRound = 8;
const doubtfulPerNarrowed = 40;

/**
 * Publishes a universe: 0 stays 0; 1..threshold−1 is hidden; anything else is perturbed by its
 * cell key; a report with a hidden cell hides its zeros too; then the joint audit runs, and for every hidden cell an attacker could narrow to fewer
 * than five values one more cell beside it is hidden, until none can. If that does not settle in
 * `maxRounds`, every cell of the family is hidden (which nothing published can narrow).
 */
export async function publishUniverse(universe: Universe, threshold: number): Promise<PublishedUniverse> {
  const out = new Map<FamilyId, Published[]>();
  for (const [id, block] of universe.blocks)
    out.set(id, await publishBlock(block, threshold, universe.specialists.length));
  return out;
}

export function firstPass(cell: Cell, threshold: number): Published {
  if (cell.count === 0) return 0;
  if (cell.count < threshold) return hidden;
  return perturb(cell.count, cell.keySum, threshold);
}

/** What a published value tells an attacker about the true count. */
export function attackerRow(cell: Cell, value: Published, threshold: number): AuditRow {
  // A hidden cell may be a zero hidden with its table (see hideZerosBesideHidden).
  if (isHidden(value)) return { atoms: cell.atoms, lo: 0, hi: Number.POSITIVE_INFINITY };
  if (value === 0) return { atoms: cell.atoms, lo: 0, hi: 0 };
  return { atoms: cell.atoms, lo: Math.max(threshold, value - maxAdjustment), hi: value + maxAdjustment };
}

async function publishBlock(block: Block, threshold: number, specialists: number): Promise<Published[]> {
  const values = block.cells.map((cell) => firstPass(cell, threshold));
  const memory = newAuditMemory();
  for (let round = 0; round < maxRounds; round++) {
    hideZerosBesideHidden(block, values);
    const targets = values.flatMap((v, i) => (isHidden(v) ? [i] : []));
    const rows = block.cells.map((cell, i) => attackerRow(cell, values[i] ?? hidden, threshold));
    const doubtful = targets.filter((t) => !provenWide(memory, t));
    const t0 = performance.now();
    await proveEachSpecialist(block, rows, doubtful, memory, specialists);
    const stillDoubtful = targets.filter((t) => !provenWide(memory, t)).length;
    if (process.env.AUDIT_DEBUG)
      console.log(
        block.family.id,
        'round',
        round,
        'targets',
        targets.length,
        'doubtful',
        doubtful.length,
        'after local',
        stillDoubtful,
        Math.round(performance.now() - t0),
        'ms',
      );
    const narrowed = await narrowedCells(
      {
        atomCount: block.atomCount.length,
        rows,
        relations: block.relations,
        targets,
        truth: block.atomCount,
      },
      { memory, stopAfter: Math.max(narrowedPerRound, Math.ceil(stillDoubtful / doubtfulPerNarrowed)) },
    );
    if (narrowed.length === 0) return values;
    let changed = false;
    for (const t of narrowed) {
      const pick = complement(block, values, t, specialists);
      if (pick === undefined) continue;
      values[pick] = hidden;
      changed = true;
    }
    if (!changed) break;
  }
  return values.map(() => hidden);
}

/**
 * In a report (one family, one period, one scope) with any hidden cell, its zeros are hidden too.
 * A hidden cell can then be 0, and an attacker knows only that it is at least 0: otherwise a
 * total just over the threshold with many hidden 1s beneath it ("each at least 1") pins them all,
 * and protecting them would cost the organisation's own larger numbers.
 */
function hideZerosBesideHidden(block: Block, values: Published[]) {
  const withHidden = new Set<string>();
  block.cells.forEach((c, i) => {
    if (isHidden(values[i] ?? 0)) withHidden.add(`${c.period}|${c.scope}`);
  });
  block.cells.forEach((c, i) => {
    if (values[i] === 0 && withHidden.has(`${c.period}|${c.scope}`)) values[i] = hidden;
  });
}

const isShownCount = (v: Published | undefined) => v !== undefined && !isHidden(v) && v > 0;

/**
 * The cell to hide beside a narrowed one: in the same report, the cell most tightly tied to it —
 * the total of its row before the grand total, a cell of its row before one of another row —
 * the smaller first; else the same number in a neighbouring report — another month of
 * the same quarter, another quarter of the year, another specialist — else the same number a
 * level up (the organisation's, the quarter's or year's); else any total that holds it.
 */
function complement(block: Block, values: readonly Published[], t: number, specialists: number): number | undefined {
  const h = block.cells[t];
  if (!h) return undefined;
  const leavesOf = (name: string) => new Set(block.family.cells.get(name) ?? []);
  const mine = leavesOf(h.name);
  /**
   * How tightly a cell of the same report is tied to the narrowed one: a total holding it, by its
   * size; a cell beside it, by the smallest total holding both. Overlapping cells are not tied.
   */
  const ties = new Map<string, number>();
  const tie = (name: string): number => {
    const known = ties.get(name);
    if (known !== undefined) return known;
    const value = tieOf(name);
    ties.set(name, value);
    return value;
  };
  const tieOf = (name: string): number => {
    const theirs = leavesOf(name);
    const overlap = [...theirs].filter((l) => mine.has(l)).length;
    if (overlap === mine.size && theirs.size > mine.size) return theirs.size; // a total holding it
    if (overlap > 0) return Number.POSITIVE_INFINITY;
    let best = Number.POSITIVE_INFINITY;
    for (const leaves of block.family.cells.values()) {
      const s = new Set(leaves);
      if ([...mine].every((l) => s.has(l)) && [...theirs].every((l) => s.has(l))) best = Math.min(best, s.size);
    }
    return best;
  };
  const byCount = (a: number, b: number) => (block.cells[a]?.count ?? 0) - (block.cells[b]?.count ?? 0) || a - b;

  const sameReport = [...block.family.cells.keys()].flatMap((name) => {
    const i = block.index.get(cellId(h.period, h.scope, name));
    return i !== undefined && isShownCount(values[i]) && Number.isFinite(tie(name)) ? [i] : [];
  });
  if (sameReport.length > 0) {
    const tieAt = (i: number) => tie(block.cells[i]?.name ?? '');
    return sameReport.sort((a, b) => tieAt(a) - tieAt(b) || byCount(a, b))[0];
  }
  const neighbours = block.cells.flatMap((c, i) => {
    if (c.name !== h.name || !isShownCount(values[i])) return [];
    const samePeriodOtherSpecialist = c.period === h.period && c.scope !== 0 && h.scope !== 0 && c.scope !== h.scope;
    const sameScopeSibling = c.scope === h.scope && c.period !== h.period && siblingPeriods(h.period, c.period);
    return samePeriodOtherSpecialist || sameScopeSibling ? [i] : [];
  });
  if (neighbours.length > 0) return neighbours.sort(byCount)[0];
  const above = block.cells.flatMap((c, i) => {
    if (c.name !== h.name || !isShownCount(values[i])) return [];
    const org = c.period === h.period && c.scope === 0 && h.scope !== 0 && specialists > 0;
    const parent = c.scope === h.scope && containsPeriod(c.period, h.period);
    return org || parent ? [i] : [];
  });
  if (above.length > 0) return above.sort(byCount)[0];
  // Last: the smallest shown cell anywhere that counts any of the same things (a total above it in
  // its own report, or in the organisation's), so a round never ends without hiding something.
  const counted = new Set(h.atoms);
  const related = block.cells.flatMap((c, i) =>
    isShownCount(values[i]) && c.atoms.some((a) => counted.has(a)) ? [i] : [],
  );
  return related.sort(byCount)[0];
}

// Periods are indexed as periodsOfYear gives them: 0 the year, 1–4 the quarters, 5–16 the months.
const quarterOf = (p: number) => (p >= 5 ? 1 + Math.floor((p - 5) / 3) : p);
function siblingPeriods(a: number, b: number): boolean {
  if (a >= 1 && a <= 4 && b >= 1 && b <= 4) return true;
  return a >= 5 && b >= 5 && quarterOf(a) === quarterOf(b);
}
function containsPeriod(outer: number, inner: number): boolean {
  if (outer === 0) return inner !== 0;
  return outer <= 4 && inner >= 5 && quarterOf(inner) === outer;
}
