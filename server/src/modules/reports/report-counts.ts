import type { ReportPeriod, SelfCheckDimension } from '@alongside/shared';
import { confidenceBand, selfCheckBand, supportBand } from './report-families.js';
import type { YearFacts } from './year-facts.repo.js';

/**
 * The counts behind the families that need more than a row per fact: who was engaged, how goals'
 * confidence and people's self-checks moved within each period. Each calls `add` once per counted
 * person (or goal), in the slot of its period, under its unit.
 */
/** Items grouped by a key, in the order they came. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export type Add = (slot: number, unit: string | null, leaf: string, count: number, keySum: number) => void;

/** A participant is engaged in a period with a session or plan change in it; supports at its end. */
export function countEngaged(periods: readonly ReportPeriod[], facts: YearFacts, add: Add) {
  for (const person of facts.participants.values()) {
    periods.forEach((period, p) => {
      if (!period.months.some((m) => person.engagedMonths.includes(m))) return;
      const end = Date.parse(`${period.to}T00:00:00Z`) + 86_400_000;
      const supports = person.supportsAddedAt.filter((at) => at < end).length;
      add(p, person.unit, supportBand(supports), 1, person.recordKey);
    });
  }
}

/** Goals rated twice or more in a period, by the change from their first to their latest rating. */
export function countConfidence(periods: readonly ReportPeriod[], facts: YearFacts, add: Add) {
  const byGoal = groupBy(facts.ratings, (r) => r.goalId);
  for (const ratings of byGoal.values()) {
    const person = facts.participants.get(ratings[0]?.participantId ?? '');
    if (!person) continue;
    periods.forEach((period, p) => {
      const inPeriod = ratings.filter((r) => period.months.includes(new Date(r.at).getUTCMonth() + 1));
      const first = inPeriod[0];
      const latest = inPeriod[inPeriod.length - 1];
      if (inPeriod.length < 2 || !first || !latest) return;
      add(p, person.unit, confidenceBand(latest.confidence - first.confidence), 1, person.recordKey);
    });
  }
}

/**
 * People who rated a dimension twice or more in a period, by the change from their first to their
 * latest rating of it: one count per person, under the person's unit (one family per dimension).
 */
export function countSelfChecks(periods: readonly ReportPeriod[], facts: YearFacts, d: SelfCheckDimension, add: Add) {
  const byPerson = groupBy(facts.selfChecks, (c) => c.participantId);
  for (const [participantId, checks] of byPerson) {
    const person = facts.participants.get(participantId);
    if (!person) continue;
    periods.forEach((period, p) => {
      const inPeriod = checks.filter((c) => period.months.includes(new Date(c.at).getUTCMonth() + 1));
      const rated = inPeriod.flatMap((c) => (c.ratings[d] === null ? [] : [c.ratings[d]]));
      const first = rated[0];
      const latest = rated[rated.length - 1];
      if (rated.length < 2 || first == null || latest == null) return;
      add(p, person.unit, selfCheckBand(latest - first), 1, person.recordKey);
    });
  }
}
