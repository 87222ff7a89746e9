import { expect } from 'vitest';
import {
  type CountTable,
  derivedRange,
  isHidden,
  type Published,
} from '../../../server/src/modules/reports/suppression.js';

export const get = (m: ReadonlyMap<string, Published>, k: string): Published => {
  const v = m.get(k);
  if (v === undefined) throw new Error(`no cell ${k}`);
  return v;
};

/** Every rule an attacker could apply to one published report. */
export function assertSafe(t: CountTable, published: Map<string, Published>, k: number) {
  for (const [key, truth] of t.cells) {
    const shown = get(published, key);
    if (truth >= 1 && truth < k) expect(isHidden(shown), `${key}=${truth} under ${k} is hidden`).toBe(true);
    if (!isHidden(shown)) {
      // Shown numbers: exact zero, or a multiple of k within k/2 of the truth.
      if (truth === 0) expect(shown).toBe(0);
      else {
        expect(shown % k).toBe(0);
        expect(Math.abs(shown - truth)).toBeLessThanOrEqual(k / 2);
      }
    }
  }
  for (const eq of t.equations) {
    const members = [eq.total, ...eq.parts];
    const hiddenMembers = members.filter((m) => isHidden(get(published, m)));
    // Subtraction along a row/column: never exactly one unknown.
    expect(hiddenMembers.length === 0 || hiddenMembers.length >= 2, JSON.stringify(eq)).toBe(true);
    if (hiddenMembers.length === 0) {
      // With everything shown, total − parts is a multiple of k: never a small count.
      const diff =
        (get(published, eq.total) as number) - eq.parts.reduce((s, p) => s + (get(published, p) as number), 0);
      expect(Math.abs(diff) % k).toBe(0);
    }
    for (const m of hiddenMembers) {
      // Knowing the rounding intervals and that hidden counts are ≥ 1 never pins a hidden value.
      const r = derivedRange(eq, m, published, k);
      expect(r.hi, `${m} in ${JSON.stringify(eq)} pinned to ${r.lo}`).toBeGreaterThan(r.lo);
      const truth = t.cells.get(m) ?? -1;
      expect(truth >= r.lo && truth <= r.hi, 'the derived range still holds the truth').toBe(true);
    }
  }
}
