import { z } from 'zod';
import { zReportDay } from './dates.js';
import { sessionModes } from './live-sessions.js';
import { goalStatuses, referralStatuses, zLifeArea } from './plan.js';

/**
 * Supervisor reports: aggregates only. Every field below is a count, a share, a median, a date or
 * an enum value — there is deliberately no field that could carry a participant's id, name or any
 * text a person wrote (a test walks the schema and the answers to keep it that way).
 *
 * Small-cell suppression (see server/src/modules/reports/suppression.ts):
 * - a count of 0 is shown as 0;
 * - a count from 1 to threshold−1 is never shown: it is `{ suppressed: true }` (the CSV says `<N`);
 * - every other count is rounded to the nearest multiple of the threshold, so the difference of any
 *   two published numbers (within one report, or between two reports that differ by a day or a
 *   filter) is 0 or at least the threshold, and can never be a small count;
 * - in every row/column/total relation at least two members are hidden, or none;
 * - shares are computed from the published (rounded) counts and are hidden when either is;
 *   a median is hidden when its group's count is.
 *
 * Referrals are counted when the person saved them to their plan (a declined referral suggestion
 * is counted with the suggestions), by where they stand now.
 */
export const zSuppressed = z.strictObject({ suppressed: z.literal(true) });
export type Suppressed = z.infer<typeof zSuppressed>;

/** A published count: exact zero, a multiple of the threshold, or hidden. */
export const zReportCount = z.union([z.int().min(0), zSuppressed]);
export type ReportCount = z.infer<typeof zReportCount>;

/** A whole-number percentage 0–100, or hidden. */
export const zReportShare = z.union([z.int().min(0).max(100), zSuppressed]);
export type ReportShare = z.infer<typeof zReportShare>;

/** A median (may be a half), or hidden. */
export const zReportMedian = z.union([z.number().min(-10).max(10), zSuppressed]);
export type ReportMedian = z.infer<typeof zReportMedian>;

const zYmd = z.iso.date();

export const zReportSummaryQuery = z
  .strictObject({
    from: zReportDay,
    to: zReportDay,
    /** Only this specialist's sessions and suggestions, and the participants partnered with them. */
    specialistId: z.uuid().optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'from must be on or before to', path: ['from'] })
  .refine((q) => daysBetween(q.from, q.to) <= 366 * 5, { message: 'range is longer than five years', path: ['to'] });
export type ReportSummaryQuery = z.infer<typeof zReportSummaryQuery>;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export const confidenceBands = ['decreased', 'same', 'up-1-2', 'up-3-plus'] as const;
export const zConfidenceBand = z.enum(confidenceBands);
export const supportBands = ['0', '1', '2', '3-4', '5-plus'] as const;
export const zSupportBand = z.enum(supportBands);
export const choicePathwayBands = ['one-or-none', 'more-than-one'] as const;
export const zChoicePathwayBand = z.enum(choicePathwayBands);
export const reportSuggestionStatuses = ['pending', 'accepted', 'edited', 'declined', 'withdrawn'] as const;
export const zReportSuggestionStatus = z.enum(reportSuggestionStatuses);

const counts = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, zReportCount])) as Record<K, typeof zReportCount>);

export const zReportSummary = z.strictObject({
  range: z.strictObject({ from: zYmd, to: zYmd }),
  scope: z.enum(['organisation', 'specialist']),
  suppression: z.strictObject({
    /** Counts 1..threshold−1 are hidden; the organisation's setting. */
    threshold: z.int().min(2),
    /** Shown counts are multiples of this (equal to the threshold). */
    roundingBase: z.int().min(1),
  }),
  generatedAt: z.iso.datetime({ offset: true }),
  /** Sessions started in the range, by mode. */
  sessions: z.strictObject({ byMode: counts(sessionModes), total: zReportCount }),
  /** Participants with a session or a change to their plan in the range. */
  participantsEngaged: zReportCount,
  /** Goals set in the range, by life area (rows) and their current status (columns). */
  goals: z.strictObject({
    rows: z.array(
      z.strictObject({
        lifeArea: zLifeArea,
        byStatus: counts(goalStatuses),
        total: zReportCount,
      }),
    ),
    totalsByStatus: counts(goalStatuses),
    total: zReportCount,
  }),
  /** Steps marked done on a day in the range. */
  stepsCompleted: zReportCount,
  partnership: z.strictObject({
    /** Active goals (of those set in the range) whose current text is in the participant's own words. */
    activeGoalsByVoice: z.strictObject({ participant: zReportCount, specialist: zReportCount, total: zReportCount }),
    activeGoalsOwnVoiceShare: zReportShare,
    /** Suggestions made in the range, by what became of them. */
    suggestions: z.strictObject({
      byStatus: counts(reportSuggestionStatuses),
      total: zReportCount,
    }),
    /** Choices opened in the range, by how many distinct pathways their options cover. */
    choices: z.strictObject({ byPathways: counts(choicePathwayBands), total: zReportCount }),
    choicesMoreThanOnePathwayShare: zReportShare,
  }),
  /** Goals with two or more confidence ratings in the range: latest minus first. */
  confidenceChange: z.strictObject({
    byBand: counts(confidenceBands),
    goals: zReportCount,
    median: zReportMedian,
  }),
  /** Referrals saved to plans in the range, by where they stand: made vs connected. */
  referrals: z.strictObject({
    byStatus: counts(referralStatuses),
    made: zReportCount,
    connectedShare: zReportShare,
  }),
  /** Engaged participants by how many supports their plan lists at the end of the range. */
  supportsPerParticipant: z.strictObject({
    byBand: counts(supportBands),
    participants: zReportCount,
  }),
});
export type ReportSummary = z.infer<typeof zReportSummary>;

/** The specialists a supervisor may narrow a report to: staff names only, never a participant. */
export const zReportSpecialists = z.object({
  specialists: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type ReportSpecialists = z.infer<typeof zReportSpecialists>;
