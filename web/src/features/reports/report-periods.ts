import {
  earliestReportYear,
  type Language,
  parseReportPeriod,
  periodContaining,
  periodsOfYear,
  type ReportPeriod,
  type ReportPeriodKind,
} from '@alongside/shared';
import { trIn } from '../../i18n/reports-i18n.js';

/**
 * What the supervisor's period picker offers and how it names periods. Pure: today and the
 * language come in as arguments, so the tests can fix them. Reports cover fixed calendar periods
 * only (a month, a quarter, a year — see `report-periods.ts` in shared for why).
 */

/** How far back the picker reaches: this year and the five before it. */
export const yearsBack = 5;

/** Today (YYYY-MM-DD) on the server's calendar, UTC: the server refuses a year after this UTC year. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The report a supervisor sees first: the quarter we are in. */
export function defaultPeriod(today: string): ReportPeriod {
  return periodContaining('quarter', today);
}

/** The years offered, newest first: this year back to five years ago, never before reports begin. */
export function yearChoices(today: string): number[] {
  const latest = Number(today.slice(0, 4));
  const first = Math.max(earliestReportYear, latest - yearsBack);
  return Array.from({ length: latest - first + 1 }, (_, i) => latest - i);
}

/** The quarters or months of `year` that have begun by `today`, in calendar order. */
export function partChoices(kind: Exclude<ReportPeriodKind, 'year'>, year: number, today: string): ReportPeriod[] {
  return periodsOfYear(year).filter((p) => p.kind === kind && p.from <= today);
}

/** The quarter (1–4) or month (1–12) a period is; undefined for a year. */
export function partOf(period: ReportPeriod): number | undefined {
  const first = period.months[0] ?? 1;
  if (period.kind === 'quarter') return Math.ceil(first / 3);
  if (period.kind === 'month') return first;
  return undefined;
}

/**
 * The period the picker's fields name. A year outside the offered ones moves to the nearest
 * offered; a quarter or month that has not begun yet (or none chosen) moves to the latest that has,
 * so switching the kind or the year always lands on a period with something to count.
 */
export function pickPeriod(
  kind: ReportPeriodKind,
  year: number,
  part: number | undefined,
  today: string,
): ReportPeriod {
  const years = yearChoices(today);
  const newest = years[0] ?? Number(today.slice(0, 4));
  const oldest = years[years.length - 1] ?? newest;
  const y = Math.min(newest, Math.max(oldest, Number.isInteger(year) ? year : newest));
  if (kind === 'year') return parseReportPeriod(String(y)) ?? periodContaining('year', today);
  const parts = partChoices(kind, y, today);
  const found = parts.find((p) => partOf(p) === part);
  return found ?? parts[parts.length - 1] ?? periodContaining(kind, today);
}

function monthName(language: Language, month: number, withYear?: number): string {
  const options: Intl.DateTimeFormatOptions =
    withYear === undefined ? { month: 'long', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  // The 15th at noon UTC: no time zone moves it into another month.
  return new Intl.DateTimeFormat(language, options).format(new Date(Date.UTC(withYear ?? 2000, month - 1, 15, 12)));
}

/** Upper-cases the first letter: Spanish month names are lower case, but an option or a row header starts a line. */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function quarterMonths(period: ReportPeriod, language: Language): string {
  const first = period.months[0] ?? 1;
  const last = period.months[period.months.length - 1] ?? first;
  return `${monthName(language, first)}–${monthName(language, last)}`;
}

/**
 * A period in words, to stand inside a sentence: "July 2026", "Q3 2026 (July–September)", "2026";
 * in Spanish "julio de 2026", "T3 2026 (julio–septiembre)" (month names in lower case).
 */
export function periodLabel(period: ReportPeriod, language: Language): string {
  if (period.kind === 'year') return String(period.year);
  if (period.kind === 'month') return monthName(language, period.months[0] ?? 1, period.year);
  return trIn(language, 'period.quarter', {
    quarter: partOf(period) ?? 1,
    year: period.year,
    months: quarterMonths(period, language),
  });
}

/** A quarter or month as an option under a chosen year: "Q3 (July–September)", "July". */
export function partLabel(period: ReportPeriod, language: Language): string {
  if (period.kind === 'month') return capitalised(monthName(language, period.months[0] ?? 1));
  if (period.kind === 'quarter') {
    return trIn(language, 'period.quarterOption', {
      quarter: partOf(period) ?? 1,
      months: quarterMonths(period, language),
    });
  }
  return String(period.year);
}
