import type { PlanSnapshot } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResource } from '../../helpers/plan-fixtures.js';
import { createCast, createTestApp, type TestApp } from '../../helpers/test-app.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let other: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  other = await createCast(t, 'Other Org');
});
afterAll(async () => {
  await t.close();
});

const commands = (pid: string) => `/api/participants/${pid}/plan/commands`;

async function send(as: { cookie: string }, pid: string, command: object) {
  return t.request({ method: 'POST', url: commands(pid), as: as as never, body: { command } });
}
async function plan(pid: string): Promise<PlanSnapshot> {
  return (
    await t.request({ method: 'GET', url: `/api/participants/${pid}/plan`, as: cast.participant })
  ).json<PlanSnapshot>();
}

describe('referrals to community resources', () => {
  it('a specialist suggests a resource; the person saves it to a goal and follows it up themselves', async () => {
    const pid = cast.participant.me.id;
    const resourceId = await createResource(t, cast.specialist, 'Harbor food pantry');
    const goal = await send(cast.participant, pid, {
      type: 'goal.create',
      title: 'Eat regular meals',
      lifeArea: 'health',
    });
    const goalId = goal.json<{ ids: string[] }>().ids[0];

    const suggested = await send(cast.specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'referral', resourceId, goalId },
      rationale: 'Open on Saturdays',
    });
    expect(suggested.statusCode).toBe(200);
    const suggestionId = suggested.json<{ ids: string[] }>().ids[0];
    expect((await plan(pid)).suggestions.find((s) => s.id === suggestionId)?.resourceName).toBe('Harbor food pantry');
    expect((await plan(pid)).referrals).toEqual([]);

    // Nothing to reword in a directory entry.
    const edited = await send(cast.participant, pid, {
      type: 'suggestion.accept',
      suggestionId,
      edits: { label: 'x' },
    });
    expect(edited.statusCode).toBe(400);
    expect(edited.json().field).toBe('edits.label');

    expect((await send(cast.participant, pid, { type: 'suggestion.accept', suggestionId })).statusCode).toBe(200);
    const [referral] = (await plan(pid)).referrals;
    expect(referral).toMatchObject({
      resourceId,
      resourceName: 'Harbor food pantry',
      goalId,
      status: 'chosen',
      fromSuggestionId: suggestionId,
    });

    // The specialist may not move it on: the person does.
    const forged = await send(cast.specialist, pid, {
      type: 'referral.update',
      referralId: referral?.id,
      status: 'connected',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error).toBe('participant_decides');

    for (const status of ['contacted', 'connected'] as const) {
      const res = await send(cast.participant, pid, {
        type: 'referral.update',
        referralId: referral?.id,
        status,
        ...(status === 'contacted' ? { followUpOn: '2026-12-05' } : {}),
      });
      expect(res.statusCode).toBe(200);
    }
    expect((await plan(pid)).referrals[0]).toMatchObject({ status: 'connected', followUpOn: '2026-12-05' });

    // Deleting the goal keeps the referral, unlinked, and says so in the event.
    const deleted = await send(cast.participant, pid, { type: 'goal.delete', goalId });
    const history = await t.request({
      method: 'GET',
      url: `/api/participants/${pid}/plan/history`,
      as: cast.participant,
    });
    const event = history
      .json<{ events: { seq: number; effects: { kind: string; value?: { goalId?: string | null } }[] }[] }>()
      .events.find((e) => e.seq === deleted.json<{ seq: number }>().seq);
    expect(event?.effects).toContainEqual(
      expect.objectContaining({ kind: 'referral', value: expect.objectContaining({ goalId: null }) }),
    );
    expect((await plan(pid)).referrals[0]?.goalId).toBeNull();
  });

  it('the person can save a resource themselves, and remove it', async () => {
    const pid = cast.participant.me.id;
    const resourceId = await createResource(t, cast.admin, 'Job club at the library');
    const created = await send(cast.participant, pid, { type: 'referral.create', resourceId });
    expect(created.statusCode).toBe(200);
    const id = created.json<{ ids: string[] }>().ids[0];
    expect((await plan(pid)).referrals.find((r) => r.id === id)?.status).toBe('chosen');
    expect((await send(cast.participant, pid, { type: 'referral.delete', referralId: id })).statusCode).toBe(200);
    expect((await plan(pid)).referrals.find((r) => r.id === id)).toBeUndefined();
  });

  it('another organisation’s resource is not found, for a suggestion or a referral, and nothing changes', async () => {
    const pid = cast.participant.me.id;
    const foreign = await createResource(t, other.specialist, 'Elsewhere drop-in');
    const before = await plan(pid);
    const suggestion = await send(cast.specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'referral', resourceId: foreign },
    });
    expect(suggestion.statusCode).toBe(404);
    expect((await send(cast.participant, pid, { type: 'referral.create', resourceId: foreign })).statusCode).toBe(404);
    expect((await plan(pid)).seq).toBe(before.seq);
  });

  it('a declined referral suggestion never becomes a referral', async () => {
    const pid = cast.participant.me.id;
    const resourceId = await createResource(t, cast.specialist, 'Sunday walking group');
    const before = (await plan(pid)).referrals.length;
    const suggested = await send(cast.specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'referral', resourceId },
    });
    const suggestionId = suggested.json<{ ids: string[] }>().ids[0];
    expect((await send(cast.participant, pid, { type: 'suggestion.decline', suggestionId })).statusCode).toBe(200);
    expect((await plan(pid)).referrals).toHaveLength(before);
  });
});
