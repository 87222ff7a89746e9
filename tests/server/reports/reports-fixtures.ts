import { type ReportSummary, type ReportTrend, zReportSummary, zReportTrend } from '@alongside/shared';
import { expect } from 'vitest';
import { appForFile } from '../../helpers/app-for-file.js';
import { createCast, createOrganisation, createTestApp, invitePerson } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { insertCohort } from './cohort.js';

export const summaryUrl = (period: string, specialistId?: string) =>
  `/api/reports/summary?period=${period}${specialistId ? `&specialistId=${specialistId}` : ''}`;

/**
 * For a reports test file, a known cohort, written straight into the tables:
 * - 24 participants of the cast's specialist on 10 March 2026, each with an in-person and a phone
 *   session, a health goal (active, own words) and a home goal (achieved, specialist's words), one step
 *   done, one accepted and one declined suggestion, a choice over two pathways and one over one,
 *   confidence 3 → 6 on the first goal, and two supports;
 * - 4 participants of a second specialist on 20 March, each with a video session and a community
 *   goal on hold: small cells everywhere.
 */
export function knownCohortForFile() {
  const app = appForFile(async () => {
    const t = await createTestApp({ clock: new TestClock(Date.parse('2026-04-02T12:00:00Z')) });
    const cast = await createCast(t);
    const otherSpecialist = await invitePerson(t, cast.admin, 'specialist', { name: 'Second Specialist' });
    const otherAdmin = await createOrganisation(t, 'Elsewhere Recovery');
    const otherOrgSpecialist = await invitePerson(t, otherAdmin, 'specialist');
    const db = t.testDb.database.db;
    await insertCohort(db, {
      organisationId: cast.admin.me.organisation.id,
      specialistId: cast.specialist.me.id,
      participants: 24,
      at: new Date('2026-03-10T15:00:00Z'),
      perParticipant: {
        sessions: ['in-person', 'phone'],
        goals: [
          { lifeArea: 'health', status: 'active', voice: 'participant' },
          { lifeArea: 'home', status: 'achieved', voice: 'specialist' },
        ],
        stepsDone: 1,
        suggestions: ['accepted', 'declined'],
        choices: [['mutual-help', 'medication'], ['faith-based']],
        confidence: [3, 6],
        supports: 2,
      },
    });
    await insertCohort(db, {
      organisationId: cast.admin.me.organisation.id,
      specialistId: otherSpecialist.me.id,
      participants: 4,
      at: new Date('2026-03-20T15:00:00Z'),
      perParticipant: {
        sessions: ['video'],
        goals: [{ lifeArea: 'community', status: 'on-hold', voice: 'participant' }],
      },
    });
    return { t, cast, otherSpecialist, otherOrgSpecialist };
  });
  return {
    current: app,
    /** The summary of a period (organisation, or one specialist's), as the supervisor sees it. */
    async report(period: string, specialistId?: string): Promise<ReportSummary> {
      const { t, cast } = app();
      const res = await t.request({ method: 'GET', url: summaryUrl(period, specialistId), as: cast.supervisor });
      expect(res.statusCode, res.body).toBe(200);
      return zReportSummary.parse(res.json());
    },
    async trend(year: number, by: 'quarter' | 'month', specialistId?: string): Promise<ReportTrend> {
      const { t, cast } = app();
      const url = `/api/reports/trend?year=${year}&by=${by}${specialistId ? `&specialistId=${specialistId}` : ''}`;
      const res = await t.request({ method: 'GET', url, as: cast.supervisor });
      expect(res.statusCode, res.body).toBe(200);
      return zReportTrend.parse(res.json());
    },
  };
}
