import { describe, expect, it } from 'vitest';
import { createPublishedYears, type YearSource } from '../../../server/src/modules/reports/published-years.js';
import type { YearFacts } from '../../../server/src/modules/reports/year-facts.repo.js';
import { TestClock } from '../../helpers/test-clock.js';

/**
 * A published year is served for its maximum age; after that, a deployment keeps serving it while
 * it is published again in the background (minutes, for a large organisation), so no report waits.
 */
const facts = (sessions: number): YearFacts => ({
  monthly: {
    sessions: [{ month: 3, unit: null, leaf: 'in-person', count: sessions, keySum: 7 * sessions }],
    goals: [],
    steps: [],
    suggestions: [],
    choices: [],
    referrals: [],
    consents: [],
    'record-disclosures': [],
    'language-nudges': [],
  },
  participants: new Map(),
  ratings: [],
  selfChecks: [],
});

/** A source whose reads the test lets through one at a time. */
function gatedSource(threshold = 11) {
  let sessions = 20;
  const reads: (() => void)[] = [];
  const source: YearSource = {
    threshold,
    specialists: [],
    readFacts: () => new Promise((resolve) => reads.push(() => resolve(facts(sessions)))),
  };
  return {
    source,
    setSessions: (n: number) => {
      sessions = n;
    },
    reads,
    release: async () => {
      while (reads.length === 0) await new Promise((r) => setTimeout(r, 1));
      reads.shift()?.();
    },
  };
}

describe('published years', () => {
  it('after their maximum age, serve the last published year at once and publish again behind it', async () => {
    const clock = new TestClock(Date.parse('2026-06-01T09:00:00Z'));
    const years = createPublishedYears({ clock, maxAgeMs: 60_000 });
    const s = gatedSource();

    // The first report of a year has nothing to serve: it waits for the publication.
    const first = years.get('org', 2025, s.source);
    await s.release();
    const published = await first;

    s.setSessions(40);
    clock.advance(61_000);
    // Out of date: answered at once with what was published, while the facts are read again.
    expect(await years.get('org', 2025, s.source)).toBe(published);
    expect(s.reads).toHaveLength(1);
    // A second report meanwhile starts no second publication.
    expect(await years.get('org', 2025, s.source)).toBe(published);
    expect(s.reads).toHaveLength(1);

    await s.release();
    await new Promise((r) => setTimeout(r, 10));
    const next = await years.get('org', 2025, s.source);
    expect(next).not.toBe(published);
    expect(next.digest).not.toBe(published.digest);
    expect(s.reads).toHaveLength(0);
  });

  it('with no maximum age every report waits for the facts as they are now', async () => {
    const clock = new TestClock(Date.parse('2026-06-01T09:00:00Z'));
    const years = createPublishedYears({ clock, maxAgeMs: 0 });
    const s = gatedSource();
    const first = years.get('org', 2025, s.source);
    await s.release();
    const published = await first;
    s.setSessions(40);
    const second = years.get('org', 2025, s.source);
    await s.release();
    expect((await second).digest).not.toBe(published.digest);
  });

  it('a new threshold is never answered with numbers published under the old one', async () => {
    const clock = new TestClock(Date.parse('2026-06-01T09:00:00Z'));
    const years = createPublishedYears({ clock, maxAgeMs: 60_000 });
    const old = gatedSource(11);
    const first = years.get('org', 2025, old.source);
    await old.release();
    await first;
    const changed = gatedSource(12);
    const second = years.get('org', 2025, changed.source);
    await changed.release();
    expect((await second).threshold).toBe(12);
  });
});
