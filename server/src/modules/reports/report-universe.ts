import { periodsOfYear, type ReportPeriod, type SelfCheckDimension } from '@alongside/shared';
import { countConfidence, countEngaged, countSelfChecks } from './report-counts.js';
import { type Family, type FamilyId, families, familyIds } from './report-families.js';
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

/**
 * Where a family's atoms sit: first the organisation's own (z: slot × leaf), then each unit's
 * (y: quarter — or, for a family counted by period, the year and its quarters — × unit × leaf).
 */
export interface AtomLayout {
  /** z slots: 12 months for an additive family, else one per period. */
  readonly slots: number;
  /** y slots: 4 quarters, or 5 periods (the year and its quarters). */
  readonly ySlots: number;
  readonly units: number;
  readonly leaves: number;
  /** Number of z atoms; y atoms start here. */
  readonly z: number;
  zAt(slot: number, leaf: number): number;
  yAt(ySlot: number, unit: number, leaf: number): number;
  /** The y slot, unit and leaf of a y atom. */
  ofY(atom: number): { ySlot: number; unit: number; leaf: number };
}

function atomLayout(slots: number, ySlots: number, units: number, leaves: number): AtomLayout {
  const z = slots * leaves;
  return {
    slots,
    ySlots,
    units,
    leaves,
    z,
    zAt: (slot, leaf) => slot * leaves + leaf,
    yAt: (ySlot, unit, leaf) => z + (ySlot * units + unit) * leaves + leaf,
    ofY: (atom) => {
      const rest = atom - z;
      const row = Math.floor(rest / leaves);
      return { ySlot: Math.floor(row / units), unit: row % units, leaf: rest % leaves };
    },
  };
}

/** One family's atoms, cells and cross-period bounds. */
export interface Block {
  readonly family: Family;
  readonly layout: AtomLayout;
  readonly atomCount: number[];
  readonly atomKeySum: number[];
  readonly cells: readonly Cell[];
  /** The organisation's atoms against its units', and distinct people in a period vs its sub-periods. */
  readonly relations: readonly Relation[];
  /** `cellId(period, scope, name)` → index in `cells`. */
  readonly index: ReadonlyMap<string, number>;
}

/** Σ atoms(plus) − Σ atoms(minus) ≥ 0, or = 0 when `equal`. */
export interface Relation {
  readonly plus: readonly number[];
  readonly minus: readonly number[];
  readonly equal?: boolean;
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
    // What happened, per slot (month, or period) × unit × leaf.
    const fine = new Array<number>(slots * U * L).fill(0);
    const fineKey = new Array<number>(slots * U * L).fill(0);
    const add = (slot: number, unit: string | null, leaf: string, count: number, keySum: number) => {
      const l = family.leaves.indexOf(leaf);
      const u = unitIndex.get(unit);
      if (l < 0 || u === undefined) return; // a status no report counts
      const i = (slot * U + u) * L + l;
      fine[i] = (fine[i] ?? 0) + count;
      fineKey[i] = (fineKey[i] ?? 0) + keySum;
    };
    if (family.additive) {
      for (const r of facts.monthly[id as keyof YearFacts['monthly']])
        add(r.month - 1, r.unit, r.leaf, r.count, r.keySum);
    } else if (id === 'engaged') {
      countEngaged(periods, facts, add);
    } else if (id === 'confidence') {
      countConfidence(periods, facts, add);
    } else {
      countSelfChecks(periods, facts, id.replace('self-check-', '') as SelfCheckDimension, add);
    }

