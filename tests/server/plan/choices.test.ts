import type { Choice, ErrorBody } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlan, run, runForId, sendCommand } from '../../helpers/plan-api.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * A choice is the person's decision among many pathways. Deciding again or revisiting keeps the
 * earlier decisions in the choice's history; disagreement with the specialist can be recorded.
 */
let t: TestApp;
let participant: SignedInPerson;
let pid: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ participant } = await createCast(t));
  pid = participant.me.id;
});
afterAll(async () => {
  await t.close();
});

async function newChoice(): Promise<{ choiceId: string; a: string; b: string }> {
  const choiceId = await runForId(t, participant, pid, {
    type: 'choice.create',
    question: 'What do I do on Friday nights?',
    options: [
      { label: 'Mutual-help meeting', pathway: 'mutual-help', notes: 'St. Mark’s, 7pm' },
      { label: 'Harm-reduction plan', pathway: 'harm-reduction' },
    ],
  });
  const options = (await choice(choiceId)).options;
  return { choiceId, a: options[0]?.id ?? '', b: options[1]?.id ?? '' };
}

async function choice(id: string): Promise<Choice> {
  const found = (await readPlan(t, participant, pid)).choices.find((c) => c.id === id);
  if (!found) throw new Error(`choice ${id} missing`);
  return found;
}

describe('choices', () => {
  it('options keep their order, pathway, notes and who raised them', async () => {
    const { choiceId } = await newChoice();
    await run(t, participant, pid, { type: 'choice.add-option', choiceId, label: 'Stay in', pathway: 'other' });
    expect((await choice(choiceId)).options).toMatchObject([
      { label: 'Mutual-help meeting', pathway: 'mutual-help', notes: 'St. Mark’s, 7pm', raisedBy: 'participant' },
      { label: 'Harm-reduction plan', pathway: 'harm-reduction', notes: null, raisedBy: 'participant' },
      { label: 'Stay in', pathway: 'other', notes: null, raisedBy: 'participant' },
    ]);
  });

  it('decide, revisit, decide again: each earlier decision is kept with its reasons and date', async () => {
    const { choiceId, a, b } = await newChoice();
    await run(t, participant, pid, {
      type: 'choice.decide',
      choiceId,
      optionId: a,
      reasons: 'I know people there',
      decidedOn: '2024-02-01',
    });
    expect(await choice(choiceId)).toMatchObject({
      chosenOptionId: a,
      reasons: 'I know people there',
      decidedOn: '2024-02-01',
      pastDecisions: [],
    });

    await run(t, participant, pid, { type: 'choice.revisit', choiceId });
    const revisited = await choice(choiceId);
    expect(revisited).toMatchObject({ chosenOptionId: null, reasons: null, decidedOn: null });
    expect(revisited.pastDecisions).toMatchObject([
      { optionLabel: 'Mutual-help meeting', reasons: 'I know people there', decidedOn: '2024-02-01' },
    ]);

    await run(t, participant, pid, { type: 'choice.decide', choiceId, optionId: b, decidedOn: '2024-03-01' });
    // Changing one's mind directly, without revisiting first, also keeps the earlier decision.
    await run(t, participant, pid, {
      type: 'choice.decide',
      choiceId,
      optionId: a,
      reasons: 'Back to what worked',
      decidedOn: '2024-04-01',
    });
    const decided = await choice(choiceId);
    expect(decided).toMatchObject({ chosenOptionId: a, reasons: 'Back to what worked', decidedOn: '2024-04-01' });
    expect(decided.pastDecisions).toMatchObject([
      { optionLabel: 'Mutual-help meeting', decidedOn: '2024-02-01' },
      { optionLabel: 'Harm-reduction plan', reasons: null, decidedOn: '2024-03-01' },
    ]);

    // A past decision outlives the option it named.
    await run(t, participant, pid, { type: 'choice.remove-option', choiceId, optionId: b });
    const after = await choice(choiceId);
    expect(after.options.map((o) => o.id)).toEqual([a]);
    expect(after.pastDecisions.map((d) => d.optionLabel)).toEqual(['Mutual-help meeting', 'Harm-reduction plan']);
  });

  it('an undecided choice cannot be revisited, and the chosen option cannot be removed', async () => {
    const { choiceId, a } = await newChoice();
    const undecided = await sendCommand(t, participant, pid, { type: 'choice.revisit', choiceId });
    expect(undecided.statusCode, undecided.body).toBe(409);
    expect(undecided.json<ErrorBody>().error).toBe('choice_not_decided');
    await run(t, participant, pid, { type: 'choice.decide', choiceId, optionId: a });
    const before = await choice(choiceId);
    const removing = await sendCommand(t, participant, pid, { type: 'choice.remove-option', choiceId, optionId: a });
    expect(removing.statusCode, removing.body).toBe(409);
    expect(removing.json<ErrorBody>().error).toBe('option_chosen');
    expect(await choice(choiceId)).toEqual(before);
  });

  it('an option of another choice cannot be chosen', async () => {
    const first = await newChoice();
    const second = await newChoice();
    const res = await sendCommand(t, participant, pid, {
      type: 'choice.decide',
      choiceId: first.choiceId,
      optionId: second.a,
    });
    expect(res.statusCode, res.body).toBe(404);
    expect((await choice(first.choiceId)).chosenOptionId).toBeNull();
  });

  it('disagreement with the specialist is recorded with a note, and withdrawing it clears the note', async () => {
    const { choiceId } = await newChoice();
    await run(t, participant, pid, {
      type: 'choice.record-disagreement',
      choiceId,
      disagrees: true,
      note: 'My specialist prefers meetings; I want to try my own way',
    });
    expect(await choice(choiceId)).toMatchObject({
      disagreesWithSpecialist: true,
      disagreementNote: 'My specialist prefers meetings; I want to try my own way',
    });
    await run(t, participant, pid, { type: 'choice.record-disagreement', choiceId, disagrees: false });
    expect(await choice(choiceId)).toMatchObject({ disagreesWithSpecialist: false, disagreementNote: null });
  });
});
