import {
  zErrorBody,
  zReportSpecialists,
  zReportSummary,
  zReportSummaryQuery,
  zReportTrend,
  zReportTrendQuery,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access, requestContext } from '../../plugins/access.js';
import { summaryCsv } from './reports.csv.js';
import type { ReportsService } from './reports.service.js';

/**
 * Supervisor reports — mounted at /api/reports. Supervisors only: any other role gets 403 (the
 * route is no secret; what it returns is aggregate), and a specialistId that is not a specialist of
 * the supervisor's own organisation gets 404.
 */
export const reportsRoutes: FastifyPluginAsyncZod<{ reports: ReportsService }> = async (app, { reports }) => {
  const tags = ['reports'];
  const read = { access: access.needs('reports:read') };

  app.get(
    '/summary',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Aggregate report for a calendar month, quarter or year: small counts hidden, others slightly adjusted',
        querystring: zReportSummaryQuery,
        response: { 200: zReportSummary, 400: zErrorBody, 404: zErrorBody },
      },
    },
    async (request) => reports.summary(requestContext(request), request.query),
  );

  app.get(
    '/trend',
    {
      config: read,
      schema: {
        tags,
        summary: "A year's headline counts by quarter or month: the same published numbers as each period's report",
        querystring: zReportTrendQuery,
        response: { 200: zReportTrend, 400: zErrorBody, 404: zErrorBody },
      },
    },
    async (request) => reports.trend(requestContext(request), request.query),
  );

  app.get(
    '/specialists',
    {
      config: read,
      schema: { tags, summary: 'Specialists a report can be narrowed to', response: { 200: zReportSpecialists } },
    },
    async (request) => ({ specialists: await reports.specialists(requestContext(request)) }),
  );

  app.get(
    '/summary.csv',
    {
      config: read,
      schema: {
        tags,
        summary: 'The same report as CSV: exactly the numbers the summary shows',
        querystring: zReportSummaryQuery,
        response: { 200: z.string(), 400: zErrorBody, 404: zErrorBody },
      },
    },
    async (request, reply) => {
      const summary = await reports.summary(requestContext(request), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="alongside-report-${summary.period.id}.csv"`)
        .send(summaryCsv(summary));
    },
  );
};
