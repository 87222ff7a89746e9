import { expect } from 'vitest';
import { attack, boundsOf, fiveValues, type HiddenRange, isHidden, narrowed, type Published } from './attacker.js';
import { cellKey, organisation, type Reading, varsOf } from './cells.js';
import type { BuiltWorld } from './world-db.js';
import { truthOf } from './world-db.js';

const describeRange = (r: HiddenRange) =>
  `${r.labels[0]}${r.labels.length > 1 ? ` (+${r.labels.length - 1} more)` : ''}: ${r.lo}..${r.hi}`;

/** The attack: no hidden cell pinned, none narrowed below five possible values. */
export async function expectNoNarrowing(published: Published): Promise<HiddenRange[]> {
  const ranges = await attack(published, fiveValues);
  expect(narrowed(ranges).map(describeRange), 'hidden cells the attacker narrowed below 5 values').toEqual([]);
  return ranges;
}

/** The truth behind a reading, from the world's definition. */
export function truthOfReading(built: BuiltWorld, published: Published) {
  const truth = truthOf(built, published.space);
  return (r: Reading) => varsOf(published.space, r).reduce((sum, v) => sum + (truth[r.family][v] ?? 0), 0);
}

/**
 * Every number is what the contract says of the truth: 0 for 0, hidden or ≥ threshold and within
 * maxAdjustment otherwise, never hidden when the truth is 0.
 */
export function expectHonest(built: BuiltWorld, published: Published): void {
  const truthOfCell = truthOfReading(built, published);
  const wrong = published.readings.flatMap((r) => {
    const truth = truthOfCell(r);
    const [lo, hi] = boundsOf(r);
    return truth < lo || truth > hi ? [`${r.label}: shows ${JSON.stringify(r.value)}, true ${truth}`] : [];
  });
  expect(wrong, 'published numbers the contract does not allow for the true counts').toEqual([]);
}

/** The same cell read from two answers (a summary, a trend point, read twice) shows one value. */
export function expectOneValuePerCell(published: Published): void {
  const seen = new Map<string, Reading>();
  const differ: string[] = [];
  for (const r of published.readings) {
    const key = cellKey(r);
    const first = seen.get(key);
    if (!first) seen.set(key, r);
    else if (JSON.stringify(first.value) !== JSON.stringify(r.value)) {
      differ.push(`${first.label} = ${JSON.stringify(first.value)} but ${r.label} = ${JSON.stringify(r.value)}`);
    }
  }
  expect(differ).toEqual([]);
}

/** Of the organisation's non-zero cells for the whole year, how many are shown. */
export function orgYearShown(built: BuiltWorld, published: Published) {
  const truthOfCell = truthOfReading(built, published);
  const year = String(published.space.year);
  const cells = published.readings.filter(
    (r) => r.scope === organisation && r.period.id === year && !r.label.includes('trend') && truthOfCell(r) > 0,
  );
  const hiddenAtLeastThreshold = cells
    .filter((r) => isHidden(r.value) && truthOfCell(r) >= r.threshold)
    .map((r) => `${r.label} (${truthOfCell(r)})`);
  return { nonZero: cells.length, shown: cells.filter((r) => !isHidden(r.value)).length, hiddenAtLeastThreshold };
}
