import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../../server/src/modules/reports/reports.csv.js';
import type { RawReport } from '../../../server/src/modules/reports/reports.repo.js';
import { reportTable, toSummary } from '../../../server/src/modules/reports/reports.service.js';
import { isHidden, suppress } from '../../../server/src/modules/reports/suppression.js';
import { assertSafe } from './safety.js';

/**
 * The report's own tables (sessions, goals by life area × status with the voice split tied to the
 * active column, suggestions, choices, confidence bands, referrals by status, supports bands tied to
 * engaged participants)
 * built from random cohorts: what the repo would return for one day, or for one more specialist.
 */
const small = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 60 }));
const rawReport: fc.Arbitrary<RawReport> = fc.record({
  sessionsByMode: fc.tuple(small, small, small, small).map(
    ([a, b, c, d]) =>
      new Map([
        ['in-person', a],
        ['phone', b],
        ['video', c],
        ['community', d],
      ]),
  ),
  participantsBySupportCount: fc
    .array(small, { minLength: 6, maxLength: 6 })
    .map((ns) => new Map(ns.map((n, i) => [i, n]))),
  goals: fc.array(
    fc.record({
      lifeArea: fc.constantFrom('health', 'home', 'purpose', 'community'),
      status: fc.constantFrom('active', 'on-hold', 'achieved', 'set-aside'),
      voice: fc.constantFrom('participant', 'specialist'),
      n: small,
    }),
    { maxLength: 12 },
  ),
  stepsCompleted: small,
  suggestionsByStatus: fc
    .array(small, { minLength: 5, maxLength: 5 })
    .map((ns) => new Map(['pending', 'accepted', 'edited', 'declined', 'withdrawn'].map((s, i) => [s, ns[i] ?? 0]))),
  choices: fc.record({ multi: small, single: small }),
  confidenceChanges: fc.array(fc.tuple(fc.integer({ min: -10, max: 10 }), small), { maxLength: 8 }).map((pairs) => {
    const m = new Map<number, number>();
    for (const [change, n] of pairs) m.set(change, (m.get(change) ?? 0) + n);
    return m;
  }),
  referralsByStatus: fc
    .array(small, { minLength: 4, maxLength: 4 })
    .map((ns) => new Map(['chosen', 'contacted', 'connected', 'not-connected'].map((s, i) => [s, ns[i] ?? 0]))),
});

function merge(a: RawReport, b: RawReport): RawReport {
  const add = <K>(x: Map<K, number>, y: Map<K, number>) => {
    const out = new Map(x);
    for (const [k, v] of y) out.set(k, (out.get(k) ?? 0) + v);
    return out;
  };
  return {
    sessionsByMode: add(a.sessionsByMode, b.sessionsByMode),
    participantsBySupportCount: add(a.participantsBySupportCount, b.participantsBySupportCount),
    goals: [...a.goals, ...b.goals],
    stepsCompleted: a.stepsCompleted + b.stepsCompleted,
    suggestionsByStatus: add(a.suggestionsByStatus, b.suggestionsByStatus),
    referralsByStatus: add(a.referralsByStatus, b.referralsByStatus),
    choices: { multi: a.choices.multi + b.choices.multi, single: a.choices.single + b.choices.single },
    confidenceChanges: add(a.confidenceChanges, b.confidenceChanges),
  };
}

const meta = {
  range: { from: '2026-01-01', to: '2026-01-31' },
  scope: 'organisation' as const,
  generatedAt: '2026-02-01T00:00:00.000Z',
};

describe('property: the report built from random cohorts', () => {
  it('hides small counts, leaves no line with one hidden member, and its shares and medians follow', () => {
    fc.assert(
      fc.property(rawReport, fc.integer({ min: 11, max: 25 }), (raw, k) => {
        const table = reportTable(raw);
        const published = suppress(table, k);
        assertSafe(table, published, k);
        const summary = toSummary(published, raw, { ...meta, threshold: k });
        if (isHidden(summary.confidenceChange.goals))
          expect(summary.confidenceChange.median).toEqual({ suppressed: true });
        if (
          isHidden(summary.partnership.activeGoalsByVoice.total) ||
          isHidden(summary.partnership.activeGoalsByVoice.participant)
        ) {
          expect(summary.partnership.activeGoalsOwnVoiceShare).toEqual({ suppressed: true });
        }
        // The two tables that share a number show it the same way.
        expect(summary.supportsPerParticipant.participants).toEqual(summary.participantsEngaged);
        expect(summary.partnership.activeGoalsByVoice.total).toEqual(summary.goals.totalsByStatus.active);
      }),
      { numRuns: 300 },
    );
  });

  it('a report and the same report with one more day (or one more specialist) never differ by a small count', () => {
    fc.assert(
      fc.property(rawReport, rawReport, fc.integer({ min: 11, max: 25 }), (base, extra, k) => {
        const a = toSummary(suppress(reportTable(base), k), base, { ...meta, threshold: k });
        const merged = merge(base, extra);
        const b = toSummary(suppress(reportTable(merged), k), merged, { ...meta, threshold: k });
        const la = summaryLines(a);
        const lb = summaryLines(b);
        la.forEach((line, i) => {
          const other = lb[i]?.value;
          if (line.kind !== 'count' || typeof line.value !== 'number' || typeof other !== 'number') return;
          const diff = Math.abs(line.value - other);
          expect(diff === 0 || diff >= k, `${line.measure} ${line.breakdown}: ${line.value} vs ${other}`).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
