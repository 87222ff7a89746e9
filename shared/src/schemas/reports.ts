import { z } from 'zod';
import { consentKinds, consentStates } from './consents.js';
import { zCalendarDate } from './dates.js';
import { nudgeOutcomes } from './language.js';
import { sessionModes } from './live-sessions.js';
import { goalStatuses, referralStatuses, zLifeArea } from './plan.js';
import {
  parseReportPeriod,
  reportPeriodKinds,
  reportPeriodPattern,
  zReportPeriodId,
  zReportYear,
} from './report-periods.js';

/**
 * Supervisor reports: aggregates only. Every field below is a count, a share, a band, a date or
 * an enum value — there is deliberately no field that could carry a participant's id, name or any
 * text a person wrote (a test walks the schema and the answers to keep it that way).
 *
 * Disclosure control (see server/src/modules/reports/README.md):
 * - reports cover fixed calendar periods (report-periods.ts): the organisation's any month, quarter or
 *   year; one specialist's a quarter or a year (by month their numbers would be mostly hidden);
 * - a count from 1 to threshold−1 is never shown: it is `{ suppressed: true }` (`hidden` in the CSV);
 *   a larger count may be hidden too, to protect a small one, and in a report with any hidden cell
 *   its zeros are hidden too — so a hidden count may be anything from 0 up;
 * - every shown count is the true count moved by at most `maxAdjustment`, by a fixed rule of the
 *   people in the cell (cell-key perturbation), and is never below the threshold: the same cell
 *   shows the same number in every report and trend that holds it;
 * - after that, more cells are hidden until nothing published — within one table, across tables,
 *   against the specialists' reports and across months, quarters and the year — narrows any hidden
 *   count to fewer than five possible values;
 * - shares and the median band are computed from the published counts and hidden with them.
 *
 * Referrals are counted when the person saved them to their plan (a declined referral suggestion
 * is counted with the suggestions), by where they stand now.
 */
export const zSuppressed = z.strictObject({ suppressed: z.literal(true) });
export type Suppressed = z.infer<typeof zSuppressed>;

/** A published count: zero, a slightly adjusted count of at least the threshold, or hidden. */
export const zReportCount = z.union([z.int().min(0), zSuppressed]);
export type ReportCount = z.infer<typeof zReportCount>;

/** A whole-number percentage 0–100, or hidden. */
export const zReportShare = z.union([z.int().min(0).max(100), zSuppressed]);
export type ReportShare = z.infer<typeof zReportShare>;

/** One report: a calendar period, the whole organisation or one of its specialists. */
export const zReportSummaryQuery = z
  .strictObject({
    period: zReportPeriodId,
    /** Only this specialist's sessions and suggestions, and the participants they support. */
    specialistId: z.uuid().optional(),
  })
  // A specialist's numbers by month would be mostly small counts, hidden.
  .refine((q) => !(q.specialistId && parseReportPeriod(q.period)?.kind === 'month'), {
    message: "One specialist's report covers a quarter or a year.",
    path: ['period'],
  });
export type ReportSummaryQuery = z.infer<typeof zReportSummaryQuery>;

export const reportTrendSteps = ['quarter', 'month'] as const;
/** A trend: the headline counts of every quarter (or month) of one year. */
export const zReportTrendQuery = z
  .strictObject({
    year: zReportYear,
    by: z.enum(reportTrendSteps).default('quarter'),
    specialistId: z.uuid().optional(),
  })
  .refine((q) => !(q.specialistId && q.by === 'month'), {
    message: "One specialist's trend is by quarter.",
    path: ['by'],
  });
export type ReportTrendQuery = z.infer<typeof zReportTrendQuery>;

const zPeriodView = z.strictObject({
  /** `2026`, `2026-Q3` or `2026-07`: a pattern, never free text. */
  id: z.string().regex(reportPeriodPattern),
  kind: z.enum(reportPeriodKinds),
  from: zCalendarDate,
  to: zCalendarDate,
});

/** How the numbers were protected: said on every report, in plain words by the client. */
export const zReportDisclosure = z.strictObject({
  /** Counts 1..threshold−1 are hidden. The threshold in force for the report's year. */
  threshold: z.int().min(2).max(100),
  /** A shown count is at most this far from the true count. */
  maxAdjustment: z.int().min(0).max(10),
});
export type ReportDisclosure = z.infer<typeof zReportDisclosure>;

export const confidenceBands = ['decreased', 'same', 'up-1-2', 'up-3-plus'] as const;
export const zConfidenceBand = z.enum(confidenceBands);
/**
 * A person's self-check change in one dimension over a period (latest minus first rating), in
 * bands: recovery capital grows slowly, so the middle band is exactly "the same".
 */
