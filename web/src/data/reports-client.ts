import {
  type ReportSummaryQuery,
  type ReportTrendQuery,
  zReportSpecialists,
  zReportSummary,
  zReportTrend,
} from '@alongside/shared';
import { call } from './client.js';

/** The query string of a summary: the period, and the specialist when narrowed to one. */
function summaryParams(query: ReportSummaryQuery): Record<string, string> {
  return query.specialistId ? { period: query.period, specialistId: query.specialistId } : { period: query.period };
}

/** The supervisor's aggregate reports; loaded with the supervisor's home, not the first screen. */
export const reportsApi = {
  specialists: (signal?: AbortSignal) => call('/reports/specialists', zReportSpecialists, { signal }),
  /** One calendar period (`2026`, `2026-Q3`, `2026-07`), the organisation or one specialist. */
  summary: (query: ReportSummaryQuery, signal?: AbortSignal) =>
    call('/reports/summary', zReportSummary, { query: summaryParams(query), signal }),
  /** The headline counts of each quarter (or month) of a year, for the same scope. */
  trend: (query: ReportTrendQuery, signal?: AbortSignal) =>
    call('/reports/trend', zReportTrend, {
      query: { year: query.year, by: query.by, specialistId: query.specialistId },
      signal,
    }),
  /** Same query as the summary, as a link the browser downloads. */
  csvHref: (query: ReportSummaryQuery) =>
    `/api/reports/summary.csv?${new URLSearchParams(summaryParams(query)).toString()}`,
};
