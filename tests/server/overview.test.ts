import type { PartnersOverview } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, invitePerson, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const command = (pid: string) => `/api/participants/${pid}/plan/commands`;

describe('the specialist’s overview of the people they walk alongside', () => {
  it('shows each person’s last session, suggestions waiting and next steps in their order', async () => {
    const { specialist, participant, admin } = await createCast(t);
    const other = await invitePerson(t, specialist, 'participant', { name: 'Quinn' });
    const pid = participant.me.id;
    const goal = await t.request({
      method: 'POST',
      url: command(pid),
      as: participant,
      body: { command: { type: 'goal.create', title: 'Sleep better', lifeArea: 'health' } },
    });
    const goalId = goal.json<{ ids: string[] }>().ids[0];
    for (const text of ['Lights out by 11', 'No phone in bed', 'Walk after dinner', 'Keep a sleep diary']) {
      await t.request({
        method: 'POST',
        url: command(pid),
        as: participant,
        body: { command: { type: 'step.create', goalId, text } },
      });
    }
    await t.request({
      method: 'POST',
      url: command(pid),
      as: specialist,
      body: {
        command: {
          type: 'suggestion.create',
          proposal: { kind: 'goal', title: 'Call my sister', lifeArea: 'community' },
        },
      },
    });
    const session = await t.request({
      method: 'POST',
      url: '/api/live-sessions',
      as: specialist,
      body: { participantId: pid, mode: 'phone' },
    });
    expect(session.statusCode).toBe(201);

    const res = await t.request({ method: 'GET', url: '/api/people/overview', as: specialist });
    expect(res.statusCode).toBe(200);
    const people = res.json<PartnersOverview>().people;
    expect(people.map((p) => p.participant.name)).toEqual(['Pat Participant', 'Quinn']);
    const pat = people[0];
    expect(pat?.suggestionsWaiting).toBe(1);
    expect(pat?.activeGoals).toBe(1);
    expect(pat?.nextSteps.map((s) => s.text)).toEqual(['Lights out by 11', 'No phone in bed', 'Walk after dinner']);
    expect(pat?.nextSteps[0]?.goalTitle).toBe('Sleep better');
    expect(pat?.lastSession).toMatchObject({ mode: 'phone', open: true });
    expect(people[1]).toMatchObject({ suggestionsWaiting: 0, nextSteps: [], lastSession: null, activeGoals: 0 });
    expect(other.me.id).toBe(people[1]?.participant.id);

    // Reading the overview is reading each person's plan: both see it in their access log.
    const log = await t.request({ method: 'GET', url: '/api/access-log', as: participant });
    expect(log.json<{ entries: { action: string; actor: { id: string | null } }[] }>().entries).toContainEqual(
      expect.objectContaining({ action: 'plan.overview', actor: expect.objectContaining({ id: specialist.me.id }) }),
    );

    // Ending the partnership removes the person from the overview.
    const partnerships = await t.request({ method: 'GET', url: '/api/partnerships', as: admin });
    const ended = partnerships
      .json<{ partnerships: { id: string; participant: { id: string } }[] }>()
      .partnerships.find((p) => p.participant.id === pid);
    await t.request({ method: 'POST', url: `/api/partnerships/${ended?.id}/end`, as: admin });
    const after = await t.request({ method: 'GET', url: '/api/people/overview', as: specialist });
    expect(after.json<PartnersOverview>().people.map((p) => p.participant.name)).toEqual(['Quinn']);
  });

  it('is for specialists only', async () => {
    const { participant, supervisor, admin } = await createCast(t, 'Second Org');
    for (const who of [participant, supervisor, admin]) {
      expect((await t.request({ method: 'GET', url: '/api/people/overview', as: who })).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'GET', url: '/api/people/overview' })).statusCode).toBe(401);
  });
});