export const selfCheckChangeBands = ['lower-3-plus', 'lower-1-2', 'same', 'higher-1-2', 'higher-3-plus'] as const;
export const zSelfCheckChangeBand = z.enum(selfCheckChangeBands);
export type SelfCheckChangeBand = z.infer<typeof zSelfCheckChangeBand>;
export const supportBands = ['0', '1', '2', '3-4', '5-plus'] as const;
export const zSupportBand = z.enum(supportBands);
export const choicePathwayBands = ['one-or-none', 'more-than-one'] as const;
export const zChoicePathwayBand = z.enum(choicePathwayBands);
export const reportSuggestionStatuses = ['pending', 'accepted', 'edited', 'declined', 'withdrawn'] as const;
export const zReportSuggestionStatus = z.enum(reportSuggestionStatuses);

const counts = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, zReportCount])) as Record<K, typeof zReportCount>);

export const zReportSummary = z.strictObject({
  period: zPeriodView,
  scope: z.enum(['organisation', 'specialist']),
  disclosure: zReportDisclosure,
  generatedAt: z.iso.datetime({ offset: true }),
  /** Sessions started in the period, by mode. */
  sessions: z.strictObject({ byMode: counts(sessionModes), total: zReportCount }),
  /** Participants with a session or a change to their plan in the period. */
  participantsEngaged: zReportCount,
  /** Goals set in the period, by life area (rows) and their current status (columns). */
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
  /** Steps marked done on a day in the period. */
  stepsCompleted: zReportCount,
  partnership: z.strictObject({
    /** Active goals (of those set in the period) whose current text is in the participant's own words. */
    activeGoalsByVoice: z.strictObject({ participant: zReportCount, specialist: zReportCount, total: zReportCount }),
    activeGoalsOwnVoiceShare: zReportShare,
    /** Suggestions made in the period, by what became of them. */
    suggestions: z.strictObject({
      byStatus: counts(reportSuggestionStatuses),
      total: zReportCount,
    }),
    /** Choices opened in the period, by how many distinct pathways their options cover. */
    choices: z.strictObject({ byPathways: counts(choicePathwayBands), total: zReportCount }),
    choicesMoreThanOnePathwayShare: zReportShare,
  }),
  /** Goals with two or more confidence ratings in the period: latest minus first. */
  confidenceChange: z.strictObject({
    byBand: counts(confidenceBands),
    goals: zReportCount,
    /** The band the middle goal falls in, from the published band counts. */
    medianBand: z.union([zConfidenceBand, zSuppressed]),
  }),
  /**
   * People with two or more self-checks rating a dimension in the period, by the change from their
   * first to their latest rating, and the band the middle person falls in (the median change) —
   * computed from the published counts and hidden with them. Never a person's answers.
   */
  selfCheckChange: z.array(
    z.strictObject({
      dimension: zLifeArea,
      byBand: counts(selfCheckChangeBands),
      people: zReportCount,
      medianBand: z.union([zSelfCheckChangeBand, zSuppressed]),
    }),
  ),
  /** Referrals saved to plans in the period, by where they stand: made vs connected. */
  referrals: z.strictObject({
    byStatus: counts(referralStatuses),
    made: zReportCount,
    connectedShare: zReportShare,
  }),
  /** Engaged participants by how many supports their plan lists at the end of the period. */
  supportsPerParticipant: z.strictObject({
    byBand: counts(supportBands),
    participants: zReportCount,
  }),
  /** Consents to disclose (42 CFR Part 2) drafted in the period, by kind and where they stand now. */
  consents: z.strictObject({
    rows: z.array(z.strictObject({ kind: z.enum(consentKinds), byState: counts(consentStates), total: zReportCount })),
    totalsByState: counts(consentStates),
    total: zReportCount,
  }),
  /** Disclosures of records outside Alongside made in the period, by the kind of consent they were under. */
  recordDisclosures: z.strictObject({ byConsentKind: counts(consentKinds), total: zReportCount }),
  /**
   * Respectful-language nudges on staff text in the period: shown, alternative taken, kept as
   * written. The organisation's report only (null in a specialist's): a nudge event names no one.
   */
  languageNudges: counts(nudgeOutcomes).nullable(),
});
export type ReportSummary = z.infer<typeof zReportSummary>;

/** The specialists a supervisor may narrow a report to: staff names only, never a participant. */
export const zReportSpecialists = z.object({
  specialists: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type ReportSpecialists = z.infer<typeof zReportSpecialists>;

/** One step of a trend: the headline counts of a quarter or a month, as its own report shows them. */
export const zReportTrendPoint = z.strictObject({
  period: zPeriodView,
  sessions: zReportCount,
  participantsEngaged: zReportCount,
  goalsSet: zReportCount,
  stepsCompleted: zReportCount,
  suggestionsMade: zReportCount,
  referralsMade: zReportCount,
});
export type ReportTrendPoint = z.infer<typeof zReportTrendPoint>;

export const zReportTrend = z.strictObject({
  year: z.int().min(2000).max(9999),
  by: z.enum(reportTrendSteps),
  scope: z.enum(['organisation', 'specialist']),
  disclosure: zReportDisclosure,
  generatedAt: z.iso.datetime({ offset: true }),
  points: z.array(zReportTrendPoint),
});
export type ReportTrend = z.infer<typeof zReportTrend>;
