import {
  defaultOrganisationSettings,
  monthPeriod,
  parseReportPeriod,
  quarterPeriod,
  type ReportPeriod,
  type ReportSummary,
  type ReportSummaryQuery,
  type ReportTrend,
  type ReportTrendQuery,
} from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError } from '../../lib/errors.js';
import type { Audit } from '../access-log/index.js';
import type { ReportThresholdsRepo } from '../organisation/index.js';
import { createPublishedYears, type PublishedYear } from './published-years.js';
import { disclosureOf, reader, summaryBody, trendCounts } from './report-views.js';
import type { ReportsRepo } from './reports.repo.js';
import type { YearFactsRepo } from './year-facts.repo.js';

export interface ReportsDeps {
  reports: ReportsRepo;
  yearFacts: YearFactsRepo;
  reportThresholds: Pick<ReportThresholdsRepo, 'forYear'>;
  audit: Audit;
  clock: Clock;
  /** How long a published year is served before its counts are read again. */
  maxAgeMs: number;
}

const periodView = (p: ReportPeriod) => ({ id: p.id, kind: p.kind, from: p.from, to: p.to });

/**
 * Supervisor reports for the supervisor's own organisation. Every report, trend and CSV is read out
 * of the organisation's published year (see published-years.ts and disclosure.ts), so a cell shows
 * the same number wherever it appears. Each view is written to the access log as `report.view`
 * without a participant: a report concerns no one person, and names none.
 */
export function createReportsService(deps: ReportsDeps) {
  const { reports, yearFacts, reportThresholds, audit, clock } = deps;
  const years = createPublishedYears({ clock, maxAgeMs: deps.maxAgeMs });

  /** The published year and the scope index of the specialist (0: the organisation). */
  async function publishedFor(
    ctx: RequestContext,
    year: number,
    specialistId: string | undefined,
  ): Promise<{ published: PublishedYear; scope: number }> {
    const organisationId = ctx.actor.organisationId;
    const specialists = (await reports.specialists(organisationId)).map((s) => s.id);
    const scope = specialistId === undefined ? 0 : specialists.indexOf(specialistId) + 1;
    // Another organisation's specialist, a participant's id, or no such id: all the same 404.
    if (scope === 0 && specialistId !== undefined) throw new NotFoundError();
    const threshold =
      (await reportThresholds.forYear(organisationId, year)) ??
      (await reports.threshold(organisationId)) ??
      defaultOrganisationSettings.smallCellThreshold;
    const published = await years.get(organisationId, year, {
      threshold,
      specialists,
      readFacts: () => yearFacts.year(organisationId, year),
    });
    return { published, scope };
  }

  return {
    /** Specialists of the supervisor's organisation (disabled ones too: their history is in reports). */
    async specialists(ctx: RequestContext): Promise<{ id: string; name: string }[]> {
      return reports.specialists(ctx.actor.organisationId);
    },

    async summary(ctx: RequestContext, query: ReportSummaryQuery): Promise<ReportSummary> {
      const period = parseReportPeriod(query.period);
      if (!period) throw new NotFoundError(); // the schema has already refused it
      const { published, scope } = await publishedFor(ctx, period.year, query.specialistId);
      const index = published.universe.periods.findIndex((p) => p.id === period.id);
      const summary: ReportSummary = {
        period: periodView(period),
        scope: scope === 0 ? 'organisation' : 'specialist',
        disclosure: disclosureOf(published),
        generatedAt: published.computedAt.toISOString(),
        ...summaryBody(reader(published, index, scope), scope),
      };
      await audit.recordAggregate(ctx, 'report.view');
      return summary;
    },

    async trend(ctx: RequestContext, query: ReportTrendQuery): Promise<ReportTrend> {
      const { published, scope } = await publishedFor(ctx, query.year, query.specialistId);
      const steps =
        query.by === 'month'
          ? Array.from({ length: 12 }, (_, i) => monthPeriod(query.year, i + 1))
          : [1, 2, 3, 4].map((q) => quarterPeriod(query.year, q));
      const points = steps.map((period) => {
        const index = published.universe.periods.findIndex((p) => p.id === period.id);
        return { period: periodView(period), ...trendCounts(reader(published, index, scope)) };
      });
      await audit.recordAggregate(ctx, 'report.view');
      return {
        year: query.year,
        by: query.by,
        scope: scope === 0 ? 'organisation' : 'specialist',
        disclosure: disclosureOf(published),
        generatedAt: published.computedAt.toISOString(),
        points,
      };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
