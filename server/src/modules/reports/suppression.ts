/**
 * Small-cell suppression for supervisor reports (CMS cell-size policy), as one pure module.
 *
 * A report is a set of named counts ("cells") and the additive relations between them
 * ("equations": total = sum of parts — a row, a column, a grand total; a cell may sit in several,
 * which is how two tables that share a number stay consistent). Publishing a cell means:
 *
 * 1. **Primary suppression.** 0 is shown as 0; 1..threshold−1 is hidden.
 * 2. **Rounding.** Any other count is shown rounded to the nearest multiple of the threshold
 *    (half up; never below the threshold). Every published number is therefore 0 or a multiple of
 *    the threshold, so *any* sum or difference of published numbers — along a row, against a total,
 *    or between two reports that differ by one day or one filter — is 0 or at least the threshold,
 *    and can never be a small count. Exact counts cannot give that: two reports a day apart would
 *    differ by that day's handful of sessions.
 * 3. **Complementary suppression.** In every equation, either no member is hidden or at least two
 *    are: when exactly one is, the smallest shown non-zero part (else the total) is hidden too.
 * 4. **Interval audit.** An attacker who knows the rules knows each shown count's rounding interval
 *    and that a hidden count is at least 1. If, from one equation, a hidden member's value would be
 *    pinned to a single number, another member is hidden. Steps 3–4 repeat until nothing changes.
 *
 * Shares are computed from published counts only (so they add no information) and are hidden when
 * either count is; a median is hidden when its group's count is.
 */

export interface Equation {
  readonly total: string;
  readonly parts: readonly string[];
}

export interface CountTable {
  /** True counts by cell key. */
  readonly cells: ReadonlyMap<string, number>;
  readonly equations: readonly Equation[];
}

export type Hidden = { readonly suppressed: true };
export type Published = number | Hidden;

export const hidden: Hidden = Object.freeze({ suppressed: true as const });

export function isHidden(value: Published): value is Hidden {
  return typeof value !== 'number';
}

/** Rounds a count of at least `base` to the nearest multiple of `base` (half up). */
export function roundToBase(count: number, base: number): number {
  return Math.max(base, Math.floor(count / base + 0.5) * base);
}

/** What one count becomes on its own (steps 1–2). */
export function publishCount(count: number, threshold: number): Published {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a count: ${count}`);
  if (count === 0) return 0;
  if (count < threshold) return hidden;
  return roundToBase(count, threshold);
}

/** The true values a published count is consistent with, as an attacker who knows the rules sees it. */
export function feasibleRange(value: Published, threshold: number): { lo: number; hi: number } {
  if (isHidden(value)) return { lo: 1, hi: Number.POSITIVE_INFINITY };
  if (value === 0) return { lo: 0, hi: 0 };
  // round(x / k) * k === v  ⇔  v − k/2 ≤ x < v + k/2, and a shown count is never below k.
  return { lo: Math.max(threshold, Math.ceil(value - threshold / 2)), hi: Math.ceil(value + threshold / 2) - 1 };
}

/**
 * The range one equation pins a hidden member to, given what is published for the others.
 * `member` is the total or one of the parts.
 */
export function derivedRange(
  equation: Equation,
  member: string,
  published: ReadonlyMap<string, Published>,
  threshold: number,
): { lo: number; hi: number } {
  const range = (key: string) => feasibleRange(published.get(key) ?? 0, threshold);
  if (member === equation.total) {
    let lo = 0;
    let hi = 0;
    for (const p of equation.parts) {
      const r = range(p);
      lo += r.lo;
      hi += r.hi;
    }
    return { lo: Math.max(1, lo), hi };
  }
  const total = range(equation.total);
  let othersLo = 0;
  let othersHi = 0;
  let seenSelf = false;
  for (const p of equation.parts) {
    if (p === member && !seenSelf) {
      seenSelf = true;
      continue;
    }
    const r = range(p);
    othersLo += r.lo;
    othersHi += r.hi;
  }
  return { lo: Math.max(1, total.lo - othersHi), hi: total.hi - othersLo };
}

/** Publishes every cell of the table (steps 1–4). */
export function suppress(table: CountTable, threshold: number): Map<string, Published> {
  if (!Number.isInteger(threshold) || threshold < 2) throw new RangeError(`threshold must be an integer ≥ 2`);
  const trueValue = (key: string) => {
    const v = table.cells.get(key);
    if (v === undefined) throw new Error(`equation names an unknown cell: ${key}`);
    return v;
  };
  const published = new Map<string, Published>();
  for (const [key, count] of table.cells) published.set(key, publishCount(count, threshold));
  for (const eq of table.equations) for (const key of [eq.total, ...eq.parts]) trueValue(key);

  const isShown = (key: string) => !isHidden(published.get(key) ?? 0);
  /** Hides one more member of `eq` (not `keep`): the smallest shown non-zero part, else the total. */
  const hideAnother = (eq: Equation, keep: string): boolean => {
    const candidates = eq.parts
      .filter((p) => p !== keep && isShown(p) && trueValue(p) > 0)
      .sort((a, b) => trueValue(a) - trueValue(b) || a.localeCompare(b));
    const pick = candidates[0] ?? (eq.total !== keep && isShown(eq.total) ? eq.total : undefined);
    if (pick === undefined) return false;
    published.set(pick, hidden);
    return true;
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of table.equations) {
      const members = [eq.total, ...eq.parts];
      const hiddenMembers = members.filter((m) => !isShown(m));
      if (hiddenMembers.length === 0) continue;
      if (hiddenMembers.length === 1) {
        changed = hideAnother(eq, hiddenMembers[0] as string) || changed;
        continue;
      }
      for (const m of hiddenMembers) {
        const r = derivedRange(eq, m, published, threshold);
        if (r.hi <= r.lo) {
          changed = hideAnother(eq, m) || changed;
          break;
        }
      }
    }
  }
  return published;
}

/** A whole percentage from two published counts; hidden when either is (or there is nothing to divide). */
export function publishShare(numerator: Published, denominator: Published): Published {
  if (isHidden(numerator) || isHidden(denominator)) return hidden;
  if (denominator === 0) return hidden;
  return Math.min(100, Math.round((100 * numerator) / denominator));
}

/** The median of a histogram (value → count), hidden when the group's published count is. */
export function publishMedian(histogram: ReadonlyMap<number, number>, groupCount: Published): Published {
  if (isHidden(groupCount) || groupCount === 0) return hidden;
  const values = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const n = values.reduce((sum, [, c]) => sum + c, 0);
  if (n === 0) return hidden;
  const at = (index: number): number => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (index < seen) return value;
    }
    throw new Error('index beyond histogram');
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}
