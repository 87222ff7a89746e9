import { confidenceBands, consentKinds, type ReportSummary, zReportSummary } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { insertCohort } from './cohort.js';
import { expectPublished } from './published.js';

/**
 * Eleven participants whose plans are written through the real plan API (so the report reads what the
 * command executor really stores), every name and text a unique canary; plus a cohort inserted
 * directly with canaries in every other free-text column. The report must count them, and carry
 * none of their words.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
const canaries: string[] = [];
const canary = (what: string) => {
  const value = `Canary${what}${Math.random().toString(36).slice(2, 10)}`;
  canaries.push(value);
  return value;
};
const day = '2026-05-05';
const dayBefore = '2026-05-04';
const month = '2026-05';

async function command(as: SignedInPerson, participantId: string, cmd: Record<string, unknown>): Promise<string[]> {
  const res = await t.request({
    method: 'POST',
    url: `/api/participants/${participantId}/plan/commands`,
    as,
    body: { command: cmd },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ ids: string[] }>().ids;
}

beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse(`${day}T09:00:00Z`)) });
  cast = await createCast(t);
  const specialist = cast.specialist;
  for (let i = 0; i < 11; i++) {
    const participant = await invitePerson(t, specialist, 'participant', { name: canary('Name') });
    const pid = participant.me.id;
    const [goalId] = await command(participant, pid, {
      type: 'goal.create',
      title: canary('Goal'),
      why: canary('Why'),
      lifeArea: 'health',
    });
    const [stepId] = await command(participant, pid, { type: 'step.create', goalId, text: canary('Step') });
    await command(participant, pid, { type: 'step.set-done', stepId, done: true });
    await command(participant, pid, { type: 'check-in.record', goalId, confidence: 4, note: canary('CheckIn') });
    t.clock.advanceMinutes(1);
    await command(participant, pid, { type: 'check-in.record', goalId, confidence: 5, note: canary('CheckIn') });
    await command(participant, pid, {
      type: 'support.create',
      label: canary('Support'),
      kind: 'friend',
      howToReach: canary('Reach'),
    });
    await command(participant, pid, {
      type: 'choice.create',
      question: canary('Question'),
      options: [
        { label: canary('Option'), pathway: 'mutual-help', notes: canary('Notes') },
        { label: canary('Option'), pathway: 'medication' },
      ],
    });
    const [suggestionId] = await command(specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: canary('Suggested'), lifeArea: 'health' },
      rationale: canary('Rationale'),
    });
    await command(participant, pid, { type: 'suggestion.accept', suggestionId, edits: { title: canary('MyWords') } });
    const session = await t.request({
      method: 'POST',
      url: '/api/live-sessions',
      as: specialist,
      body: { participantId: pid, mode: 'video', placeLabel: canary('Place') },
    });
    expect(session.statusCode, session.body).toBe(201);
  }
  await insertCohort(t.testDb.database.db, {
    organisationId: cast.admin.me.organisation.id,
    specialistId: cast.specialist.me.id,
    participants: 3,
    at: new Date(`${dayBefore}T10:00:00Z`),
    perParticipant: {
      sessions: ['phone'],
      goals: [{ lifeArea: 'purpose', status: 'active', voice: 'participant' }],
      stepsDone: 1,
      suggestions: ['declined'],
      choices: [['faith-based']],
      confidence: [2, 7],
      supports: 1,
    },
    text: () => canary('Direct'),
  });
});
afterAll(async () => {
  await t.close();
});

describe('reports built from real plans', () => {
  let json: string;
  let csv: string;
  let summary: ReportSummary;
  beforeAll(async () => {
    // The month holds both days: the API-made plans and the inserted cohort together.
    const res = await t.request({ method: 'GET', url: `/api/reports/summary?period=${month}`, as: cast.supervisor });
    expect(res.statusCode, res.body).toBe(200);
    summary = zReportSummary.parse(res.json());
    json = res.body;
    const csvRes = await t.request({
      method: 'GET',
      url: `/api/reports/summary.csv?period=${month}`,
      as: cast.supervisor,
    });
    expect(csvRes.statusCode, csvRes.body).toBe(200);
    csv = csvRes.body;
  });

  it('counts what the plan commands stored (11 made through the API, 3 inserted)', () => {
    expectPublished(summary.participantsEngaged, 14, 'engaged');
    expectPublished(summary.sessions.byMode.video, 11, 'video');
    expectPublished(summary.sessions.byMode.phone, 3, 'phone');
    expectPublished(summary.sessions.total, 14, 'sessions');
    const row = (area: string) => summary.goals.rows.find((r) => r.lifeArea === area);
    expectPublished(row('health')?.byStatus.active ?? 0, 22, 'health active'); // own goal + accepted suggestion
    expectPublished(row('purpose')?.byStatus.active ?? 0, 3, 'purpose active');
    expectPublished(summary.stepsCompleted, 14, 'steps');
    expectPublished(summary.partnership.activeGoalsByVoice.participant, 25, 'own voice');
    expectPublished(summary.partnership.activeGoalsByVoice.specialist, 0, 'specialist voice');
    expectPublished(summary.partnership.suggestions.byStatus.edited, 11, 'edited');
    expectPublished(summary.partnership.suggestions.byStatus.declined, 3, 'declined');
    expectPublished(summary.confidenceChange.byBand['up-1-2'], 11, 'up 1-2');
    expectPublished(summary.confidenceChange.byBand['up-3-plus'], 3, 'up 3+');
    expectPublished(summary.confidenceChange.goals, 14, 'rated goals');
    expectPublished(summary.supportsPerParticipant.byBand['1'], 14, 'one support');
  });

  it('carries no name, no text and no participant id — in the JSON or the CSV', async () => {
    expect(canaries.length).toBeGreaterThan(100);
    for (const value of canaries) {
      expect(json).not.toContain(value);
      expect(csv).not.toContain(value);
    }
    expect(json.toLowerCase()).not.toContain('canary');
    expect(csv.toLowerCase()).not.toContain('canary');
    // Nor any id at all: no UUID-shaped string anywhere in either answer.
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    expect(json).not.toMatch(uuid);
    expect(csv).not.toMatch(uuid);
  });

  it('every string in the answer is a date, a time or a fixed word of the schema', () => {
    const words = new Set<string>([
      'organisation',
      'specialist',
      'health',
      'home',
      'purpose',
      'community',
      'month',
      'quarter',
      'year',
      ...confidenceBands,
      ...consentKinds,
    ]);
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(json));
    for (const s of strings) {
      const isPeriod = /^\d{4}(-Q[1-4]|-\d{2})?$/.test(s);
      expect(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(s) || isPeriod || words.has(s), s).toBe(true);
    }
  });

  it('the response schema has no field that could hold a name, an id or free text', () => {
    // Every string in the schema is an enum, a date or a date-time; nothing else can be sent.
    const free: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => {
          walk(n, `${path}[${i}]`);
        });
        return;
      }
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (
        n.type === 'string' &&
        !n.enum &&
        n.const === undefined &&
        !['date', 'date-time'].includes(String(n.format)) &&
        !(typeof n.pattern === 'string' && n.pattern.startsWith('^(\\d{4})'))
      ) {
        free.push(path);
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}.${k}`);
    };
    walk(z.toJSONSchema(zReportSummary), '$');
    expect(free).toEqual([]);
  });
});
