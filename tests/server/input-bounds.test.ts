import {
  dayBounds,
  int4Max,
  type LiveSession,
  type PlanCommand,
  type PlanSnapshot,
  type Resource,
  type SessionNote,
} from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, planUrl, readHistory, readPlan, sendTypedCommand } from '../helpers/plan-api.js';
import { createPlanFixture, type PlanFixture } from '../helpers/plan-fixtures.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../helpers/test-app.js';

/**
 * Input the shared schemas used to accept and PostgreSQL then refused (a 500): dates outside any
 * sensible range, integers past their int4 column. Each is now a 400 naming the field, and a
 * refused request changes nothing; the values at the ends of each range still work.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let fx: PlanFixture;
let pid: string;

beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  pid = cast.participant.me.id;
  fx = await createPlanFixture(t, cast.participant, cast.specialist);
});
afterAll(async () => {
  await t.close();
});

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const past = dayBounds('past');
const planned = dayBounds('planned');

const get = (url: string, as: SignedInPerson) => t.request({ method: 'GET', url, as });

function expectRefused(res: LightMyRequestResponse, field: string) {
  expect(res.statusCode, res.body).toBe(400);
  expect(errorOf(res)).toMatchObject({ error: 'validation_failed', field, requestId: res.headers['x-request-id'] });
}

/** The plan and its event log, to show that refused commands changed neither. */
async function planState(): Promise<{ plan: PlanSnapshot; events: number }> {
  return {
    plan: await readPlan(t, cast.participant, pid),
    events: (await readHistory(t, cast.participant, pid)).length,
  };
}

