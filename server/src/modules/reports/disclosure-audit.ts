import type { Highs, Model } from 'highs';
import * as highsModule from 'highs';

/**
 * The joint disclosure audit: the attacker's linear program. Its variables are a family's atoms
 * (innermost counts, each ≥ 0); every published cell says its atoms' sum lies in an interval (a
 * shown s: [max(threshold, s − 2), s + 2]; a zero: [0, 0]; a hidden cell: at least 1), and
 * distinct-people cells add their bounds across periods. For every hidden cell the audit finds the
 * smallest and largest sum consistent with all of it — within one table, across tables, against
 * the specialists' reports and across months, quarters and the year at once — and reports the
 * cells an attacker could narrow to fewer than `minimumValues` whole numbers.
 *
 * Most hidden cells are cleared without solving for them: every solution the solver returns is a
 * point the attacker cannot rule out, so a cell whose values at the points seen so far already
 * span five numbers is safe. The audit sweeps a few objectives over all hidden cells first, then
 * solves min and max only for the cells still in doubt.
 */
export const minimumValues = 5;
/** Cells in doubt from which sweeping all of them at once pays. */
const sweepFrom = 16;

export interface AuditRow {
  readonly atoms: ArrayLike<number>;
  readonly lo: number;
  /** Infinity for a hidden cell. */
  readonly hi: number;
}

export interface AuditRelation {
  readonly plus: readonly number[];
  readonly minus: readonly number[];
  readonly equal?: boolean | undefined;
  readonly rhs?: number | undefined;
}

export interface AuditInput {
  readonly atomCount: number;
  readonly rows: readonly AuditRow[];
  /** Σ atoms(plus) − Σ atoms(minus) ≥ rhs (default 0), or = rhs when `equal`. */
  readonly relations: readonly AuditRelation[];
  /** Rows to check: the hidden cells. */
  readonly targets: readonly number[];
  /** The true atoms: a point every constraint holds for. */
  readonly truth: readonly number[];
}

let solver: Promise<Highs> | undefined;
/** HiGHS compiled to WebAssembly, loaded once per process. */
export function loadSolver(): Promise<Highs> {
  if (!solver) {
    // TypeScript reads the package as CommonJS (loader at `.default.default`); Node loads its ES
    // module, whose default export is the loader itself.
    const exported: unknown = highsModule.default;
    const load = typeof exported === 'function' ? exported : highsModule.default.default;
    solver = (load as typeof highsModule.default.default)();
  }
  return solver;
}

