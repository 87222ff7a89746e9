import { periodsOfYear, type ReportPeriod } from '@alongside/shared';
import { confidenceBand, type Family, type FamilyId, families, familyIds, supportBand } from './report-families.js';
import type { YearFacts } from './year-facts.repo.js';

/**
 * Every number a supervisor can be shown for one organisation and one calendar year, before
 * disclosure control: each family's innermost counts ("atoms": per month — or per period — per
 * unit, per leaf) and every published cell as the set of atoms it sums. Reports of a period and a
 * scope, trends and CSVs are all read out of this one universe, which is what lets the disclosure
 * audit see everything an attacker could read, and what makes a cell the same number wherever it
 * appears.
 */
export interface Universe {
  readonly year: number;
  /** `periodsOfYear(year)`: the year, its quarters, its months. */
  readonly periods: readonly ReportPeriod[];
  /** Scope 0 is the organisation; scope i ≥ 1 is `specialists[i − 1]`. */
  readonly specialists: readonly string[];
  /** Units atoms are counted under: every specialist (and anyone else data names), then "none". */
  readonly units: readonly (string | null)[];
  readonly blocks: ReadonlyMap<FamilyId, Block>;
}

/** One family's atoms, cells and cross-period bounds. */
export interface Block {
  readonly family: Family;
  /** 12 months for an additive family, else one slot per period. */
  readonly slots: number;
  readonly atomCount: number[];
  readonly atomKeySum: number[];
  readonly cells: readonly Cell[];
  /** Σ atoms(plus) − Σ atoms(minus) ≥ 0: distinct people in a period vs its sub-periods. */
  readonly relations: readonly { plus: number[]; minus: number[] }[];
}

export interface Cell {
  readonly period: number;
  readonly scope: number;
  readonly name: string;
  readonly atoms: Int32Array;
  readonly count: number;
  readonly keySum: number;
}

/** Where a cell of a report lives: `cellIndex(block, period, scope, name)`. */
export function cellId(period: number, scope: number, name: string): string {
  return `${period}|${scope}|${name}`;
}

function atomsOf(
  block: { family: Family; slots: number },
  units: number,
  slots: number[],
  unitsIn: number[],
  leaves: readonly number[],
) {
  const L = block.family.leaves.length;
  const out: number[] = [];
  for (const slot of slots)
    for (const unit of unitsIn) for (const leaf of leaves) out.push((slot * units + unit) * L + leaf);
  return Int32Array.from(out);
}

export function buildUniverse(year: number, specialists: readonly string[], facts: YearFacts): Universe {
  const periods = periodsOfYear(year);
  const others = new Set<string>();
  for (const list of Object.values(facts.monthly))
    for (const r of list) if (r.unit && !specialists.includes(r.unit)) others.add(r.unit);
  for (const p of facts.participants.values()) if (p.unit && !specialists.includes(p.unit)) others.add(p.unit);
  const units: (string | null)[] = [...specialists, ...[...others].sort(), null];
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const U = units.length;

  const blocks = new Map<FamilyId, Block>();
  for (const id of familyIds) {
    const family = families[id];
    const slots = family.additive ? 12 : periods.length;
    const L = family.leaves.length;
    const atomCount = new Array<number>(slots * U * L).fill(0);
    const atomKeySum = new Array<number>(slots * U * L).fill(0);
    const add = (slot: number, unit: string | null, leaf: string, count: number, keySum: number) => {
      const l = family.leaves.indexOf(leaf);
      const u = unitIndex.get(unit);
      if (l < 0 || u === undefined) return; // a status no report counts
      const i = (slot * U + u) * L + l;
      atomCount[i] = (atomCount[i] ?? 0) + count;
      atomKeySum[i] = (atomKeySum[i] ?? 0) + keySum;
    };
    if (family.additive) {
      for (const r of facts.monthly[id as keyof YearFacts['monthly']])
        add(r.month - 1, r.unit, r.leaf, r.count, r.keySum);
    } else if (id === 'engaged') {
      countEngaged(periods, facts, add);
    } else {
      countConfidence(periods, facts, add);
    }

    const cells: Cell[] = [];
    const index = new Map<string, number>();
    const cellOf = (p: number, s: number, name: string): Cell => {
      const slotList = family.additive ? (periods[p]?.months ?? []).map((m) => m - 1) : [p];
      const unitList = s === 0 ? units.map((_, i) => i) : [s - 1];
      const atoms = atomsOf({ family, slots }, U, slotList, unitList, family.cells.get(name) ?? []);
      let count = 0;
      let keySum = 0;
      for (const a of atoms) {
        count += atomCount[a] ?? 0;
        keySum += atomKeySum[a] ?? 0;
      }
      return { period: p, scope: s, name, atoms, count, keySum };
    };
    for (let p = 0; p < periods.length; p++) {
      for (let s = 0; s <= specialists.length; s++) {
        for (const name of family.cells.keys()) {
          index.set(cellId(p, s, name), cells.length);
          cells.push(cellOf(p, s, name));
        }
      }
    }
    const relations = family.distinctCell
      ? distinctBounds(periods, specialists.length, family.distinctCell, cells, index)
      : [];
    blocks.set(id, { family, slots, atomCount, atomKeySum, cells, relations });
  }
  return { year, periods, specialists, units, blocks };
}

