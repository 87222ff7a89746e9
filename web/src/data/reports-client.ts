import { type ReportSummaryQuery, zReportSpecialists, zReportSummary } from '@alongside/shared';
import { call } from './client.js';

/** The supervisor's aggregate reports; loaded with the supervisor's home, not the first screen. */
export const reportsApi = {
  specialists: (signal?: AbortSignal) => call('/reports/specialists', zReportSpecialists, { signal }),
  summary: (query: ReportSummaryQuery, signal?: AbortSignal) =>
    call('/reports/summary', zReportSummary, { query: { ...query }, signal }),
  /** Same query as the summary, as a link the browser downloads. */
  csvHref: (query: ReportSummaryQuery) => {
    const params = new URLSearchParams({ from: query.from, to: query.to });
    if (query.specialistId) params.set('specialistId', query.specialistId);
    return `/api/reports/summary.csv?${params.toString()}`;
  },
};
