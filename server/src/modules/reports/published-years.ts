import { createHash } from 'node:crypto';
import type { Clock } from '../../lib/clock.js';
import { type PublishedUniverse, publishUniverse } from './disclosure.js';
import { buildUniverse, type Universe } from './report-universe.js';
import type { YearFacts } from './year-facts.repo.js';

/** One organisation's published year: the numbers every report, trend and CSV of it reads. */
export interface PublishedYear {
  readonly universe: Universe;
  readonly values: PublishedUniverse;
  readonly threshold: number;
  /** When the facts behind it were read. */
  readonly computedAt: Date;
  /** A digest of the facts, the specialists and the threshold: the same digest, the same numbers. */
  readonly digest: string;
}

export interface PublishedYearsOptions {
  clock: Clock;
  /** How long a published year is served before its facts are read again. 0: read on every report. */
  maxAgeMs: number;
  /** Organisation-years kept in memory. */
  capacity?: number;
}

export interface YearSource {
  threshold: number;
  specialists: readonly string[];
  readFacts: () => Promise<YearFacts>;
}

function digestOf(source: { threshold: number; specialists: readonly string[] }, facts: YearFacts): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([source.threshold, source.specialists]));
  hash.update(JSON.stringify(facts.monthly));
  hash.update(JSON.stringify([...facts.participants].sort(([a], [b]) => (a < b ? -1 : 1))));
  hash.update(JSON.stringify(facts.ratings));
  hash.update(JSON.stringify(facts.selfChecks));
  return hash.digest('hex');
}

/**
 * Published years, kept per organisation and year. A report reads the year's facts (at most every
 * `maxAgeMs`); when they are what was last published — same digest — the published numbers are
 * reused as they are, and the audit (seconds of linear programming for a large organisation) runs
 * only when something changed. Two reports asked for at once share one computation; once a year
 * has been published, a report never waits for it to be published again (see `get`). Because the
 * whole year is published at once, from the data alone, every instance of the server publishes the
 * same numbers whichever report is asked for first.
 */
export function createPublishedYears(options: PublishedYearsOptions) {
  const capacity = options.capacity ?? 64;
  const years = new Map<string, PublishedYear>();
  const pending = new Map<string, Promise<PublishedYear>>();

  async function compute(key: string, year: number, source: YearSource): Promise<PublishedYear> {
    const computedAt = options.clock.now();
    const facts = await source.readFacts();
    const digest = digestOf(source, facts);
    const previous = years.get(key);
    if (previous && previous.digest === digest) {
      const fresh = { ...previous, computedAt };
      remember(key, fresh);
      return fresh;
    }
    const universe = buildUniverse(year, source.specialists, facts);
    const values = await publishUniverse(universe, source.threshold);
    const published = { universe, values, threshold: source.threshold, computedAt, digest };
    remember(key, published);
    return published;
  }

  function remember(key: string, published: PublishedYear) {
    years.delete(key);
    years.set(key, published);
    while (years.size > capacity) {
      const oldest = years.keys().next().value;
      if (oldest === undefined) break;
      years.delete(oldest);
    }
  }

  /** One computation per organisation-year at a time, shared by whoever asks meanwhile. */
  function refresh(key: string, year: number, source: YearSource): Promise<PublishedYear> {
    const running = pending.get(key);
    if (running) return running;
    const work = compute(key, year, source).finally(() => pending.delete(key));
    pending.set(key, work);
    return work;
  }

  return {
    async get(organisationId: string, year: number, source: YearSource): Promise<PublishedYear> {
      const key = `${organisationId}:${year}`;
      const known = years.get(key);
      const sameShape =
        known !== undefined &&
        known.threshold === source.threshold &&
        known.universe.specialists.join() === source.specialists.join();
      if (!known || !sameShape) return refresh(key, year, source);
      if (options.clock.now().getTime() - known.computedAt.getTime() < options.maxAgeMs) return known;
      // Out of date. With a maximum age (a deployment), the year last published keeps being served
      // while it is published again in the background: in a large organisation that takes minutes,
      // and no supervisor should wait for it. Without one (0: tests, "always read afresh") it waits.
      if (options.maxAgeMs === 0) return refresh(key, year, source);
      // A failed refresh (the database out of reach) is tried again by the next report.
      refresh(key, year, source).catch(() => undefined);
      return known;
    },
  };
}

export type PublishedYears = ReturnType<typeof createPublishedYears>;
