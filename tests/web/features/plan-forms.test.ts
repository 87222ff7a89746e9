import type { Referral } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import '../../../web/src/features/plan/al-referral-actions.js';
import { planParts } from '../plan-host.js';
import '../../../web/src/features/plan/choice-forms.js';
import { button, find, press } from '../dom.js';
import { goal, id, choice as makeChoice, option, plan } from '../fixtures.js';

/** The person's own forms on their plan page: what each sends, and what the page is told. */
const parts = planParts();
const place = <T extends HTMLElement>(element: T) => parts.place(element, plan({ seq: 1 }));

const at = '2026-12-01T10:00:00.000Z';
const choice = makeChoice('Which group might suit me?', [
  option('Tuesday walking group'),
  option('A mutual-help meeting', {
    pathway: 'mutual-help',
    raisedBy: 'specialist',
    voice: 'specialist',
    notesVoice: 'specialist',
  }),
]);

describe('deciding a choice', () => {
  it('asks for an option first, in the page’s alert, and sends nothing', async () => {
    const form = await place(Object.assign(document.createElement('al-choice-decide'), { choice }));
    await press(button(form, 'Save my decision'));
    expect(parts.host.alert).toBe('Choose one of the options first.');
    expect(parts.socket.commands()).toEqual([]);
  });

  it('sends the option the person chose', async () => {
    const form = await place(Object.assign(document.createElement('al-choice-decide'), { choice }));
    const second = choice.options[1];
    find<HTMLInputElement>(form, `#opt-${second?.id}`).checked = true;
    await press(button(form, 'Save my decision'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([
      { type: 'choice.decide', choiceId: choice.id, optionId: second?.id },
    ]);
  });
});

describe('a referral on the person’s plan', () => {
  it('is moved on by the person, naming the resource in what the page says', async () => {
    const g = goal();
    const referral: Referral = {
      id: id(),
      resourceId: id(),
      resourceName: 'Riverside Library',
      goalId: null,
      status: 'chosen',
      followUpOn: null,
      fromSuggestionId: null,
      createdAt: at,
      updatedAt: at,
    };
    const actions = await place(Object.assign(document.createElement('al-referral-actions'), { referral, goals: [g] }));
    const labels = [...actions.querySelectorAll(':scope > .actions al-button')].map(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim().split(' — ')[0],
    );
    expect(labels).toEqual(['I contacted them', 'I’m connected', 'Didn’t connect', 'Remove']);
    await press(button(actions, 'I contacted them'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([
      { type: 'referral.update', referralId: referral.id, status: 'contacted' },
    ]);
    await parts.commit([{ kind: 'referral', value: { ...referral, status: 'contacted' } }]);
    expect(parts.host.status).toBe('“Riverside Library” was updated.');
  });
});
