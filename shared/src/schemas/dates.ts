import { z } from 'zod';

/** A calendar date, YYYY-MM-DD: any real day. Answers use it; input uses the bounded days below. */
export const zCalendarDate = z.iso.date();

/**
 * The earliest day any date typed into Alongside may name. Plans, decisions and directory checks
 * recorded here are all recent, so a year before 2000 is a typing mistake — and the format alone
 * lets through years PostgreSQL refuses (0000) or that overflow when a report adds a day (9999).
 */
export const earliestDay = '2000-01-01';

/**
 * What a date field means decides how far ahead it may reach:
 * - `past`: a day something happened (a step done, a choice made, a resource last checked). Up to
 *   two days after today in UTC: the person's own calendar runs up to 14 hours ahead of UTC, and
 *   a device clock a day fast should not refuse what the person sees as today.
 * - `planned`: a day planned ahead (a goal's target, a referral's follow-up). Up to ten years on,
 *   further is a mistyped year; a planned day that has passed stays valid, as goals keep theirs.
 * - `report`: an end of a report's period. Up to a year on, so a period can end later this year;
 *   there is nothing to count beyond that.
 */
export type DayKind = 'past' | 'planned' | 'report';
const reach: Record<DayKind, { days?: number; years?: number }> = {
  past: { days: 2 },
  planned: { years: 10 },
  report: { years: 1 },
};

/** The first and last day (YYYY-MM-DD) a date of this kind may be, as of `now`. */
export function dayBounds(kind: DayKind, now: Date = new Date()): { earliest: string; latest: string } {
  const { days = 0, years = 0 } = reach[kind];
  const latest = new Date(Date.UTC(now.getUTCFullYear() + years, now.getUTCMonth(), now.getUTCDate() + days));
  return { earliest: earliestDay, latest: latest.toISOString().slice(0, 10) };
}

/**
 * A date of `kind`: a real day within `dayBounds(kind)` at the moment it is checked. An issue
 * out of range carries `params.earliest` and `params.latest`, so a form or an import can say it
 * in the person's language.
 */
function zDay(kind: DayKind) {
  return zCalendarDate.superRefine((day, ctx) => {
    const { earliest, latest } = dayBounds(kind);
    // YYYY-MM-DD strings compare as the days they name.
    if (day >= earliest && day <= latest) return;
    ctx.addIssue({
      code: 'custom',
      message: `Choose a day from ${earliest} to ${latest}.`,
      params: { reason: dayOutOfRange, earliest, latest },
    });
  });
}
export const dayOutOfRange = 'day_out_of_range';

/** A day something happened: a step's `doneOn`, a choice's `decidedOn`, a resource's `lastVerifiedOn`. */
export const zPastDay = zDay('past').describe(`A day from ${earliestDay} to two days after today (UTC).`);
/** A day planned ahead: a goal's `targetDate`, a referral's `followUpOn`. */
export const zPlannedDay = zDay('planned').describe(`A day from ${earliestDay} to ten years after today.`);
/** The first or last day of a report's period. */
export const zReportDay = zDay('report').describe(`A day from ${earliestDay} to a year after today.`);

/** The bounds of an out-of-range issue raised by the days above, or undefined for any other issue. */
export function dayRangeOf(issue: { code: string; params?: Record<string, unknown> | undefined }) {
  const params = issue.code === 'custom' ? issue.params : undefined;
  if (params?.reason !== dayOutOfRange) return undefined;
  return { earliest: String(params.earliest), latest: String(params.latest) };
}