describe('a date outside the range its field allows', () => {
  const dated = (day: string): [string, PlanCommand][] => [
    ['targetDate', { type: 'goal.create', title: 'Move', lifeArea: 'home', targetDate: day }],
    ['targetDate', { type: 'goal.edit', goalId: fx.goalId, version: fx.goalVersion, targetDate: day }],
    ['doneOn', { type: 'step.set-done', stepId: fx.stepId, done: true, doneOn: day }],
    ['decidedOn', { type: 'choice.decide', choiceId: fx.choiceId, optionId: fx.optionIds[1], decidedOn: day }],
    ['followUpOn', { type: 'referral.create', resourceId: fx.resourceId, followUpOn: day }],
    ['followUpOn', { type: 'referral.update', referralId: fx.referralId, followUpOn: day }],
  ];

  it('is refused for every dated command, naming the field, and the plan and its log are unchanged', async () => {
    const before = await planState();
    for (const day of ['0000-01-01', '9999-12-31', shift(past.earliest, -1)]) {
      for (const [field, command] of dated(day)) {
        expectRefused(await sendTypedCommand(t, cast.participant, pid, command), field);
      }
    }
    // Past the far end of each kind: a step done the day after tomorrow is not done yet.
    const farPast = shift(past.latest, 1);
    expectRefused(
      await sendTypedCommand(t, cast.participant, pid, {
        type: 'step.set-done',
        stepId: fx.stepId,
        done: true,
        doneOn: farPast,
      }),
      'doneOn',
    );
    const farPlan = shift(planned.latest, 1);
    expectRefused(
      await sendTypedCommand(t, cast.participant, pid, {
        type: 'goal.create',
        title: 'x',
        lifeArea: 'home',
        targetDate: farPlan,
      }),
      'targetDate',
    );
    expect(await planState()).toEqual(before);
  });

  it('is accepted at either end of the range', async () => {
    for (const day of [planned.earliest, planned.latest]) {
      const res = await sendTypedCommand(t, cast.participant, pid, {
        type: 'goal.create',
        title: 'Move',
        lifeArea: 'home',
        targetDate: day,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    for (const day of [past.earliest, past.latest]) {
      const res = await sendTypedCommand(t, cast.participant, pid, {
        type: 'step.set-done',
        stepId: fx.stepId,
        done: true,
        doneOn: day,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const goals = (await readPlan(t, cast.participant, pid)).goals.map((g) => g.targetDate);
    expect(goals).toEqual(expect.arrayContaining([planned.earliest, planned.latest]));
  });

  it('is refused for a resource’s last check, by form and by CSV, and nothing is saved', async () => {
    const entry = { name: 'Harbour House', category: 'housing', cost: 'free' };
    const created = await t.request({ method: 'POST', url: '/api/resources', as: cast.admin, body: entry });
    const id = created.json<Resource>().id;
    for (const lastVerifiedOn of ['0000-01-01', shift(past.latest, 1)]) {
      const body = { ...entry, name: 'Never saved', lastVerifiedOn };
      expectRefused(await t.request({ method: 'POST', url: '/api/resources', as: cast.admin, body }), 'lastVerifiedOn');
      const patch = { lastVerifiedOn };
      expectRefused(
        await t.request({ method: 'PATCH', url: `/api/resources/${id}`, as: cast.admin, body: patch }),
        'lastVerifiedOn',
      );
    }
    const csv = 'name,category,fees,assured_date\nNever imported,food,free,1999-12-31\n';
    const imported = await t.request({
      method: 'POST',
      url: '/api/resources/import.csv',
      as: cast.admin,
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.statusCode, imported.body).toBe(400);
    expect(imported.json().lines).toEqual([
      expect.objectContaining({ line: 2, field: 'assured_date', code: 'date_out_of_range', params: past }),
    ]);
    const list = await get('/api/resources', cast.admin);
    const names = list.json<{ resources: Resource[] }>().resources.map((r) => [r.name, r.lastVerifiedOn]);
    expect(names).not.toContainEqual(expect.arrayContaining(['Never saved']));
    expect(names).not.toContainEqual(expect.arrayContaining(['Never imported']));
    expect(names).toContainEqual(['Harbour House', null]);
  });

  it('is refused for a report period past this year or before 2000, naming the field', async () => {
    expectRefused(await get('/api/reports/summary?period=9999-12', cast.supervisor), 'period');
    expectRefused(await get('/api/reports/summary?period=0000', cast.supervisor), 'period');
    expectRefused(await get('/api/reports/trend?year=99999999999', cast.supervisor), 'year');
  });
});

describe('an integer past its column', () => {
  it('a history cursor past int4 is a 400 naming `after`; at int4 it is an empty page', async () => {
    expectRefused(await get(`${planUrl(pid)}/history?after=${int4Max + 1}`, cast.participant), 'after');
    expectRefused(await get(`${planUrl(pid)}/history?after=-1`, cast.participant), 'after');
    const last = await get(`${planUrl(pid)}/history?after=${int4Max}`, cast.participant);
    expect(last.statusCode, last.body).toBe(200);
    expect(last.json()).toMatchObject({ events: [], nextAfter: null });
  });

  it('an access-log cursor past int8 is a 400 naming `before`', async () => {
    const res = await get('/api/access-log?before=99999999999999999999', cast.participant);
    expectRefused(res, 'before');
  });

  it('a plan edit with a version past int4 − 1 is refused, naming `version`, and changes nothing', async () => {
    const before = await planState();
    for (const version of [int4Max, int4Max + 1, 2 ** 53]) {
      const res = await sendTypedCommand(t, cast.participant, pid, {
        type: 'step.edit',
        stepId: fx.stepId,
        version,
        text: 'x',
      });
      expectRefused(res, 'version');
    }
    expect(await planState()).toEqual(before);
  });

  it('a note edit, view or answer with a version past int4 − 1 is a 400; at int4 − 1 a stale-version 409', async () => {
    const session = (
      await t.request({
        method: 'POST',
        url: '/api/live-sessions',
        as: cast.specialist,
        body: { participantId: pid, mode: 'phone' },
      })
    ).json<LiveSession>();
    await t.request({ method: 'POST', url: `/api/live-sessions/${session.id}/end`, as: cast.specialist });
    const drafted = await t.request({
      method: 'POST',
      url: `/api/live-sessions/${session.id}/note`,
      as: cast.specialist,
      body: { workedOn: 'Mornings', chosen: 'A walk', nextSteps: 'Tuesday' },
    });
    const note = drafted.json<SessionNote>();
    const changes = [
      [cast.specialist, 'PATCH', `/api/notes/${note.id}`, { workedOn: 'Changed' }],
      [cast.participant, 'PUT', `/api/notes/${note.id}/participant-view`, { view: 'Mine' }],
      [cast.participant, 'POST', `/api/notes/${note.id}/respond`, { response: 'co-signed' }],
    ] as const;
    for (const [as, method, url, body] of changes) {
      for (const version of [int4Max, int4Max + 1]) {
        expectRefused(await t.request({ method, url, as, body: { ...body, version } }), 'version');
      }
      const stale = await t.request({ method, url, as, body: { ...body, version: int4Max - 1 } });
      expect(stale.statusCode, stale.body).toBe(409);
      expect(errorOf(stale).error).toBe('stale_version');
    }
    const now = await get(`/api/notes/${note.id}`, cast.participant);
    expect(now.json<SessionNote>()).toEqual(note);
  });
});
