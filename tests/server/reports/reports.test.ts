import { type ReportSummary, zReportSummary } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../../server/src/db/schema/index.js';
import { summaryLines } from '../../../server/src/modules/reports/reports.csv.js';
import {
  createCast,
  createOrganisation,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  type TestApp,
} from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { insertCohort } from './cohort.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let otherSpecialist: SignedInPerson;
let otherOrgSpecialist: SignedInPerson;

/**
 * A known cohort, written straight into the tables:
 * - 24 participants of the cast's specialist on 10 March 2026, each with an in-person and a phone
 *   session, a health goal (active, own words) and a home goal (achieved, specialist's words), one step
 *   done, one accepted and one declined suggestion, a choice over two pathways and one over one,
 *   confidence 3 → 6 on the first goal, and two supports;
 * - 4 participants of a second specialist on 20 March, each with a video session and a community
 *   goal on hold: small cells everywhere.
 */
beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse('2026-04-02T12:00:00Z')) });
  cast = await createCast(t);
  otherSpecialist = await invitePerson(t, cast.admin, 'specialist', { name: 'Second Specialist' });
  const otherAdmin = await createOrganisation(t, 'Elsewhere Recovery');
  otherOrgSpecialist = await invitePerson(t, otherAdmin, 'specialist');
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
});
afterAll(async () => {
  await t.close();
});

const summaryUrl = (from: string, to: string, specialistId?: string) =>
  `/api/reports/summary?from=${from}&to=${to}${specialistId ? `&specialistId=${specialistId}` : ''}`;

async function report(from: string, to: string, specialistId?: string): Promise<ReportSummary> {
  const res = await t.request({ method: 'GET', url: summaryUrl(from, to, specialistId), as: cast.supervisor });
  expect(res.statusCode, res.body).toBe(200);
  return zReportSummary.parse(res.json());
}

const hiddenCell = { suppressed: true };

