import type { WellnessItem } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import '../../../web/src/features/wellness/al-wellness-add.js';
import '../../../web/src/features/wellness/al-wellness-item.js';
import '../../../web/src/features/wellness/al-wellness-plan.js';
import { button, find, press, settle, type } from '../dom.js';
import { id, plan, suggestion } from '../fixtures.js';
import { planParts } from '../plan-host.js';

/** The wellness plan's parts: what each sends through the live plan, and what the person is shown. */
const parts = planParts();
const at = '2026-12-01T10:00:00.000Z';

function item(text: string, overrides: Partial<WellnessItem> = {}): WellnessItem {
  return {
    id: id(),
    section: 'crisis-helps',
    text,
    response: null,
    supportId: null,
    resourceId: null,
    position: 0,
    voice: 'participant',
    responseVoice: 'participant',
    fromSuggestionId: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

async function placeItem(i: WellnessItem, siblings: string[], all: WellnessItem[] = [i]) {
  const element = Object.assign(document.createElement('al-wellness-item'), { item: i, siblings, own: true });
  const snapshot = plan({ seq: 1, wellnessItems: all });
  element.plan = snapshot;
  return parts.place(element, snapshot);
}

/** The person opens "Quiet music" for editing, writes `text` and saves. */
async function editTo(text: string) {
  const i = item('Quiet music');
  const element = await placeItem(i, [i.id]);
  await press(button(element, 'Edit'));
  await type(find(element, 'al-field'), text);
  await press(button(element, 'Save'));
  return { i, element };
}

describe('an item of the person’s wellness plan', () => {
  it('moves down by sending the section’s new order', async () => {
    const first = item('Quiet music');
    const second = item('A walk by the river', { position: 1 });
    const element = await placeItem(first, [first.id, second.id], [first, second]);
    expect(() => button(element, 'Move up')).toThrow();
    await press(button(element, 'Move down'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([
      { type: 'wellness.reorder', section: 'crisis-helps', itemIds: [second.id, first.id] },
    ]);
  });

  it('is removed only after the person says yes in the confirmation', async () => {
    const i = item('Quiet music');
    const element = await placeItem(i, [i.id]);
    await press(button(element, 'Remove'));
    expect(parts.socket.commands()).toEqual([]);
    const confirm = find(element, 'al-confirm');
    expect(confirm.shadowRoot?.textContent).toContain('“Quiet music” will be removed from your wellness plan.');
    await press(button(confirm.shadowRoot as ShadowRoot, 'Remove'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([{ type: 'wellness.delete', itemId: i.id }]);
  });

  it('shows the item as it is now after a stale edit, and saves again against that version', async () => {
    const { i, element } = await editTo('Quiet music in the dark');
    const [edit] = parts.socket.commands();
    expect(edit?.command).toEqual({
      type: 'wellness.edit',
      itemId: i.id,
      version: 1,
      text: 'Quiet music in the dark',
      supportId: null,
      resourceId: null,
    });
    parts.socket.receive({
      type: 'nack',
      clientOpId: edit?.clientOpId ?? '',
      status: 409,
      error: {
        code: 'stale_version',
        message: 'Changed meanwhile.',
        current: { ...i, text: 'Loud music', version: 2 },
      },
    });
    await settle(
      parts.host,
      element,
      ...element.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*'),
    );
    expect(find(element, '[role="alert"]').textContent).toContain('Loud music');
    await press(button(element, 'Save'));
    expect(parts.socket.commands().at(-1)?.command).toMatchObject({ type: 'wellness.edit', version: 2 });
  });

  it('refuses empty words under the field and sends nothing', async () => {
    const { element } = await editTo('   ');
    expect(find<HTMLElement & { error: string }>(element, 'al-field').error).toBe(
      'Write between 1 and 280 characters.',
    );
    expect(parts.socket.commands()).toEqual([]);
  });
});

describe('adding to a section', () => {
  it('the specialist suggests an item, never adds one', async () => {
    const add = Object.assign(document.createElement('al-wellness-add'), {
      section: 'triggers' as const,
      mode: 'partner' as const,
      participantName: 'Pat Participant',
    });
    const snapshot = plan({ seq: 1 });
    add.plan = snapshot;
    await parts.place(add, snapshot);
    await type(find(add, 'al-field'), 'Payday weekends');
    await type(find(add, 'al-textarea[name="response"]'), 'Plan Saturday with my sister');
    await press(button(add, 'Suggest'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([
      {
        type: 'suggestion.create',
        proposal: {
          kind: 'wellness-item',
          section: 'triggers',
          text: 'Payday weekends',
          response: 'Plan Saturday with my sister',
        },
      },
    ]);
  });
});

describe('the person’s wellness plan', () => {
  it('shows a pending suggestion in its own section, and accepting it sends the answer', async () => {
    const s = suggestion({ kind: 'wellness-item', section: 'crisis-helps', text: 'Quiet music and a walk' });
    const snapshot = plan({ seq: 1, suggestions: [s] });
    const element = Object.assign(document.createElement('al-wellness-plan'), { own: true, plan: snapshot });
    await parts.place(element, snapshot);
    const helps = find(element, 'section[aria-labelledby="wp-crisis-helps"]');
    expect(helps.textContent).toContain('Quiet music and a walk');
    expect(find(element, 'section[aria-labelledby="wp-well"]').textContent).not.toContain('Quiet music');
    await press(button(helps, 'Accept'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([{ type: 'suggestion.accept', suggestionId: s.id }]);
  });
});
