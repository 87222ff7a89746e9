import type { ErrorBody, PlanSnapshot } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanCast, outsider, outsiderNames, type PlanCast } from '../../helpers/plan-actors.js';
import { errorOf, planUrl, readHistory, readPlan, run, runForId, sendCommand } from '../../helpers/plan-api.js';
import { createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * The wellness and crisis plan is part of the person's plan: they write it, in their own words;
 * their specialist's items arrive as suggestions; supervisors, admins, other specialists and
 * other organisations cannot tell it exists. Its items and reviews are in the plan's history.
 */
let t: TestApp;
let cast: PlanCast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createPlanCast(t);
});
afterAll(async () => {
  await t.close();
});

async function fresh(): Promise<{ p: SignedInPerson; pid: string }> {
  const p = await invitePerson(t, cast.specialist, 'participant', { name: 'Wren Wells' });
  return { p, pid: p.me.id };
}
const items = (plan: PlanSnapshot, section: string) =>
  plan.wellnessItems.filter((i) => i.section === section).map((i) => i.text);

describe('the person writes their wellness plan', () => {
  it('adds items section by section, in order, with a response where the section asks for one', async () => {
    const { p, pid } = await fresh();
    await run(t, p, pid, { type: 'wellness.create', section: 'well', text: 'I laugh easily' });
    await run(t, p, pid, { type: 'wellness.create', section: 'well', text: 'I cook for friends' });
    const triggerId = await runForId(t, p, pid, {
      type: 'wellness.create',
      section: 'triggers',
      text: 'Payday weekends',
      response: 'Plan Saturday with my sister',
    });
    const plan = await readPlan(t, p, pid);
    expect(items(plan, 'well')).toEqual(['I laugh easily', 'I cook for friends']);
    expect(plan.wellnessItems.find((i) => i.id === triggerId)).toMatchObject({
      response: 'Plan Saturday with my sister',
      voice: 'participant',
      responseVoice: 'participant',
      version: 1,
    });
  });

  it('refuses a response in a section without one, naming the field, and stores nothing', async () => {
    const { p, pid } = await fresh();
    const res = await sendCommand(t, p, pid, {
      type: 'wellness.create',
      section: 'well',
      text: 'Calm',
      response: 'Should not be here',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ error: 'edit_not_applicable', field: 'response' });
    expect((await readPlan(t, p, pid)).wellnessItems).toEqual([]);
  });

  it('links an item to one of the person’s own supports; a support of someone else is not found', async () => {
    const { p, pid } = await fresh();
    const supportId = await runForId(t, p, pid, { type: 'support.create', label: 'Ana', kind: 'family' });
    const itemId = await runForId(t, p, pid, {
      type: 'wellness.create',
      section: 'crisis-involve',
      text: 'My sister Ana, she stays calm',
      supportId,
    });
    expect((await readPlan(t, p, pid)).wellnessItems.find((i) => i.id === itemId)?.supportId).toBe(supportId);
    const other = await fresh();
    const res = await sendCommand(t, other.p, other.pid, {
      type: 'wellness.create',
      section: 'crisis-involve',
      text: 'Someone else’s sister',
      supportId,
    });
    expect(res.statusCode).toBe(404);
    expect((await readPlan(t, other.p, other.pid)).wellnessItems).toEqual([]);
  });

  it('edits with the version it was made against (a stale edit gets the current item), reorders, deletes, reviews', async () => {
    const { p, pid } = await fresh();
    const a = await runForId(t, p, pid, { type: 'wellness.create', section: 'crisis-helps', text: 'Quiet' });
    const b = await runForId(t, p, pid, { type: 'wellness.create', section: 'crisis-helps', text: 'Tea' });
    await run(t, p, pid, { type: 'wellness.edit', itemId: a, version: 1, text: 'A quiet room' });
    const stale = await sendCommand(t, p, pid, { type: 'wellness.edit', itemId: a, version: 1, text: 'Noise' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().current).toMatchObject({ id: a, text: 'A quiet room', version: 2 });
    await run(t, p, pid, { type: 'wellness.reorder', section: 'crisis-helps', itemIds: [b, a] });
    expect(items(await readPlan(t, p, pid), 'crisis-helps')).toEqual(['Tea', 'A quiet room']);
    const wrong = await sendCommand(t, p, pid, { type: 'wellness.reorder', section: 'crisis-helps', itemIds: [a] });
    expect(errorOf(wrong)).toMatchObject({ error: 'reorder_mismatch', field: 'itemIds' });
    await run(t, p, pid, { type: 'wellness.delete', itemId: b });
    await run(t, p, pid, { type: 'wellness.review', reviewedOn: '2026-12-01' });
    const plan = await readPlan(t, p, pid);
    expect(items(plan, 'crisis-helps')).toEqual(['A quiet room']);
    expect(plan.wellnessReviewedOn).toBe('2026-12-01');
    const types = (await readHistory(t, p, pid)).map((e) => e.command.type);
    expect(types).toEqual([
      'wellness.create',
      'wellness.create',
      'wellness.edit',
      'wellness.reorder',
      'wellness.delete',
      'wellness.review',
    ]);
  });
});

describe('the specialist suggests; the person decides', () => {
  it('a specialist cannot write in it, only suggest; an item accepted in the person’s words is theirs', async () => {
    const pid = cast.participant.me.id;
    const direct = await sendCommand(t, cast.specialist, pid, {
      type: 'wellness.create',
      section: 'daily',
      text: 'Walk every morning',
    });
    expect(direct.statusCode).toBe(403);
    expect(errorOf(direct).error).toBe('participant_decides');
    const suggestionId = await runForId(t, cast.specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'wellness-item', section: 'early-signs', text: 'Skipping meals', response: 'Call me' },
    });
    const accepted = await run(t, cast.participant, pid, {
      type: 'suggestion.accept',
      suggestionId,
      edits: { response: 'Cook something simple and text Ana' },
    });
    const item = (await readPlan(t, cast.participant, pid)).wellnessItems.find((i) => i.id === accepted.ids[0]);
    expect(item).toMatchObject({
      section: 'early-signs',
      text: 'Skipping meals',
      voice: 'specialist',
      response: 'Cook something simple and text Ana',
      responseVoice: 'participant',
      fromSuggestionId: suggestionId,
    });
  });

  it('a suggested item with a response where its section has none is refused at once', async () => {
    const pid = cast.participant.me.id;
    const res = await sendCommand(t, cast.specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'wellness-item', section: 'well', text: 'Calm', response: 'No' },
    });
    expect(errorOf(res)).toMatchObject({ error: 'edit_not_applicable', field: 'proposal.response' });
  });
});

describe('who can read it', () => {
  it('the person and their partnered specialist read the wellness part; everyone else gets 404', async () => {
    const pid = cast.participant.me.id;
    for (const reader of [cast.participant, cast.specialist]) {
      const res = await t.request({ method: 'GET', url: `${planUrl(pid)}/wellness`, as: reader });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
    }
    for (const name of outsiderNames) {
      const res = await t.request({ method: 'GET', url: `${planUrl(pid)}/wellness`, as: outsider(cast, name) });
      expect([401, 403, 404], name).toContain(res.statusCode);
      expect(res.body).not.toContain('Skipping meals');
    }
  });
});
