import { z } from 'zod';
import { earliestDay } from './dates.js';

/**
 * Reports cover fixed calendar periods — a month, a quarter or a year — never an arbitrary range of
 * days: two overlapping ranges could be subtracted to read one day's handful of people, while
 * fixed periods only nest (months add up to quarters, quarters to years), and that nesting is
 * part of what the server's disclosure audit checks.
 *
 * A period is written `2026` (the year), `2026-Q3` (July–September) or `2026-07` (July).
 */
export const reportPeriodKinds = ['month', 'quarter', 'year'] as const;
export type ReportPeriodKind = (typeof reportPeriodKinds)[number];

export interface ReportPeriod {
  /** As written: `2026`, `2026-Q3` or `2026-07`. */
  readonly id: string;
  readonly kind: ReportPeriodKind;
  readonly year: number;
  /** Months it covers, 1–12, in order. */
  readonly months: readonly number[];
  /** First and last day, YYYY-MM-DD (both inclusive). */
  readonly from: string;
  readonly to: string;
}

/** A period id: a year, a quarter or a month. */
export const reportPeriodPattern = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;
export const earliestReportYear = Number(earliestDay.slice(0, 4));

/** The latest year a report may name: this year (UTC). Later years have nothing to count. */
export function latestReportYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}

const pad = (n: number) => String(n).padStart(2, '0');
function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function periodOf(kind: ReportPeriodKind, year: number, months: number[], id: string): ReportPeriod {
  const first = months[0] ?? 1;
  const last = months[months.length - 1] ?? 12;
  return { id, kind, year, months, from: `${year}-${pad(first)}-01`, to: lastDayOfMonth(year, last) };
}

export function yearPeriod(year: number): ReportPeriod {
  return periodOf('year', year, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], String(year));
}
export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  const first = (quarter - 1) * 3 + 1;
  return periodOf('quarter', year, [first, first + 1, first + 2], `${year}-Q${quarter}`);
}
export function monthPeriod(year: number, month: number): ReportPeriod {
  return periodOf('month', year, [month], `${year}-${pad(month)}`);
}

/** Parses a period id; undefined when it is not one (the schema below says why). */
export function parseReportPeriod(id: string): ReportPeriod | undefined {
  const m = reportPeriodPattern.exec(id);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return quarterPeriod(year, Number(m[2]));
  if (m[3]) return monthPeriod(year, Number(m[3]));
  return yearPeriod(year);
}

/** Every period of a year: the year, its four quarters and its twelve months. */
export function periodsOfYear(year: number): ReportPeriod[] {
  return [
    yearPeriod(year),
    ...[1, 2, 3, 4].map((q) => quarterPeriod(year, q)),
    ...Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1)),
  ];
}

/** The period of `kind` that holds `day` (YYYY-MM-DD). */
export function periodContaining(kind: ReportPeriodKind, day: string): ReportPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (kind === 'year') return yearPeriod(year);
  if (kind === 'quarter') return quarterPeriod(year, Math.ceil(month / 3));
  return monthPeriod(year, month);
}

export const zReportYear = z.coerce
  .number()
  .int()
  .min(earliestReportYear)
  .max(9999)
  .superRefine((year, ctx) => {
    const latest = latestReportYear();
    if (year >= earliestReportYear && year <= latest) return;
    ctx.addIssue({ code: 'custom', message: `Choose a year from ${earliestReportYear} to ${latest}.` });
  })
  .describe(`A year from ${earliestReportYear} to this year.`);

export const zReportPeriodId = z
  .string()
  .max(7)
  .superRefine((id, ctx) => {
    const period = parseReportPeriod(id);
    if (!period) {
      ctx.addIssue({ code: 'custom', message: 'Write a period as 2026, 2026-Q3 or 2026-07.' });
      return;
    }
    const latest = latestReportYear();
    if (period.year < earliestReportYear || period.year > latest) {
      ctx.addIssue({ code: 'custom', message: `Choose a period from ${earliestReportYear} to ${latest}.` });
    }
  })
  .describe('A calendar period: a year (2026), a quarter (2026-Q3) or a month (2026-07).');
