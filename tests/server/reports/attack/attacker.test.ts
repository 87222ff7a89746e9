import { parseReportPeriod, type ReportCount } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import { attack, type Published } from './attacker.js';
import { type Family, innerCells, organisation, type Reading, spaceOf } from './cells.js';
import { cap } from './lp.js';

/**
 * The attacker on small published tables made by hand, where the answer is known: it must find
 * what the attacks found, and must not claim more than the numbers allow.
 */
const space = spaceOf(2025, ['s1', 's2']);

function reading(
  family: Family,
  periodId: string,
  scope: string,
  inner: string[] | 'all',
  value: ReportCount,
): Reading {
  const period = parseReportPeriod(periodId);
  if (!period) throw new Error(periodId);
  const names = inner === 'all' ? innerCells[family] : inner;
  return {
    family,
    period,
    scope,
    inner: names.map((n) => {
      const i = innerCells[family].indexOf(n);
      if (i < 0) throw new Error(`${family} has no ${n}`);
      return i;
    }),
    value,
    threshold: 11,
    maxAdjustment: 2,
    // Zeros always shown, as the reports the issue attacked: a hidden count is at least 1.
    hiddenAtLeast: 1,
    label: `${periodId} ${scope} ${family} ${inner === 'all' ? 'total' : inner.join('+')}`,
  };
}
const hidden = { suppressed: true } as const;
const goalCol = (status: string) =>
  ['health', 'home', 'purpose', 'community'].flatMap((a) =>
    status === 'active' ? [`${a}|active:participant`, `${a}|active:specialist`] : [`${a}|${status}`],
  );

async function rangesOf(readings: Reading[]) {
  const published: Published = { space, readings };
  const found = await attack(published);
  return new Map(found.map((r) => [r.labels[0], [r.lo, r.hi]]));
}

describe('the LP attacker on hand-made tables', () => {
  it("pins the issue's attack 1: a shown total at its lower bound pins every hidden cell of the table", async () => {
    const m = '2025-03';
    const cells = (status: string, area: string) => goalCol(status).filter((c) => c.startsWith(area));
    const hiddenCells = [
      ['achieved', 'health'],
      ['achieved', 'home'],
      ['achieved', 'purpose'],
      ['on-hold', 'health'],
      ['set-aside', 'home'],
    ];
    const readings = [
      reading('goals', m, 's1', 'all', 14), // true total in 12..16
      reading('goals', m, 's1', goalCol('active'), 11), // at least 11
      ...hiddenCells.map(([st, a]) => reading('goals', m, 's1', cells(st ?? '', a ?? ''), hidden)),
      ...['on-hold', 'achieved', 'set-aside'].flatMap((st) =>
        ['health', 'home', 'purpose', 'community']
          .filter((a) => !hiddenCells.some(([s, h]) => s === st && h === a))
          .map((a) => reading('goals', m, 's1', cells(st, a), 0)),
      ),
    ];
    const ranges = await rangesOf(readings);
    expect(ranges.size).toBe(5);
    for (const range of ranges.values()) expect(range).toEqual([1, 1]);
  });

  it('combines months with their quarter, and the organisation with its specialists', async () => {
    const ranges = await rangesOf([
      reading('steps', '2025-Q1', 's1', 'all', 12),
      reading('steps', '2025-01', 's1', 'all', hidden),
      reading('steps', '2025-02', 's1', 'all', 0),
      reading('steps', '2025-03', 's1', 'all', 0),
      // The organisation's March phone sessions: s1 shows 0, s2 is hidden.
      reading('sessions', '2025-03', organisation, ['phone'], 13),
      reading('sessions', '2025-03', 's1', ['phone'], 0),
      reading('sessions', '2025-03', 's2', ['phone'], hidden),
    ]);
    expect(ranges.get('2025-01 s1 steps total')).toEqual([11, 14]);
    // At most the organisation's 15; at least 1, since people of no specialist may hold the rest.
    expect(ranges.get('2025-03 s2 sessions phone')).toEqual([1, 15]);
  });

  it('bounds participants engaged in a month by its quarter, and leaves two hidden months wide', async () => {
    const ranges = await rangesOf([
      reading('engaged', '2025-Q1', 's1', 'all', 11),
      reading('engaged', '2025-01', 's1', 'all', hidden),
      reading('engaged', '2025-02', 's1', 'all', 0),
      reading('engaged', '2025-03', 's1', 'all', 0),
      reading('engaged', '2025-Q2', 's1', 'all', 11),
      reading('engaged', '2025-04', 's1', 'all', hidden),
      reading('engaged', '2025-05', 's1', 'all', hidden),
      reading('engaged', '2025-06', 's1', 'all', 0),
    ]);
    expect(ranges.get('2025-01 s1 engaged total')).toEqual([11, 13]);
    expect(ranges.get('2025-04 s1 engaged total')).toEqual([1, 13]);
  });

  it('leaves a hidden cell nothing bounds unbounded, and refuses numbers that contradict each other', async () => {
    const ranges = await rangesOf([reading('referrals', '2025-05', 's2', ['connected'], hidden)]);
    expect(ranges.get('2025-05 s2 referrals connected')).toEqual([1, cap]);
    await expect(
      rangesOf([
        reading('choices', '2025-Q2', organisation, 'all', 0),
        reading('choices', '2025-05', 's2', 'all', hidden),
      ]),
    ).rejects.toThrow(/choices: published numbers contradict/);
  });
});
