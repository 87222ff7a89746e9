import loadHighs, { type Highs } from 'highs';

/** A linear constraint lower ≤ Σ coef·x ≤ upper (coefficients 1 when not given). */
export interface Row {
  vars: number[];
  coefs?: number[];
  lower: number;
  upper: number;
  /** Why the row exists, for the error when the rows contradict each other. */
  label: string;
}

/** A hidden cell: the variables its true count is the sum of. */
export interface Target {
  key: string;
  vars: number[];
}

/** The LP-relaxation range of a target's sum; the integer range is [ceil(min), floor(max)]. */
export interface Range {
  min: number;
  max: number;
  /**
   * False when solving stopped early: two feasible solutions already put the sum at least
   * `enough` apart, so the cell is proven wide and [min, max] is only part of its range.
   */
  exact: boolean;
}

/** Far above any count in a test world, so a range that reaches it is unbounded in effect. */
export const cap = 10_000;
const eps = 1e-6;
export const integerRange = (r: Range) => ({ lo: Math.ceil(r.min - eps), hi: Math.floor(r.max + eps) });

let loaded: Promise<Highs> | undefined;
const highsOnce = () => {
  loaded ??= loadHighs();
  return loaded;
};

/** The variables no row limits from above: a target holding one of them has no useful maximum. */
function unboundedAbove(n: number, rows: Row[]): boolean[] {
  const free = new Array<boolean>(n).fill(true);
  for (const row of rows) {
    row.vars.forEach((v, k) => {
      const c = row.coefs?.[k] ?? 1;
      if ((c > 0 && row.upper < Number.POSITIVE_INFINITY) || (c < 0 && row.lower > Number.NEGATIVE_INFINITY)) {
        free[v] = false;
      }
    });
  }
  return free;
}

/**
 * Solves min and max of every target's sum subject to the rows, each variable in [0, cap]. One
 * persistent model per program; only the objective changes between solves (warm start). Every
 * solution found is feasible, so it also bounds the range of every other target: a target whose
 * integer range is already `enough` wide is not solved for (only narrow ones need exact ranges).
 * Throws when the rows are infeasible: what was published contradicts the contract.
 */
export async function solveRanges(
  n: number,
  rows: Row[],
  targets: Target[],
  enough = Number.POSITIVE_INFINITY,
): Promise<Map<string, Range>> {
  const out = new Map<string, Range>();
  if (targets.length === 0 || n === 0) return out;
  const highs = await highsOnce();
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    const merged = new Map<number, number>();
    row.vars.forEach((v, k) => {
      merged.set(v, (merged.get(v) ?? 0) + (row.coefs?.[k] ?? 1));
    });
    for (const [v, c] of [...merged].sort((a, b) => a[0] - b[0])) {
      indices.push(v);
      values.push(c);
    }
    starts.push(indices.length);
  }
  const inf = highs.infinity;
  const bound = (x: number) => (x === Number.POSITIVE_INFINITY ? inf : x === Number.NEGATIVE_INFINITY ? -inf : x);
  const model = highs.createModel({
    numCols: n,
    numRows: rows.length,
    colCost: new Float64Array(n),
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(cap),
    rowLower: rows.map((r) => bound(r.lower)),
    rowUpper: rows.map((r) => bound(r.upper)),
    matrix: { format: 'csr', numRows: rows.length, numCols: n, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false });
    const { optimal } = highs.constants.modelStatus;
    const { minimize, maximize } = highs.constants.objectiveSense;
    const all = { kind: 'range', from: 0, to: n - 1 } as const;
    model.run();
    if (model.getModelStatus() !== optimal) {
      throw new Error(`published numbers contradict the contract (status ${model.getModelStatus()})`);
    }
    const free = unboundedAbove(n, rows);
    const seen = targets.map(() => ({ min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY }));
    const observe = () => {
      const x = model.getSolution().colValue;
      targets.forEach((t, i) => {
        const sum = t.vars.reduce((acc, v) => acc + (x[v] ?? 0), 0);
        const s = seen[i];
        if (s) [s.min, s.max] = [Math.min(s.min, sum), Math.max(s.max, sum)];
      });
    };
    const wide = (i: number) => {
      const r = integerRange({ ...(seen[i] ?? { min: 0, max: 0 }), exact: false });
      return r.hi - r.lo >= enough;
    };
    const solve = (sense: typeof minimize): number => {
      model.changeObjectiveSense(sense);
      model.run();
      if (model.getModelStatus() !== optimal) {
        // Numerical trouble from the warm start: solve again from scratch.
        model.clearSolver();
        model.run();
      }
      if (model.getModelStatus() !== optimal) throw new Error(`solve failed: status ${model.getModelStatus()}`);
      observe();
      return model.getObjectiveValue();
    };
    observe();
    targets.forEach((target, i) => {
      if (wide(i)) return;
      const costs = new Float64Array(n);
      for (const v of target.vars) costs[v] = 1;
      model.changeColsCost(all, costs);
      const min = solve(minimize);
      if (wide(i)) return;
      const max = target.vars.some((v) => free[v]) ? cap : solve(maximize);
      out.set(target.key, { min, max, exact: true });
    });
    targets.forEach((target, i) => {
      const s = seen[i];
      if (!out.has(target.key) && s) out.set(target.key, { ...s, exact: false });
    });
  } finally {
    model.dispose();
  }
  return out;
}
