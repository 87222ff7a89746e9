import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountTable,
  type Equation,
  feasibleRange,
  hidden,
  isHidden,
  publishCount,
  publishMedian,
  publishShare,
  roundToBase,
  suppress,
} from '../../../server/src/modules/reports/suppression.js';
import { assertSafe, get } from './safety.js';

/** A rows × cols table with row totals, column totals and a grand total, as the report builds them. */
function grid(values: number[][]): CountTable {
  const cells = new Map<string, number>();
  const equations: Equation[] = [];
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  let grand = 0;
  for (let r = 0; r < rows; r++) {
    let rowTotal = 0;
    for (let c = 0; c < cols; c++) {
      const v = values[r]?.[c] ?? 0;
      cells.set(`r${r}c${c}`, v);
      rowTotal += v;
    }
    cells.set(`r${r}`, rowTotal);
    grand += rowTotal;
    equations.push({ total: `r${r}`, parts: Array.from({ length: cols }, (_, c) => `r${r}c${c}`) });
  }
  for (let c = 0; c < cols; c++) {
    let colTotal = 0;
    for (let r = 0; r < rows; r++) colTotal += values[r]?.[c] ?? 0;
    cells.set(`c${c}`, colTotal);
    equations.push({ total: `c${c}`, parts: Array.from({ length: rows }, (_, r) => `r${r}c${c}`) });
  }
  cells.set('all', grand);
  equations.push({ total: 'all', parts: Array.from({ length: rows }, (_, r) => `r${r}`) });
  equations.push({ total: 'all', parts: Array.from({ length: cols }, (_, c) => `c${c}`) });
  return { cells, equations };
}

/** Counts skewed towards small values, where suppression matters. */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 500 }) },
);
const table = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([r, c]) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
const threshold = fc.integer({ min: 11, max: 30 });

describe('publishing one count', () => {
  it('shows zero, hides 1..k−1, rounds the rest to multiples of k', () => {
    expect(publishCount(0, 11)).toBe(0);
    for (let n = 1; n <= 10; n++) expect(publishCount(n, 11)).toEqual(hidden);
    expect(publishCount(11, 11)).toBe(11);
    expect(publishCount(16, 11)).toBe(11);
    expect(publishCount(17, 11)).toBe(22);
    expect(publishCount(143, 11)).toBe(143);
    expect(publishCount(148, 11)).toBe(143);
    expect(publishCount(149, 11)).toBe(154);
    expect(roundToBase(12, 20)).toBe(20);
    expect(() => publishCount(-1, 11)).toThrow();
  });

  it('knows which true values a shown count stands for', () => {
    expect(feasibleRange(0, 11)).toEqual({ lo: 0, hi: 0 });
    expect(feasibleRange(11, 11)).toEqual({ lo: 11, hi: 16 });
    expect(feasibleRange(22, 11)).toEqual({ lo: 17, hi: 27 });
    expect(feasibleRange(hidden, 11)).toEqual({ lo: 1, hi: Number.POSITIVE_INFINITY });
    for (let n = 11; n < 200; n++) {
      const r = feasibleRange(publishCount(n, 11), 11);
      expect(n >= r.lo && n <= r.hi).toBe(true);
    }
  });
});

describe('complementary suppression', () => {
  it('hides a second cell in a row when one is small', () => {
    // Row: 30 + 5 + 40 = 75. Without a second hidden cell, 75 − 30 − 40 = 5 would give the 5 away.
    const t = grid([[30, 5, 40]]);
    const p = suppress(t, 11);
    expect(get(p, 'r0c1')).toEqual(hidden);
    expect(get(p, 'r0c0')).toEqual(hidden); // the smallest other non-zero cell
    expect(get(p, 'r0c2')).toBe(44);
    assertSafe(t, p, 11);
  });

  it('carries suppression across rows and columns until every line is safe', () => {
    const t = grid([
      [3, 50, 60],
      [40, 2, 70],
      [80, 90, 100],
    ]);
    const p = suppress(t, 11);
    assertSafe(t, p, 11);
    expect(get(p, 'r2c2')).toBe(99);
  });

  it('hides a total that equals one small cell, and zero stays shown', () => {
    const t = grid([[0, 4, 0]]);
    const p = suppress(t, 11);
    expect(get(p, 'r0c0')).toBe(0);
    expect(get(p, 'r0c1')).toEqual(hidden);
    expect(get(p, 'r0')).toEqual(hidden);
    assertSafe(t, p, 11);
  });

  it('widens suppression when the rounding intervals would pin hidden cells', () => {
    // 16 = 11 + five 1s: from "total 11 (11–16), part 11 (11–16)" the five hidden cells sum to ≤ 5,
    // so each would be exactly 1. The audit hides more until that no longer follows.
    const t: CountTable = {
      cells: new Map([
        ['t', 16],
        ['a', 11],
        ['b', 1],
        ['c', 1],
        ['d', 1],
        ['e', 1],
        ['f', 1],
      ]),
      equations: [{ total: 't', parts: ['a', 'b', 'c', 'd', 'e', 'f'] }],
    };
    const p = suppress(t, 11);
    assertSafe(t, p, 11);
    expect(isHidden(get(p, 'a')) || isHidden(get(p, 't'))).toBe(true);
  });
});

describe('shares and medians', () => {
  it('computes shares from published counts and hides them with their counts', () => {
    expect(publishShare(22, 44)).toBe(50);
    expect(publishShare(hidden, 44)).toEqual(hidden);
    expect(publishShare(22, hidden)).toEqual(hidden);
    expect(publishShare(0, 0)).toEqual(hidden);
    expect(publishShare(0, 33)).toBe(0);
  });

  it('gives the median of a histogram, hidden when the group is small', () => {
    expect(
      publishMedian(
        new Map([
          [-1, 3],
          [0, 4],
          [2, 5],
        ]),
        11,
      ),
    ).toBe(0);
    expect(
      publishMedian(
        new Map([
          [1, 6],
          [3, 6],
        ]),
        11,
      ),
    ).toBe(2);
    expect(publishMedian(new Map([[4, 5]]), hidden)).toEqual(hidden);
  });
});

describe('property: random tables and thresholds', () => {
  it('hides every small count and leaves nothing recoverable within a report', () => {
    fc.assert(
      fc.property(table, threshold, (values, k) => {
        const t = grid(values);
        assertSafe(t, suppress(t, k), k);
      }),
      { numRuns: 500 },
    );
  });

  it('two reports that differ by one day or one filter never differ by a small count', () => {
    // Report A and report B = A plus one more day's (or one more specialist's) counts, cell by cell.
    const pair = table.chain((a) =>
      fc.tuple(
        fc.constant(a),
        fc.array(
          fc.array(fc.integer({ min: 0, max: 12 }), { minLength: a[0]?.length ?? 1, maxLength: a[0]?.length ?? 1 }),
          {
            minLength: a.length,
            maxLength: a.length,
          },
        ),
      ),
    );
    fc.assert(
      fc.property(pair, threshold, ([a, extra], k) => {
        const b = a.map((row, r) => row.map((v, c) => v + (extra[r]?.[c] ?? 0)));
        const ta = grid(a);
        const tb = grid(b);
        const pa = suppress(ta, k);
        const pb = suppress(tb, k);
        assertSafe(ta, pa, k);
        assertSafe(tb, pb, k);
        for (const key of ta.cells.keys()) {
          const x = get(pa, key);
          const y = get(pb, key);
          if (isHidden(x) || isHidden(y)) continue;
          const diff = Math.abs(y - x);
          expect(diff === 0 || diff >= k, `${key}: ${x} vs ${y} would reveal ${diff}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
