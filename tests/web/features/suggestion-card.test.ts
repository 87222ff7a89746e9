import type { Suggestion } from '@alongside/shared';
import { afterEach, describe, expect, it } from 'vitest';
import '../../../web/src/features/plan/al-suggestion-card.js';
import type { AlSuggestionCard, SuggestionDecision } from '../../../web/src/features/plan/al-suggestion-card.js';
import { button, find, mount, press, record, type } from '../dom.js';
import { goal, plan, suggestion } from '../fixtures.js';

/** One suggestion waiting for the person: the answers it offers and what it says was chosen. */
const g = goal();
const goalSuggestion = suggestion(
  { kind: 'goal', title: 'Join the walking group', lifeArea: 'community' },
  { rationale: 'You said you miss being outside.' },
);

async function card(s: Suggestion, editing = false): Promise<AlSuggestionCard> {
  const element = document.createElement('al-suggestion-card');
  element.suggestion = s;
  element.plan = plan({ goals: [g], suggestions: [s] });
  element.editing = editing;
  return mount(element);
}

afterEach(() => document.body.replaceChildren());

describe('a suggestion card', () => {
  it('shows what is suggested, by whom and why, and names its words for the buttons', async () => {
    const c = await card(goalSuggestion);
    expect(c.textContent).toContain('Join the walking group');
    expect(c.textContent).toContain('Sam Specialist');
    expect(c.textContent).toContain('You said you miss being outside.');
    expect(find(c, `#s-${goalSuggestion.id}`).textContent).toBe('Join the walking group');
    expect(button(c, 'Accept').textContent).toContain('Join the walking group');
  });

  it('says the person accepted it, or declined it, naming the suggestion', async () => {
    const c = await card(goalSuggestion);
    const accepted = record<CustomEvent<SuggestionDecision>>(c, 'al-suggestion-accept');
    const declined = record<CustomEvent<SuggestionDecision>>(c, 'al-suggestion-decline');
    await press(button(c, 'Accept'));
    await press(button(c, 'Decline'));
    expect(accepted.map((e) => e.detail)).toEqual([{ suggestion: goalSuggestion }]);
    expect(declined.map((e) => e.detail)).toEqual([{ suggestion: goalSuggestion }]);
  });

  it('asks to put it in the person’s own words, and accepts their words, not the suggestion’s', async () => {
    const c = await card(goalSuggestion);
    const editing = record<CustomEvent<{ editing: boolean }>>(c, 'al-suggestion-editing');
    await press(button(c, 'Change the words'));
    expect(editing.map((e) => e.detail.editing)).toEqual([true]);

    c.editing = true; // the list lets one suggestion be edited at a time
    await c.updateComplete;
    const accepted = record<CustomEvent<SuggestionDecision>>(c, 'al-suggestion-accept');
    await type(find(c, 'al-field'), 'Walk with the group on Tuesdays');
    await press(button(c, 'Accept my version'));
    expect(accepted.map((e) => e.detail.edits)).toEqual([{ title: 'Walk with the group on Tuesdays' }]);

    await press(button(c, 'Cancel'));
    expect(editing.map((e) => e.detail.editing)).toEqual([true, false]);
  });

  it('answers empty own words under the field and accepts nothing', async () => {
    const c = await card(goalSuggestion, true);
    const accepted = record(c, 'al-suggestion-accept');
    await type(find(c, 'al-field'), '   ');
    await press(button(c, 'Accept my version'));
    expect(accepted).toEqual([]);
    expect(find<HTMLElement & { error: string }>(c, 'al-field').error).toBe(
      'Write it in your own words, or cancel and accept it as it is.',
    );
  });

  it('offers no rewording of a community resource, only accepting or declining it', async () => {
    const referral = suggestion(
      { kind: 'referral', resourceId: '40000000-0000-4000-8000-000000000001' },
      { resourceName: 'Riverside Library' },
    );
    const c = await card(referral);
    const labels = [...c.querySelectorAll('al-button')].map((b) => b.textContent?.trim().split(' —')[0]);
    expect(labels).toEqual(['Accept', 'Decline']);
  });

  it('offers every text the suggestion carried, and sends only the ones the person changed', async () => {
    const withWhy = suggestion({
      kind: 'goal',
      title: 'Join the walking group',
      why: 'Company helps on weekends',
      lifeArea: 'community',
    });
    const c = await card(withWhy, true);
    expect(find<HTMLElement & { value: string }>(c, 'al-textarea[name="why"]').value).toBe('Company helps on weekends');
    const accepted = record<CustomEvent<SuggestionDecision>>(c, 'al-suggestion-accept');
    await type(find(c, 'al-field'), 'Walk on Sundays');
    await press(button(c, 'Accept my version'));
    // "Why it matters" was left as suggested: not sent, so it stays in the specialist's words.
    expect(accepted.map((e) => e.detail.edits)).toEqual([{ title: 'Walk on Sundays' }]);
  });

  it('a support: its name and how to reach it; an option: its label and notes', async () => {
    const support = suggestion({
      kind: 'support',
      label: 'Sunday walkers',
      supportKind: 'peer',
      howToReach: 'Park gate',
    });
    const s = await card(support, true);
    expect([...s.querySelectorAll('al-field, al-textarea')].map((f) => f.getAttribute('name'))).toEqual([
      'label',
      'howToReach',
    ]);
    const accepted = record<CustomEvent<SuggestionDecision>>(s, 'al-suggestion-accept');
    await type(find(s, 'al-textarea'), 'Text Jo first');
    await press(button(s, 'Accept my version'));
    expect(accepted.map((e) => e.detail.edits)).toEqual([{ howToReach: 'Text Jo first' }]);
    document.body.replaceChildren();

    const option = suggestion({
      kind: 'option',
      choiceId: '40000000-0000-4000-8000-000000000002',
      label: 'See a doctor',
      pathway: 'medication',
    });
    const o = await card(option, true);
    expect([...o.querySelectorAll('al-field, al-textarea')].map((f) => f.getAttribute('name'))).toEqual([
      'label',
      'notes',
    ]);
  });
});
