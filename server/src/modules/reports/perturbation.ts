/**
 * Cell-key perturbation (the method behind the Australian Bureau of Statistics' TableBuilder and
 * the UK Office for National Statistics' census tables).
 *
 * Every person carries a fixed random record key, 0–255 (`users.record_key`). A cell's key is the
 * sum of the record keys of the people behind each thing it counts, modulo 256: it depends only on
 * what is in the cell, so the same cell gets the same key — and the same published number — in
 * every report, trend or CSV that holds it, however it was asked for. A published table maps the
 * (true count, cell key) pair to a small adjustment:
 *
 *   adjustment   −2    −1     0    +1    +2
 *   keys of 256  26    51   102    51    26
 *
 * so a shown count is within `maxAdjustment` of the truth, 0 on average, and the truth is exact
 * only 40 % of the time. Counts below the threshold are never shown at all (suppression decides
 * that, not this module), and a count of at least the threshold is never adjusted below it, so the
 * true count behind a shown s is anywhere in [max(threshold, s − 2), s + 2].
 */

export const maxAdjustment = 2;
export const cellKeyModulus = 256;

/** How many of the 256 keys give each adjustment, from −2 to +2 (sums to 256, symmetric). */
export const adjustmentWeights: readonly number[] = [26, 51, 102, 51, 26];

const adjustmentByKey: readonly number[] = (() => {
  const table: number[] = [];
  adjustmentWeights.forEach((weight, i) => {
    for (let k = 0; k < weight; k++) table.push(i - maxAdjustment);
  });
  return table;
})();

/** A cell key from the sum of its people's record keys (any non-negative integer). */
export function cellKey(recordKeySum: number): number {
  return ((recordKeySum % cellKeyModulus) + cellKeyModulus) % cellKeyModulus;
}

/**
 * The adjustment for a true count with a given cell key. The count takes part in the lookup (the
 * ABS tables are indexed by both), so two cells with the same key but different counts are not
 * moved together; the multiplier is odd, so each count still uses every key exactly once.
 */
export function adjustment(count: number, key: number): number {
  const index = (cellKey(key) + 97 * count) % cellKeyModulus;
  return adjustmentByKey[index] ?? 0;
}

/** The published value of a count of at least the threshold: adjusted, never below the threshold. */
export function perturb(count: number, key: number, threshold: number): number {
  return Math.max(threshold, count + adjustment(count, key));
}
