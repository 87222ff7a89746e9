import { confidenceBands, type ReportSummary, zReportSummary } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { insertCohort } from './cohort.js';

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
    const one = await t.request({
      method: 'GET',
      url: `/api/reports/summary?from=${day}&to=${day}`,
      as: cast.supervisor,
    });
    expect(one.statusCode, one.body).toBe(200);
    summary = zReportSummary.parse(one.json());
    // Both days: the API-made plans and the inserted cohort together.
    const res = await t.request({
      method: 'GET',
      url: `/api/reports/summary?from=${dayBefore}&to=${day}`,
      as: cast.supervisor,
    });
    expect(res.statusCode, res.body).toBe(200);
    json = res.body;
    const csvRes = await t.request({
      method: 'GET',
      url: `/api/reports/summary.csv?from=${dayBefore}&to=${day}`,
      as: cast.supervisor,
    });
    expect(csvRes.statusCode, csvRes.body).toBe(200);
    csv = csvRes.body;
  });

  it('counts what the plan commands stored', () => {
    expect(summary.participantsEngaged).toBe(11);
    expect(summary.sessions).toEqual({ byMode: { 'in-person': 0, phone: 0, video: 11, community: 0 }, total: 11 });
    const health = summary.goals.rows.find((r) => r.lifeArea === 'health');
    expect(health?.byStatus.active).toBe(22); // own goal + accepted suggestion, 11 each
    expect(summary.stepsCompleted).toBe(11);
    expect(summary.partnership.activeGoalsByVoice).toEqual({ participant: 22, specialist: 0, total: 22 });
    expect(summary.partnership.suggestions.byStatus).toEqual({
      pending: 0,
      accepted: 0,
      edited: 11,
      declined: 0,
      withdrawn: 0,
    });
    expect(summary.partnership.choicesMoreThanOnePathwayShare).toBe(100);
    expect(summary.confidenceChange).toEqual({
      byBand: { decreased: 0, same: 0, 'up-1-2': 11, 'up-3-plus': 0 },
      goals: 11,
      median: 1,
    });
    expect(summary.supportsPerParticipant.byBand['1']).toBe(11);
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
      ...confidenceBands,
    ]);
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(json));
    for (const s of strings) {
      expect(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(s) || words.has(s), s).toBe(true);
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
        !['date', 'date-time'].includes(String(n.format))
      ) {
        free.push(path);
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}.${k}`);
    };
    walk(z.toJSONSchema(zReportSummary), '$');
    expect(free).toEqual([]);
  });
});
