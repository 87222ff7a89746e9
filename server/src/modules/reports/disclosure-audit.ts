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

export interface AuditRow {
  readonly atoms: ArrayLike<number>;
  readonly lo: number;
  /** Infinity for a hidden cell. */
  readonly hi: number;
}

export interface AuditInput {
  readonly atomCount: number;
  readonly rows: readonly AuditRow[];
  /** Σ atoms(plus) − Σ atoms(minus) ≥ 0. */
  readonly relations: readonly { plus: readonly number[]; minus: readonly number[] }[];
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
    rowLower.push(0);
    rowUpper.push(highs.infinity);
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
  // Presolve off: the model is re-solved many times with only its objective changed, and the
  // previous basis is the best start for the next solve.
  model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex' });
  return model;
}

/** A row's sum at a point. */
function rowValue(row: AuditRow, x: ArrayLike<number>): number {
  let sum = 0;
  for (const a of Array.from(row.atoms)) sum += x[a] ?? 0;
  return sum;
}

/** Hidden cells (row indices) an attacker could narrow to fewer than five whole numbers. */
export async function narrowedCells(input: AuditInput): Promise<number[]> {
  if (input.targets.length === 0 || input.atomCount === 0) return [];
  const highs = await loadSolver();
  const cap = Math.max(1000, 10 * input.truth.reduce((a, b) => a + b, 0));
  const model = buildModel(highs, input, cap);
  try {
    const low = new Map<number, number>();
    const high = new Map<number, number>();
    const see = (x: ArrayLike<number>) => {
      for (const t of input.targets) {
        const row = input.rows[t];
        if (!row) continue;
        const v = rowValue(row, x);
        low.set(t, Math.min(low.get(t) ?? v, v));
        high.set(t, Math.max(high.get(t) ?? v, v));
      }
    };
    const safe = (t: number) =>
      Math.floor((high.get(t) ?? 0) + 1e-6) - Math.ceil((low.get(t) ?? 0) - 1e-6) >= minimumValues - 1;
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

    see(input.truth);
    // Sweeps: all hidden cells up, all down, then two fixed mixes of up and down.
    const all = new Map(input.targets.map((t) => [t, 1]));
    solve('max', all);
    solve('min', all);
    for (const parity of [0, 1]) {
      solve('max', new Map(input.targets.map((t, i) => [t, (i + parity) % 2 === 0 ? 1 : -1])));
    }

    const narrowed: number[] = [];
    for (const t of input.targets) {
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