    /*
     * The atoms the audit solves for. Specialists have no monthly reports, so the attacker's
     * unknowns can be stated more compactly than slot × unit × leaf, and exactly: the
     * organisation's own atoms per slot and leaf (z), each unit's per quarter — or per quarter and
     * year for a family counted by period — and leaf (y), tied by Σ z over a quarter's months = Σ y
     * over units. Any such z and y come from some per-month, per-unit counts (a transportation
     * problem with equal totals always has a solution), so nothing the attacker could know is lost,
     * and an organisation-wide cell names 12 atoms per leaf instead of 12 × units.
     */
    const ySlots = family.additive ? 4 : 5; // quarters; or the year and its quarters (periods 0–4)
    const layout = atomLayout(slots, ySlots, U, L);
    const { z: Z, zAt, yAt } = layout;
    const atomCount = new Array<number>(Z + ySlots * U * L).fill(0);
    const atomKeySum = new Array<number>(Z + ySlots * U * L).fill(0);
    for (let slot = 0; slot < slots; slot++) {
      for (let u = 0; u < U; u++) {
        for (let l = 0; l < L; l++) {
          const n = fine[(slot * U + u) * L + l] ?? 0;
          const k = fineKey[(slot * U + u) * L + l] ?? 0;
          if (n === 0) continue;
          const ys = family.additive ? Math.floor(slot / 3) : slot < ySlots ? slot : -1;
          for (const at of ys >= 0 ? [zAt(slot, l), yAt(ys, u, l)] : [zAt(slot, l)]) {
            atomCount[at] = (atomCount[at] ?? 0) + n;
            atomKeySum[at] = (atomKeySum[at] ?? 0) + k;
          }
        }
      }
    }

    const cells: Cell[] = [];
    const index = new Map<string, number>();
    const cellOf = (p: number, s: number, name: string): Cell => {
      const leaves = family.cells.get(name) ?? [];
      const period = periods[p];
      const list: number[] = [];
      if (s === 0) {
        const slotList = family.additive ? (period?.months ?? []).map((m) => m - 1) : [p];
        for (const slot of slotList) for (const l of leaves) list.push(zAt(slot, l));
      } else {
        const ySlotList = family.additive
          ? [...new Set((period?.months ?? []).map((m) => Math.floor((m - 1) / 3)))]
          : [p];
        for (const ys of ySlotList) for (const l of leaves) list.push(yAt(ys, s - 1, l));
      }
      const atoms = Int32Array.from(list);
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
        // One specialist's numbers by month are mostly small counts: a specialist's report covers
        // a quarter or a year, the organisation's any period.
        if (s > 0 && periods[p]?.kind === 'month') continue;
        for (const name of family.cells.keys()) {
          index.set(cellId(p, s, name), cells.length);
          cells.push(cellOf(p, s, name));
        }
      }
    }
    // Σ z over a quarter's months (or z of a period) = Σ y over every unit, leaf by leaf.
    const links: Relation[] = [];
    for (let ys = 0; ys < ySlots; ys++) {
      for (let l = 0; l < L; l++) {
        const zSlots = family.additive ? [3 * ys, 3 * ys + 1, 3 * ys + 2] : [ys];
        links.push({
          plus: zSlots.map((slot) => zAt(slot, l)),
          minus: units.map((_, u) => yAt(ys, u, l)),
          equal: true,
        });
      }
    }
    const relations = [
      ...links,
      ...(family.distinctCell ? distinctBounds(periods, specialists.length, family.distinctCell, cells, index) : []),
    ];
    blocks.set(id, { family, layout, atomCount, atomKeySum, cells, relations, index });
  }
  return { year, periods, specialists, units, blocks };
}

/** max(sub-periods) ≤ period ≤ Σ sub-periods, for every scope: year vs quarters, quarter vs months. */
function distinctBounds(
  periods: readonly ReportPeriod[],
  scopes: number,
  name: string,
  cells: readonly Cell[],
  index: ReadonlyMap<string, number>,
) {
  const atoms = (p: number, s: number) => {
    const i = index.get(cellId(p, s, name));
    return i === undefined ? undefined : [...(cells[i]?.atoms ?? [])];
  };
  const relations: Relation[] = [];
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
      const parts = subs.map((q) => atoms(q, s));
      // A specialist has no months: their quarters are bounded by nothing finer.
      if (!whole || parts.some((part) => part === undefined)) continue;
      for (const part of parts) relations.push({ plus: whole, minus: part ?? [] });
      relations.push({ plus: parts.flatMap((part) => part ?? []), minus: whole });
    }
  }
  return relations;
}