type Add = (slot: number, unit: string | null, leaf: string, count: number, keySum: number) => void;

/** A participant is engaged in a period with a session or plan change in it; supports at its end. */
function countEngaged(periods: readonly ReportPeriod[], facts: YearFacts, add: Add) {
  for (const person of facts.participants.values()) {
    periods.forEach((period, p) => {
      if (!period.months.some((m) => person.engagedMonths.includes(m))) return;
      const end = Date.parse(`${period.to}T00:00:00Z`) + 86_400_000;
      const supports = person.supportsAddedAt.filter((at) => at < end).length;
      add(p, person.unit, supportBand(supports), 1, person.recordKey);
    });
  }
}

/** Goals rated twice or more in a period, by the change from their first to their latest rating. */
function countConfidence(periods: readonly ReportPeriod[], facts: YearFacts, add: Add) {
  const byGoal = new Map<string, YearFacts['ratings']>();
  for (const r of facts.ratings) byGoal.set(r.goalId, [...(byGoal.get(r.goalId) ?? []), r]);
  for (const ratings of byGoal.values()) {
    const person = facts.participants.get(ratings[0]?.participantId ?? '');
    if (!person) continue;
    periods.forEach((period, p) => {
      const inPeriod = ratings.filter((r) => period.months.includes(new Date(r.at).getUTCMonth() + 1));
      const first = inPeriod[0];
      const latest = inPeriod[inPeriod.length - 1];
      if (inPeriod.length < 2 || !first || !latest) return;
      add(p, person.unit, confidenceBand(latest.confidence - first.confidence), 1, person.recordKey);
    });
  }
}

/** max(sub-periods) ≤ period ≤ Σ sub-periods, for every scope: year vs quarters, quarter vs months. */
function distinctBounds(
  periods: readonly ReportPeriod[],
  scopes: number,
  name: string,
  cells: readonly Cell[],
  index: ReadonlyMap<string, number>,
) {
  const atoms = (p: number, s: number) => [...(cells[index.get(cellId(p, s, name)) ?? -1]?.atoms ?? [])];
  const relations: { plus: number[]; minus: number[] }[] = [];
  const parts = (p: number) => {
    const period = periods[p];
    if (!period || period.kind === 'month') return [];
    const kind = period.kind === 'year' ? 'quarter' : 'month';
    return periods.flatMap((q, i) => (q.kind === kind && q.months.every((m) => period.months.includes(m)) ? [i] : []));
  };
  for (let p = 0; p < periods.length; p++) {
    const subs = parts(p);
    if (subs.length === 0) continue;
    for (let s = 0; s <= scopes; s++) {
      const whole = atoms(p, s);
      for (const q of subs) relations.push({ plus: whole, minus: atoms(q, s) });
      relations.push({ plus: subs.flatMap((q) => atoms(q, s)), minus: whole });
    }
  }
  return relations;
}
