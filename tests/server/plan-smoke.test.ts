import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('plan smoke', () => {
  it('participant writes, specialist suggests, participant accepts', async () => {
    const { specialist, participant } = await createCast(t);
    const base = `/api/participants/${participant.me.id}/plan`;
    const created = await t.request({
      method: 'POST',
      url: `${base}/commands/goal.create`,
      as: participant,
      body: { title: 'Sleep better', lifeArea: 'health', clientOpId: 'op-000001' },
    });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json().seq).toBe(1);
    const denied = await t.request({
      method: 'POST',
      url: `${base}/commands/goal.set-status`,
      as: specialist,
      body: { goalId: created.json().ids[0], status: 'achieved' },
    });
    expect(denied.statusCode, denied.body).toBe(403);
    const suggested = await t.request({
      method: 'POST',
      url: `${base}/commands`,
      as: specialist,
      body: {
        command: { type: 'suggestion.create', proposal: { kind: 'goal', title: 'Walk daily', lifeArea: 'health' } },
      },
    });
    expect(suggested.statusCode, suggested.body).toBe(200);
    const accepted = await t.request({
      method: 'POST',
      url: `${base}/commands/suggestion.accept`,
      as: participant,
      body: { suggestionId: suggested.json().ids[0], edits: { title: 'Walk most days' } },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const snap = await t.request({ method: 'GET', url: base, as: specialist });
    expect(snap.statusCode, snap.body).toBe(200);
    expect(snap.json().goals.map((g: { title: string; voice: string }) => `${g.title}/${g.voice}`)).toEqual([
      'Sleep better/participant',
      'Walk most days/participant',
    ]);
    const history = await t.request({ method: 'GET', url: `${base}/history`, as: participant });
    expect(history.json().events.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3]);
    const retry = await t.request({
      method: 'POST',
      url: `${base}/commands/goal.create`,
      as: participant,
      body: { title: 'Sleep better', lifeArea: 'health', clientOpId: 'op-000001' },
    });
    expect(retry.json().seq).toBe(1);
  });
});
