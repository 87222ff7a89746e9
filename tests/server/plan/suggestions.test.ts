import type { ErrorBody } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAccessLog, readPlan, run, sendCommand } from '../../helpers/plan-api.js';
import { suggestGoal } from '../../helpers/plan-fixtures.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * A suggestion's life: pending until the person accepts, edits-then-accepts or declines it, or its
 * author withdraws it. Only its author may withdraw it — even another specialist partnered with
 * the same person may not.
 */
let t: TestApp;
let admin: SignedInPerson;
let participant: SignedInPerson;
let specialist: SignedInPerson;
let second: SignedInPerson;
let pid: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ admin, participant, specialist } = await createCast(t));
  pid = participant.me.id;
  second = await invitePerson(t, admin, 'specialist', { name: 'Sol Second' });
  const partnered = await t.request({
    method: 'POST',
    url: '/api/partnerships',
    as: admin,
    body: { specialistId: second.me.id, participantId: pid },
  });
  if (partnered.statusCode !== 201) throw new Error(`partnership failed: ${partnered.body}`);
});
afterAll(async () => {
  await t.close();
});

const statusOf = async (id: string) =>
  (await readPlan(t, participant, pid)).suggestions.find((s) => s.id === id)?.status;

describe('suggestions', () => {
  it('a specialist cannot withdraw another specialist’s suggestion; its author can', async () => {
    const suggestionId = await suggestGoal(t, second, pid, 'Volunteer at the food bank');
    const before = await readPlan(t, participant, pid);
    const res = await sendCommand(t, specialist, pid, { type: 'suggestion.withdraw', suggestionId });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json<ErrorBody>().error).toBe('not_your_suggestion');
    expect(await readPlan(t, participant, pid)).toEqual(before);
    await run(t, second, pid, { type: 'suggestion.withdraw', suggestionId });
    expect(await statusOf(suggestionId)).toBe('withdrawn');
  });

  it('the refused withdrawal of someone else’s suggestion is in the access log as denied', async () => {
    const suggestionId = await suggestGoal(t, second, pid, 'Try a yoga class');
    await sendCommand(t, specialist, pid, { type: 'suggestion.withdraw', suggestionId });
    const [latest] = await readAccessLog(t, participant);
    expect(latest).toMatchObject({
      actor: { id: specialist.me.id, role: 'specialist' },
      action: 'plan.suggestion.withdraw',
      outcome: 'denied',
    });
  });

  it('both partnered specialists can suggest; each suggestion names its author', async () => {
    const mine = await suggestGoal(t, specialist, pid, 'Join the choir');
    const theirs = await suggestGoal(t, second, pid, 'Call your sponsor weekly');
    const plan = await readPlan(t, participant, pid);
    expect(plan.suggestions.find((s) => s.id === mine)?.author).toEqual({
      id: specialist.me.id,
      name: 'Sam Specialist',
    });
    expect(plan.suggestions.find((s) => s.id === theirs)?.author).toEqual({ id: second.me.id, name: 'Sol Second' });
  });

  it('once decided or withdrawn, a suggestion cannot be decided or withdrawn again (409)', async () => {
    const withdrawn = await suggestGoal(t, specialist, pid, 'Read before bed');
    await run(t, specialist, pid, { type: 'suggestion.withdraw', suggestionId: withdrawn });
    const declined = await suggestGoal(t, specialist, pid, 'Move to a new town');
    await run(t, participant, pid, { type: 'suggestion.decline', suggestionId: declined, note: 'Not for me' });
    const accepted = await suggestGoal(t, specialist, pid, 'Drink more water');
    await run(t, participant, pid, { type: 'suggestion.accept', suggestionId: accepted });
    const before = await readPlan(t, participant, pid);
    const attempts = [
      [participant, { type: 'suggestion.accept', suggestionId: withdrawn }],
      [participant, { type: 'suggestion.decline', suggestionId: withdrawn }],
      [participant, { type: 'suggestion.accept', suggestionId: declined }],
      [specialist, { type: 'suggestion.withdraw', suggestionId: declined }],
      [participant, { type: 'suggestion.accept', suggestionId: accepted }],
      [specialist, { type: 'suggestion.withdraw', suggestionId: accepted }],
    ] as const;
    for (const [as, command] of attempts) {
      const res = await sendCommand(t, as, pid, command);
      expect(res.statusCode, `${command.type} ${res.body}`).toBe(409);
      expect(res.json<ErrorBody>().error).toBe('suggestion_not_pending');
    }
    expect(await readPlan(t, participant, pid)).toEqual(before);
    expect(before.suggestions.find((s) => s.id === declined)).toMatchObject({
      status: 'declined',
      decisionNote: 'Not for me',
    });
    // Accepting once made exactly one goal.
    expect(before.goals.filter((g) => g.fromSuggestionId === accepted)).toHaveLength(1);
  });

  it('a suggestion about an item outside this plan is refused as not found', async () => {
    const elsewhere = await invitePerson(t, specialist, 'participant', { name: 'Eli Elsewhere' });
    const [foreignGoal = ''] = (
      await run(t, elsewhere, elsewhere.me.id, { type: 'goal.create', title: 'Not yours', lifeArea: 'home' })
    ).ids;
    const before = await readPlan(t, participant, pid);
    const res = await sendCommand(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'step', goalId: foreignGoal, text: 'Sneaky step' },
    });
    expect(res.statusCode, res.body).toBe(404);
    expect(await readPlan(t, participant, pid)).toEqual(before);
    expect((await readPlan(t, elsewhere, elsewhere.me.id)).suggestions).toEqual([]);
  });
});