describe('supervisor report numbers', () => {
  it('reports the known cohort, every count rounded to a multiple of the threshold', async () => {
    const r = await report('2026-03-01', '2026-03-15');
    expect(r.scope).toBe('organisation');
    expect(r.suppression).toEqual({ threshold: 11, roundingBase: 11 });
    // 24 → 22 and 48 → 44 (nearest multiples of 11).
    expect(r.sessions).toEqual({ byMode: { 'in-person': 22, phone: 22, video: 0, community: 0 }, total: 44 });
    expect(r.participantsEngaged).toBe(22);
    expect(r.goals.rows).toEqual([
      { lifeArea: 'health', byStatus: { active: 22, 'on-hold': 0, achieved: 0, 'set-aside': 0 }, total: 22 },
      { lifeArea: 'home', byStatus: { active: 0, 'on-hold': 0, achieved: 22, 'set-aside': 0 }, total: 22 },
      { lifeArea: 'purpose', byStatus: { active: 0, 'on-hold': 0, achieved: 0, 'set-aside': 0 }, total: 0 },
      { lifeArea: 'community', byStatus: { active: 0, 'on-hold': 0, achieved: 0, 'set-aside': 0 }, total: 0 },
    ]);
    expect(r.goals.totalsByStatus).toEqual({ active: 22, 'on-hold': 0, achieved: 22, 'set-aside': 0 });
    expect(r.goals.total).toBe(44);
    expect(r.stepsCompleted).toBe(22);
    expect(r.partnership).toEqual({
      activeGoalsByVoice: { participant: 22, specialist: 0, total: 22 },
      activeGoalsOwnVoiceShare: 100,
      suggestions: { byStatus: { pending: 0, accepted: 22, edited: 0, declined: 22, withdrawn: 0 }, total: 44 },
      choices: { byPathways: { 'one-or-none': 22, 'more-than-one': 22 }, total: 44 },
      choicesMoreThanOnePathwayShare: 50,
    });
    expect(r.confidenceChange).toEqual({
      byBand: { decreased: 0, same: 0, 'up-1-2': 0, 'up-3-plus': 22 },
      goals: 22,
      median: 3,
    });
    expect(r.supportsPerParticipant).toEqual({
      byBand: { '0': 0, '1': 0, '2': 22, '3-4': 0, '5-plus': 0 },
      participants: 22,
    });
  });

  it('hides small cells — and a second cell beside each — when the small group is in range', async () => {
    const r = await report('2026-03-01', '2026-03-31');
    expect(r.sessions.byMode.video).toEqual(hiddenCell);
    // The one other non-zero mode on the row is hidden with it, or 48 − 24 would give the 4 away.
    expect(r.sessions.byMode['in-person']).toEqual(hiddenCell);
    expect(r.sessions.total).toBe(55); // 52 → 55
    const community = r.goals.rows.find((row) => row.lifeArea === 'community');
    expect(community?.byStatus['on-hold']).toEqual(hiddenCell);
    expect(community?.total).toEqual(hiddenCell);
    expect(r.goals.totalsByStatus['on-hold']).toEqual(hiddenCell);
    // Steps and confidence involve only the large group: unchanged.
    expect(r.stepsCompleted).toBe(22);
    expect(r.confidenceChange.median).toBe(3);
    for (const line of summaryLines(r)) {
      if (typeof line.value === 'number' && line.kind === 'count') {
        expect(line.value === 0 || line.value % 11 === 0, `${line.measure} ${line.breakdown}`).toBe(true);
      }
    }
  });

  it('one specialist: only their sessions, suggestions and partners; a small group is all hidden', async () => {
    const mine = await report('2026-03-01', '2026-03-31', cast.specialist.me.id);
    expect(mine.scope).toBe('specialist');
    expect(mine.sessions).toEqual({ byMode: { 'in-person': 22, phone: 22, video: 0, community: 0 }, total: 44 });
    const theirs = await report('2026-03-01', '2026-03-31', otherSpecialist.me.id);
    expect(theirs.sessions).toEqual({
      byMode: { 'in-person': 0, phone: 0, video: hiddenCell, community: 0 },
      total: hiddenCell,
    });
    expect(theirs.participantsEngaged).toEqual(hiddenCell);
    expect(theirs.goals.total).toEqual(hiddenCell);
    expect(theirs.confidenceChange.median).toEqual(hiddenCell);
    expect(theirs.partnership.activeGoalsOwnVoiceShare).toEqual(hiddenCell);
  });

  it('two reports a day apart, or with and without a filter, never differ by a small count', async () => {
    const pairs: [ReportSummary, ReportSummary][] = [
      [await report('2026-03-01', '2026-03-19'), await report('2026-03-01', '2026-03-20')],
      [await report('2026-03-20', '2026-03-31'), await report('2026-03-21', '2026-03-31')],
      [await report('2026-03-01', '2026-03-31'), await report('2026-03-01', '2026-03-31', cast.specialist.me.id)],
    ];
    for (const [a, b] of pairs) {
      const la = summaryLines(a);
      const lb = summaryLines(b);
      la.forEach((line, i) => {
        const other = lb[i]?.value;
        if (line.kind !== 'count' || typeof line.value !== 'number' || typeof other !== 'number') return;
        const diff = Math.abs(line.value - other);
        expect(diff === 0 || diff >= 11, `${line.measure} ${line.breakdown}: ${line.value} vs ${other}`).toBe(true);
      });
    }
  });

  it('the CSV carries exactly the numbers the JSON shows', async () => {
    const json = await report('2026-03-01', '2026-03-31');
    const res = await t.request({
      method: 'GET',
      url: '/api/reports/summary.csv?from=2026-03-01&to=2026-03-31',
      as: cast.supervisor,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('attachment');
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
      const expected =
        typeof line?.value === 'number' ? String(line.value) : line?.kind === 'count' ? '<11' : 'suppressed';
      expect(value).toBe(expected);
    });
    expect(res.body).toContain('video,<11');
  });

  it('uses the organisation threshold setting', async () => {
    const patched = await t.request({
      method: 'PATCH',
      url: '/api/organisation',
      as: cast.admin,
      body: { settings: { smallCellThreshold: 25 } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    try {
      const r = await report('2026-03-01', '2026-03-15');
      expect(r.suppression.threshold).toBe(25);
      expect(r.sessions.byMode.phone).toEqual(hiddenCell); // 24 < 25
      expect(r.sessions.total).toBe(50); // 48 → 50
    } finally {
      await t.request({
        method: 'PATCH',
        url: '/api/organisation',
        as: cast.admin,
        body: { settings: { smallCellThreshold: 11 } },
      });
    }
  });
});

describe('who may see reports', () => {
  it.each(['admin', 'specialist', 'participant'] as const)('a %s gets 403', async (role) => {
    for (const url of [
      summaryUrl('2026-03-01', '2026-03-31'),
      '/api/reports/summary.csv?from=2026-03-01&to=2026-03-31',
    ]) {
      const res = await t.request({ method: 'GET', url, as: cast[role] });
      expect(res.statusCode, url).toBe(403);
    }
  });

  it('signed out: 401', async () => {
    const res = await t.request({ method: 'GET', url: summaryUrl('2026-03-01', '2026-03-31') });
    expect(res.statusCode).toBe(401);
  });

  it('a specialist of another organisation, a participant or an unknown id: 404', async () => {
    for (const id of [otherOrgSpecialist.me.id, cast.participant.me.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await t.request({
        method: 'GET',
        url: summaryUrl('2026-03-01', '2026-03-31', id),
        as: cast.supervisor,
      });
      expect(res.statusCode, id).toBe(404);
    }
  });

  it('bad input names the field', async () => {
    const cases: [string, string][] = [
      ['/api/reports/summary?from=2026-03-31&to=2026-03-01', 'from'],
      ['/api/reports/summary?from=2026-13-01&to=2026-03-01', 'from'],
      ['/api/reports/summary?from=2026-03-01', 'to'],
      [summaryUrl('2026-03-01', '2026-03-31', 'not-an-id'), 'specialistId'],
      ['/api/reports/summary?from=2026-03-01&to=2026-03-31&participantId=x', 'participantId'],
    ];
    for (const [url, field] of cases) {
      const res = await t.request({ method: 'GET', url, as: cast.supervisor });
      expect(res.statusCode, url).toBe(400);
      expect(JSON.stringify(res.json()), url).toContain(field);
    }
  });

  it('a supervisor never reaches a plan, its history, notes or a participant account (404)', async () => {
    const pid = cast.participant.me.id;
    for (const url of [
      `/api/participants/${pid}/plan`,
      `/api/participants/${pid}/plan/history`,
      `/api/participants/${pid}/notes`,
    ]) {
      const res = await t.request({ method: 'GET', url, as: cast.supervisor });
      expect(res.statusCode, url).toBe(404);
    }
    const disable = await t.request({ method: 'POST', url: `/api/users/${pid}/disable`, as: cast.supervisor });
    expect([403, 404]).toContain(disable.statusCode);
  });

  it('each report view is in the access log, naming no participant', async () => {
    const views = async () =>
      (await t.testDb.database.db.select().from(accessLog)).filter((r) => r.action === 'report.view');
    const before = await views();
    await report('2026-03-01', '2026-03-31');
    await t.request({
      method: 'GET',
      url: '/api/reports/summary.csv?from=2026-03-01&to=2026-03-31',
      as: cast.supervisor,
    });
    // A refused attempt is not a view.
    await t.request({ method: 'GET', url: summaryUrl('2026-03-01', '2026-03-31'), as: cast.admin });
    const after = await views();
    const added = after.slice(before.length);
    expect(added).toHaveLength(2);
    for (const row of added) {
      expect(row).toMatchObject({
        actorUserId: cast.supervisor.me.id,
        actorRole: 'supervisor',
        organisationId: cast.admin.me.organisation.id,
        participantId: null,
        outcome: 'allowed',
      });
    }
  });
});
