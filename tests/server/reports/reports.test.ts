import { beforeAll, describe, expect, it } from 'vitest';
import { summaryLines } from '../../../server/src/modules/reports/reports.csv.js';
import type { createCast, SignedInPerson, TestApp } from '../../helpers/test-app.js';
import { expectPublished, hiddenCell } from './published.js';
import { knownCohortForFile } from './reports-fixtures.js';

/** The supervisor report's numbers for the known cohort (reports-fixtures.ts): suppressed, perturbed, audited. */
const cohort = knownCohortForFile();
const { report, trend } = cohort;
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let otherSpecialist: SignedInPerson;
beforeAll(() => {
  ({ t, cast, otherSpecialist } = cohort.current());
});

describe('supervisor report numbers', () => {
  it('a month of the known cohort: small counts hidden, the others within 2 of the truth', async () => {
    const r = await report('2026-03');
    expect(r.scope).toBe('organisation');
    expect(r.period).toEqual({ id: '2026-03', kind: 'month', from: '2026-03-01', to: '2026-03-31' });
    expect(r.disclosure).toEqual({ threshold: 11, maxAdjustment: 2 });
    expectPublished(r.sessions.byMode['in-person'], 24, 'in-person');
    expectPublished(r.sessions.byMode.phone, 24, 'phone');
    expectPublished(r.sessions.byMode.video, 4, 'video');
    expectPublished(r.sessions.byMode.community, 0, 'community'); // 0, or hidden with the video sessions
    expectPublished(r.sessions.total, 52, 'sessions');
    expectPublished(r.participantsEngaged, 28, 'engaged');
    const community = r.goals.rows.find((row) => row.lifeArea === 'community');
    expect(community?.byStatus['on-hold']).toEqual(hiddenCell);
    expect(community?.total).toEqual(hiddenCell);
    expect(r.goals.totalsByStatus['on-hold']).toEqual(hiddenCell);
    expectPublished(r.goals.total, 52, 'goals');
    expectPublished(r.stepsCompleted, 24, 'steps');
    expectPublished(r.partnership.suggestions.total, 48, 'suggestions');
    expectPublished(r.confidenceChange.goals, 24, 'confidence goals');
    expectPublished(r.supportsPerParticipant.byBand['2'], 24, 'two supports');
    expect(r.supportsPerParticipant.byBand['0']).toEqual(hiddenCell); // the 4 without supports
  });

  it('a quarter holds the same months; the year the same quarters', async () => {
    const [march, q1, year] = [await report('2026-03'), await report('2026-Q1'), await report('2026')];
    // Nothing happened outside March: the same things are counted, each cell by its own key.
    expectPublished(q1.sessions.total, 52, 'Q1 sessions');
    expectPublished(year.goals.total, 52, 'year goals');
    expect(q1.period).toEqual({ id: '2026-Q1', kind: 'quarter', from: '2026-01-01', to: '2026-03-31' });
    expect(year.period).toEqual({ id: '2026', kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(march.sessions.byMode.video).toEqual(hiddenCell);
    expect(q1.sessions.byMode.video).toEqual(hiddenCell);
    const april = await report('2026-04');
    expect(april.sessions.total).toBe(0);
    expect(april.goals.total).toBe(0);
  });

  it('the same cell shows the same number in every answer that holds it', async () => {
    const byMonth = await trend(2026, 'month');
    const byQuarter = await trend(2026, 'quarter');
    expect(byMonth.points.map((p) => p.period.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(byQuarter.points.map((p) => p.period.id)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    const march = await report('2026-03');
    const q1 = await report('2026-Q1');
    const marchPoint = byMonth.points[2];
    const q1Point = byQuarter.points[0];
    expect(marchPoint).toMatchObject({
      sessions: march.sessions.total,
      participantsEngaged: march.participantsEngaged,
      goalsSet: march.goals.total,
      stepsCompleted: march.stepsCompleted,
      suggestionsMade: march.partnership.suggestions.total,
      referralsMade: march.referrals.made,
    });
    expect(q1Point).toMatchObject({ sessions: q1.sessions.total, goalsSet: q1.goals.total });
    // Asked again, and through the specialist's own report: the same numbers.
    expect(await report('2026-03')).toEqual({ ...march, generatedAt: expect.any(String) });
    const mine = await report('2026-Q1', cast.specialist.me.id);
    expectPublished(mine.sessions.byMode['in-person'], 24, 'mine in-person');
    // The cohort's in-person sessions are all this specialist's, all in March: the same things
    // counted, the same key, the same number (unless the audit hid one of them).
    const [a, b] = [mine.sessions.byMode['in-person'], march.sessions.byMode['in-person']];
    if (typeof a === 'number' && typeof b === 'number') expect(a).toBe(b);
  });

  it('one specialist: only their sessions, suggestions and people; a group of four shows nothing', async () => {
    const mine = await report('2026-Q1', cast.specialist.me.id);
    expect(mine.scope).toBe('specialist');
    expectPublished(mine.sessions.byMode.video, 0, 'mine video');
    expectPublished(mine.sessions.total, 48, 'mine sessions');
    const theirs = await report('2026-Q1', otherSpecialist.me.id);
    // Four video sessions: hidden, and the zeros beside them too, so none of them can be told apart.
    expect(theirs.sessions.byMode).toEqual({
      'in-person': hiddenCell,
      phone: hiddenCell,
      video: hiddenCell,
      community: hiddenCell,
    });
    expect(theirs.sessions.total).toEqual(hiddenCell);
    expect(theirs.participantsEngaged).toEqual(hiddenCell);
    expect(theirs.goals.total).toEqual(hiddenCell);
    expect(theirs.confidenceChange.medianBand).toEqual(hiddenCell);
    expect(theirs.partnership.activeGoalsOwnVoiceShare).toEqual(hiddenCell);
  });

  it('shares and the median band come from the published counts', async () => {
    const r = await report('2026-Q1', cast.specialist.me.id);
    const { participant, total } = r.partnership.activeGoalsByVoice;
    if (typeof participant === 'number' && typeof total === 'number') {
      expect(r.partnership.activeGoalsOwnVoiceShare).toBe(Math.min(100, Math.round((100 * participant) / total)));
    } else {
      expect(r.partnership.activeGoalsOwnVoiceShare).toEqual(hiddenCell);
    }
    expect(r.confidenceChange.medianBand).toBe('up-3-plus'); // every rated goal went 3 → 6
  });

  it('the CSV carries exactly the numbers the JSON shows', async () => {
    const json = await report('2026-03');
    const res = await t.request({ method: 'GET', url: '/api/reports/summary.csv?period=2026-03', as: cast.supervisor });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('alongside-report-2026-03.csv');
    expect(res.body).toContain('adjusted by at most 2');
    const rows = res.body
      .trim()
      .split('\r\n')
      .filter((l) => !l.startsWith('#'))
      .slice(1)
      .map((l) => l.split(','));
    const lines = summaryLines(json);
    expect(rows).toHaveLength(lines.length);
    rows.forEach(([measure, breakdown, value], i) => {
      const line = lines[i];
      expect(`${measure},${breakdown}`).toBe(`${line?.measure},${line?.breakdown}`);
      const expected = typeof line?.value !== 'object' ? String(line?.value) : 'hidden';
      expect(value).toBe(expected);
    });
    expect(res.body).toContain('video,hidden');
  });
});
