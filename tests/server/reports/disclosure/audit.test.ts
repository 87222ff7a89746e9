import { describe, expect, it } from 'vitest';
import { narrowedCells } from '../../../../server/src/modules/reports/disclosure-audit.js';

/**
 * The audit on hand-made tables whose answer is known: it must find what the independent check of
 * issue 16 found (attack 1), and clear what cannot be narrowed.
 */
describe('the joint disclosure audit', () => {
  // One row of a table: active 11 (shown), achieved a/b/c hidden, on-hold hidden, set-aside hidden,
  // total 16 shown. Atoms 0..5: active, achieved×3 (three life areas), on-hold, set-aside.
  const truth = [11, 1, 1, 1, 1, 1];
  const row = (atoms: number[], lo: number, hi: number) => ({ atoms, lo, hi });
  const hiddenRow = (atom: number) => row([atom], 1, Number.POSITIVE_INFINITY);

  it('finds hidden cells pinned by a total at its lower bound (the issue’s attack 1)', async () => {
    const narrowed = await narrowedCells({
      atomCount: 6,
      rows: [
        row([0], 11, 11), // active shown exactly (as the old rounding allowed)
        row([0, 1, 2, 3, 4, 5], 11, 16), // the total
        ...[1, 2, 3, 4, 5].map(hiddenRow),
      ],
      relations: [],
      targets: [2, 3, 4, 5, 6],
      truth,
    });
    // 11 + five cells of at least 1 ≤ 16: every hidden cell is exactly 1.
    expect(narrowed).toEqual([2, 3, 4, 5, 6]);
  });

  it('clears hidden cells when the published intervals leave each five values or more', async () => {
    const narrowed = await narrowedCells({
      atomCount: 6,
      rows: [row([0], 11, 15), row([0, 1, 2, 3, 4, 5], 14, 30), ...[1, 2, 3, 4, 5].map(hiddenRow)],
      relations: [],
      targets: [2, 3, 4, 5, 6],
      truth,
    });
    expect(narrowed).toEqual([]);
  });

  it('combines equations: a column and a row together pin a cell neither pins alone', async () => {
    // 2×2 table a b / c d with a, d hidden; b, c, row totals and column totals shown.
    // Atoms: a=0, b=1, c=2, d=3. Truth a=2, b=20, c=20, d=3.
    const narrowed = await narrowedCells({
      atomCount: 4,
      rows: [
        hiddenRow(0),
        row([1], 20, 20),
        row([2], 20, 20),
        hiddenRow(3),
        row([0, 1], 22, 22), // row 1 total
        row([2, 3], 21, 25), // row 2 total
      ],
      relations: [],
      targets: [0, 3],
      truth: [2, 20, 20, 3],
    });
    expect(narrowed).toEqual([0]); // a = 22 − 20; d ∈ [1, 5] still has five values
  });

  it('distinct-people bounds count: a quarter no larger than its busiest month pins nothing it should not', async () => {
    // Quarter Q (atom 0) shown 11..15; months m1..m3 (atoms 1..3) hidden; Q ≥ each month, Q ≤ their sum.
    const narrowed = await narrowedCells({
      atomCount: 4,
      rows: [row([0], 11, 15), hiddenRow(1), hiddenRow(2), hiddenRow(3)],
      relations: [1, 2, 3].flatMap((m) => [{ plus: [0], minus: [m] }]).concat([{ plus: [1, 2, 3], minus: [0] }]),
      targets: [1, 2, 3],
      truth: [13, 5, 5, 5],
    });
    expect(narrowed).toEqual([]);
  });
});
