import { type SelfCheck, type SelfCheckDimension, selfCheckDimensions } from '@alongside/shared';
import { tp } from '../../i18n/plan-i18n.js';

export interface LinePoint {
  at: string;
  value: number;
}

/** A dimension's ratings over time, oldest first (self-checks that left it out skip it). */
export function dimensionPoints(selfChecks: readonly SelfCheck[], dimension: SelfCheckDimension): LinePoint[] {
  return selfChecks.flatMap((s) => {
    const value = s[dimension];
    return value === null ? [] : [{ at: s.at, value }];
  });
}

/**
 * Within this of the first rating reads "about the same". Recovery capital grows slowly (about a
 * point a year on published measures), so a point either way is noise, never news.
 */
export const sameWithin = 1;

/**
 * One line's change in plain, neutral words: from its first rating to its latest, "about the same",
 * "higher" or "lower for now" — never a verdict, never failure.
 */
export function trendWords(label: string, points: readonly LinePoint[]): string {
  const first = points[0]?.value;
  const last = points.at(-1)?.value;
  if (first === undefined || last === undefined) return '';
  if (points.length === 1) return tp('selfCheck.trend.one', { area: label, value: first });
  const words = { area: label, from: first, to: last };
  if (Math.abs(last - first) <= sameWithin) return tp('selfCheck.trend.same', words);
  return last > first ? tp('selfCheck.trend.up', words) : tp('selfCheck.trend.down', words);
}

/** Every rated dimension's line, with its name in the person's language. */
export function selfCheckSeries(selfChecks: readonly SelfCheck[]) {
  return selfCheckDimensions
    .map((d) => ({ key: d, label: tp(`area.${d}`), points: dimensionPoints(selfChecks, d) }))
    .filter((s) => s.points.length > 0);
}