function buildModel(highs: Highs, input: AuditInput, cap: number): Model {
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (const row of input.rows) {
    // A row may name an atom once only; the universe never repeats one.
    for (const a of Array.from(row.atoms)) {
      indices.push(a);
      values.push(1);
    }
    starts.push(indices.length);
    rowLower.push(row.lo);
    rowUpper.push(Number.isFinite(row.hi) ? row.hi : highs.infinity);
  }
  for (const rel of input.relations) {
    const coefficient = new Map<number, number>();
    for (const a of rel.plus) coefficient.set(a, (coefficient.get(a) ?? 0) + 1);
    for (const a of rel.minus) coefficient.set(a, (coefficient.get(a) ?? 0) - 1);
    for (const [a, v] of [...coefficient].sort(([x], [y]) => x - y)) {
      if (v === 0) continue;
      indices.push(a);
      values.push(v);
    }
    starts.push(indices.length);
    const rhs = rel.rhs ?? 0;
    rowLower.push(rhs);
    rowUpper.push(rel.equal ? rhs : highs.infinity);
  }
  const n = input.atomCount;
  const model = highs.createModel({
    numCols: n,
    numRows: rowLower.length,
    colCost: new Float64Array(n),
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(cap),
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    matrix: {
      format: 'csr',
      numRows: rowLower.length,
      numCols: n,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
  });
  // Presolve off and primal simplex: the model is re-solved many times with only its costs
  // changed, so the last optimal basis is still feasible and the next solve starts from it (the
  // dual simplex would start over: about 5,700 iterations a solve instead of a few hundred).
  model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex', simplex_strategy: 4 });
  return model;
}

/** A row's sum at a point. */
function rowValue(row: AuditRow, x: ArrayLike<number>): number {
  let sum = 0;
  for (const a of Array.from(row.atoms)) sum += x[a] ?? 0;
  return sum;
}

/**
 * The lowest and highest value each row has taken at a point the attacker cannot rule out. Hiding
 * more only loosens the constraints, so points found in one round stay valid in the next: a block
 * audited round after round keeps its memory.
 */
export interface AuditMemory {
  readonly low: Map<number, number>;
  readonly high: Map<number, number>;
}
export const newAuditMemory = (): AuditMemory => ({ low: new Map(), high: new Map() });

/** Whether the points seen so far already give row `t` five whole values. */
export function provenWide(memory: AuditMemory, t: number): boolean {
  const lo = memory.low.get(t);
  const hi = memory.high.get(t);
  if (lo === undefined || hi === undefined) return false;
  return Math.floor(hi + 1e-6) - Math.ceil(lo - 1e-6) >= minimumValues - 1;
}

/**
 * The same program over the atoms a published zero does not pin to 0: a shown 0 fixes every atom
 * under it, and a small organisation's year is mostly zeros, so the solver's work shrinks with it.
 */
function withoutPinnedAtoms(input: AuditInput): AuditInput {
  const pinned = new Uint8Array(input.atomCount);
  for (const row of input.rows) if (row.hi === 0) for (const a of Array.from(row.atoms)) pinned[a] = 1;
  const renumber = new Int32Array(input.atomCount).fill(-1);
  const truth: number[] = [];
  for (let a = 0; a < input.atomCount; a++) {
    if (pinned[a]) continue;
    renumber[a] = truth.length;
    truth.push(input.truth[a] ?? 0);
  }
  const keep = (atoms: ArrayLike<number>) =>
    Array.from(atoms).flatMap((a) => {
      const r = renumber[a] ?? -1;
      return r < 0 ? [] : [r];
    });
  return {
    atomCount: truth.length,
    rows: input.rows.map((row) => (row.hi === 0 ? { atoms: [], lo: 0, hi: 0 } : { ...row, atoms: keep(row.atoms) })),
    relations: input.relations.map((rel) => ({ ...rel, plus: keep(rel.plus), minus: keep(rel.minus) })),
    targets: input.targets,
    truth,
  };
}

/**
 * Hidden cells (row indices) an attacker could narrow to fewer than five whole numbers — all of
 * them, or the first `stopAfter` found (the caller hides more and asks again).
 */
export async function narrowedCells(
  input: AuditInput,
  options: { memory?: AuditMemory; stopAfter?: number } = {},
): Promise<number[]> {
  if (input.targets.length === 0 || input.atomCount === 0) return [];
  return narrowedIn(withoutPinnedAtoms(input), options);
}

async function narrowedIn(input: AuditInput, options: { memory?: AuditMemory; stopAfter?: number }): Promise<number[]> {
  if (input.targets.length === 0 || input.atomCount === 0) return [];
  const { low, high } = options.memory ?? newAuditMemory();
  const stopAfter = options.stopAfter ?? Number.POSITIVE_INFINITY;
  const safe = (t: number) => provenWide({ low, high }, t);
  for (const t of input.targets) {
    const row = input.rows[t];
    if (!row) continue;
    const v = rowValue(row, input.truth);
    low.set(t, Math.min(low.get(t) ?? v, v));
    high.set(t, Math.max(high.get(t) ?? v, v));
  }
  // Everything already proven (by an earlier round, or by each specialist's own program): no solver.
  if (input.targets.every(safe)) return [];
  const highs = await loadSolver();
  const cap = Math.max(1000, 10 * input.truth.reduce((a, b) => a + b, 0));
  const model = buildModel(highs, input, cap);
  try {
    const see = (x: ArrayLike<number>) => {
      for (const t of input.targets) {
        const row = input.rows[t];
        if (!row) continue;
        const v = rowValue(row, x);
        low.set(t, Math.min(low.get(t) ?? v, v));
        high.set(t, Math.max(high.get(t) ?? v, v));
      }
    };
    const costs = new Float64Array(input.atomCount);
    const solve = (sense: 'min' | 'max', weights: ReadonlyMap<number, number>): ArrayLike<number> | undefined => {
      costs.fill(0);
      for (const [t, w] of weights)
        for (const a of Array.from(input.rows[t]?.atoms ?? [])) costs[a] = (costs[a] ?? 0) + w;
      model.changeColsCost({ kind: 'range', from: 0, to: input.atomCount - 1 }, costs);
      model.changeObjectiveSense(
        sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
      );
      const { modelStatus } = model.run();
      if (modelStatus !== highs.constants.modelStatus.optimal) return undefined;
      const x = model.getSolution().colValue;
      see(x);
      return x;
    };

    // Sweeps over the cells still in doubt: all up, all down, then two fixed mixes of up and down.
    // Each is a long solve on a large program: for a handful of cells, solving for each is cheaper.
    const doubtful = input.targets.filter((t) => !safe(t));
    if (doubtful.length > sweepFrom) {
      const all = new Map(doubtful.map((t) => [t, 1]));
      solve('max', all);
      solve('min', all);
      for (const parity of [0, 1]) {
        solve('max', new Map(doubtful.map((t, i) => [t, (i + parity) % 2 === 0 ? 1 : -1])));
      }
    }

    const narrowed: number[] = [];
    for (const t of input.targets) {
      if (narrowed.length >= stopAfter) break;
      if (safe(t)) continue;
      const one = new Map([[t, 1]]);
      const atMin = solve('min', one);
      if (safe(t)) continue;
      const atMax = solve('max', one);
      // A solve that fails proves nothing: the cell counts as narrowed, and more is hidden.
      if (!atMin || !atMax || !safe(t)) narrowed.push(t);
    }
    return narrowed;
  } finally {
    model.dispose();
  }
}
