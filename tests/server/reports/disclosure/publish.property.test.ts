import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackerRow, isHidden, publishUniverse } from '../../../../server/src/modules/reports/disclosure.js';
import { narrowedCells } from '../../../../server/src/modules/reports/disclosure-audit.js';
import { families } from '../../../../server/src/modules/reports/report-families.js';
import { buildUniverse } from '../../../../server/src/modules/reports/report-universe.js';
import type { MonthCount, YearFacts } from '../../../../server/src/modules/reports/year-facts.repo.js';

const specialists = ['s1', 's2', 's3'];
const unit = fc.constantFrom<string | null>('s1', 's2', 's3', null);

/** Small, lumpy organisations: many counts near the threshold, many empty months. */
const monthCounts = (leaves: readonly string[]) =>
  fc.array(
    fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      unit,
      leaf: fc.constantFrom(...leaves),
      count: fc.integer({ min: 1, max: 16 }),
      keySum: fc.nat({ max: 5000 }),
    }),
    { maxLength: 25 },
  ) satisfies fc.Arbitrary<MonthCount[]>;

const facts: fc.Arbitrary<YearFacts> = fc
  .record({
    sessions: monthCounts(families.sessions.leaves),
    goals: monthCounts(families.goals.leaves),
    steps: monthCounts(families.steps.leaves),
    people: fc.array(
      fc.record({
        unit,
        recordKey: fc.nat({ max: 255 }),
        engagedMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
        supports: fc.nat({ max: 6 }),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ sessions, goals, steps, people }) => ({
    monthly: {
      sessions,
      goals,
      steps,
      suggestions: [],
      choices: [],
      referrals: [],
      consents: [],
      'record-disclosures': [],
      'language-nudges': [],
    },
    participants: new Map(
      people.map((p, i) => [
        `p${i}`,
        {
          unit: p.unit,
          recordKey: p.recordKey,
          engagedMonths: p.engagedMonths,
          supportsAddedAt: Array.from({ length: p.supports }, () => Date.parse('2025-12-01T00:00:00Z')),
        },
      ]),
    ),
    ratings: [],
    selfChecks: [],
  }));

describe('publishing a year (property, random small organisations)', () => {
  it('0 is 0 or hidden, 1..T−1 is hidden, the rest is within 2 of the truth; and the audit then finds nothing narrowed', async () => {
    await fc.assert(
      fc.asyncProperty(facts, async (f) => {
        const universe = buildUniverse(2026, specialists, f);
        const published = await publishUniverse(universe, 11);
        for (const [id, block] of universe.blocks) {
          const values = published.get(id) ?? [];
          block.cells.forEach((cell, i) => {
            const v = values[i];
            if (v === undefined) throw new Error('missing');
            if (cell.count === 0) expect(isHidden(v) || v === 0).toBe(true);
            else if (cell.count < 11) expect(isHidden(v)).toBe(true);
            else if (!isHidden(v)) {
              expect(v).toBeGreaterThanOrEqual(11);
              expect(Math.abs(v - cell.count)).toBeLessThanOrEqual(2);
            }
          });
          const narrowed = await narrowedCells({
            atomCount: block.atomCount.length,
            rows: block.cells.map((cell, i) => attackerRow(cell, values[i] ?? 0, 11)),
            relations: block.relations,
            targets: values.flatMap((v, i) => (isHidden(v) ? [i] : [])),
            truth: block.atomCount,
          });
          expect(narrowed, id).toEqual([]);
        }
        // The same facts publish the same numbers: any instance, any order of questions.
        const again = await publishUniverse(buildUniverse(2026, specialists, f), 11);
        expect([...again.entries()]).toEqual([...published.entries()]);
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
