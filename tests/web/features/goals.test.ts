import type { Goal } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import '../../../web/src/features/plan/al-goal-form.js';
import { planParts } from '../plan-host.js';
import '../../../web/src/features/plan/al-goal-list.js';
import type { AlGoalList } from '../../../web/src/features/plan/al-goal-list.js';
import { button, choose, find, press, settle, type } from '../dom.js';
import { goal, participantId, plan } from '../fixtures.js';

/**
 * The goal list and the goal form, as the plan page and the person page use them: what each
 * person is offered, and the command each action sends over the live plan.
 */
const first = goal({ title: 'Walk to the library', position: 0 });
const second = goal({ title: 'Join the reading club', position: 1 });
const health = goal({ title: 'Sleep before midnight', lifeArea: 'health', position: 2 });

const parts = planParts();
const withPart = parts.place;
const commit = parts.commit;

async function list(mode: 'owner' | 'partner'): Promise<AlGoalList> {
  const element = document.createElement('al-goal-list');
  element.mode = mode;
  element.plan = plan({ seq: 1, goals: [first, second, health] });
  return withPart(element, element.plan);
}

const cardOf = (root: ParentNode, g: Goal) => find(root, `al-goal-card[data-goal="${g.id}"]`).shadowRoot as ShadowRoot;

describe('the goal list', () => {
  it('shows the person’s goals under their life areas, and moves one within its area', async () => {
    const l = await list('owner');
    const areas = [...l.querySelectorAll('section.area')].map((s) => [
      s.querySelector('h3')?.textContent,
      [...s.querySelectorAll('al-goal-card')].map((c) => (c as HTMLElement & { goal: Goal }).goal.title),
    ]);
    expect(areas).toEqual([
      ['Health', ['Sleep before midnight']],
      ['Home', []],
      ['Purpose', []],
      ['Community', ['Walk to the library', 'Join the reading club']],
    ]);
    // One goal alone in its area has nowhere to move.
    await expect(async () => button(cardOf(l, health), 'Move')).rejects.toThrow();

    await press(button(cardOf(l, first), 'Move down'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([
      { type: 'goal.reorder', goalIds: [second.id, first.id, health.id] },
    ]);
    await commit([
      { kind: 'goal', value: { ...second, position: 0 } },
      { kind: 'goal', value: { ...first, position: 1 } },
    ]);
    expect(parts.host.status).toBe('Goal moved.');
  });

  it('offers the person’s specialist no way to move, tick or edit a goal', async () => {
    const l = await list('partner');
    expect(l.querySelector('.area-hint')).toBeNull();
    const labels = [...cardOf(l, first).querySelectorAll('al-button')].map(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim().split(' — ')[0],
    );
    expect(labels).toEqual(['Suggest a step', 'Suggest a rewording']);
    expect(cardOf(l, first).querySelector('input[type="checkbox"], al-select')).toBeNull();
  });
});

describe('a goal card', () => {
  it('shows the goal as it is now when it changed during an edit, and saves over it only when asked again', async () => {
    const l = await list('owner');
    const card = cardOf(l, first);
    await press(button(card, 'Edit'));
    // The others here see what the person is working on.
    expect(parts.socket.sent.at(-1)).toEqual({
      type: 'presence',
      participantId,
      focus: { kind: 'goal', id: first.id },
    });
    await type(find(card, 'al-goal-panel al-field'), 'Walk to the library every Saturday');
    await press(button(card, 'Save changes'));
    const [edit] = parts.socket.commands();
    expect(edit?.command).toEqual({
      type: 'goal.edit',
      goalId: first.id,
      version: 1,
      title: 'Walk to the library every Saturday',
      why: null,
    });
    const current = { ...first, why: 'Reading helps me rest.', version: 2 };
    parts.socket.receive({
      type: 'nack',
      clientOpId: edit?.clientOpId ?? '',
      status: 409,
      error: { code: 'stale_version', message: 'Changed meanwhile.', current },
    });
    await settle(parts.host, ...card.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*'));
    expect(card.textContent).toContain('Someone changed this goal while you were editing');
    expect(card.textContent).toContain('Reading helps me rest.');

    await press(button(card, 'Save changes'));
    expect(parts.socket.commands().at(-1)?.command).toMatchObject({ type: 'goal.edit', version: 2 });

    await press(button(card, 'Cancel'));
    expect(card.querySelector('al-goal-panel form')).toBeNull();
    expect(parts.socket.sent.at(-1)).toEqual({ type: 'presence', participantId, focus: null });
  });
});

describe('the goal form', () => {
  async function form(mode: 'owner' | 'partner') {
    const element = document.createElement('al-goal-form');
    element.mode = mode;
    element.participantName = 'Pat Participant';
    return withPart(element, plan({ seq: 1 }));
  }

  it('adds the person’s own goal in the life area they chose', async () => {
    const f = await form('owner');
    await type(find(f, 'al-field'), 'Cook a meal on Sundays');
    await choose(find(f, 'al-select'), 'home');
    await press(button(f, 'Add goal'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([
      { type: 'goal.create', title: 'Cook a meal on Sundays', lifeArea: 'home' },
    ]);
    await commit([{ kind: 'goal', value: goal({ title: 'Cook a meal on Sundays', lifeArea: 'home' }) }]);
    expect(parts.host.status).toBe('Goal added: Cook a meal on Sundays.');
    expect(find<HTMLElement & { value: string }>(f, 'al-field').value).toBe('');
  });

  it('sends a specialist’s goal as a suggestion for the person to decide, with their reason', async () => {
    const f = await form('partner');
    await type(find(f, 'al-field'), 'Join the walking group');
    await type(find(f, 'al-textarea[name="rationale"]'), 'You said you miss being outside.');
    await press(button(f, 'Suggest this goal'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([
      {
        type: 'suggestion.create',
        proposal: { kind: 'goal', title: 'Join the walking group', lifeArea: 'health' },
        rationale: 'You said you miss being outside.',
      },
    ]);
    await commit([]);
    expect(parts.host.status).toBe('Suggestion sent. Pat Participant decides.');
  });

  it('answers an empty goal under its field and sends nothing', async () => {
    const f = await form('owner');
    await press(button(f, 'Add goal'));
    expect(find<HTMLElement & { error: string }>(f, 'al-field').error).toBe('Write the goal in 1 to 280 characters.');
    expect(parts.socket.commands()).toEqual([]);
  });
});
