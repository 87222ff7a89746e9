import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { reportThresholds } from '../../db/schema/index.js';

/**
 * The small-cell threshold in force for each year of an organisation's reports. A change of the
 * setting takes effect on 1 January of the next year: the year it is made in keeps the threshold
 * it started with, so two thresholds never apply to one report period (an attacker reading the
 * same month at 11 and at 12 could subtract).
 */
export function createReportThresholdsRepo(db: DbOrTx) {
  return {
    /** Pins `year` to the threshold in force now (unless already pinned) and sets the next year's. */
    async schedule(organisationId: string, year: number, current: number, next: number): Promise<void> {
      await db.insert(reportThresholds).values({ organisationId, year, threshold: current }).onConflictDoNothing();
      await db
        .insert(reportThresholds)
        .values({ organisationId, year: year + 1, threshold: next })
        .onConflictDoUpdate({
          target: [reportThresholds.organisationId, reportThresholds.year],
          set: { threshold: sql`excluded.threshold` },
        });
    },

    /** The threshold for `year`: its own row, else the latest earlier one, else the earliest, else undefined. */
    async forYear(organisationId: string, year: number): Promise<number | undefined> {
      const mine = eq(reportThresholds.organisationId, organisationId);
      const [atOrBefore] = await db
        .select({ threshold: reportThresholds.threshold })
        .from(reportThresholds)
        .where(and(mine, lte(reportThresholds.year, year)))
        .orderBy(desc(reportThresholds.year))
        .limit(1);
      if (atOrBefore) return atOrBefore.threshold;
      const [earliest] = await db
        .select({ threshold: reportThresholds.threshold })
        .from(reportThresholds)
        .where(mine)
        .orderBy(asc(reportThresholds.year))
        .limit(1);
      return earliest?.threshold;
    },
  };
}

export type ReportThresholdsRepo = ReturnType<typeof createReportThresholdsRepo>;
