import type { Organisation } from '@alongside/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../web/src/features/wellness/al-crisis-lines-editor.js';
import { button, find, mount, press, record, type } from '../dom.js';
import { id } from '../fixtures.js';

/** The admin's crisis lines: 988 until the organisation sets its own; checked with the shared schema before sending. */
const organisation: Organisation = {
  id: id(),
  name: 'Riverside Recovery Community',
  settings: { smallCellThreshold: 11, defaultLanguage: 'en' },
  createdAt: '2026-12-01T10:00:00.000Z',
};
type Field = HTMLElement & { error: string; value: string };

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function editor() {
  const element = await mount(Object.assign(document.createElement('al-crisis-lines-editor'), { organisation }));
  return { element, root: element.shadowRoot as ShadowRoot };
}

describe('the crisis lines editor', () => {
  it('starts from 988 when the organisation has set none, and says so', async () => {
    const { root } = await editor();
    expect(root.textContent).toContain('Your organisation has not set its own lines yet');
    expect(find<Field>(root, 'al-field[name="settings.crisisLines.0.name"]').value).toBe(
      '988 Suicide & Crisis Lifeline',
    );
    expect(find<Field>(root, 'al-field[name="settings.crisisLines.0.chat"]').value).toBe(
      'https://988lifeline.org/chat',
    );
  });

  it('names a chat address that is not https under its field, and sends nothing', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { root } = await editor();
    await type(find(root, 'al-field[name="settings.crisisLines.0.chat"]'), 'http://988lifeline.org/chat');
    await press(button(root, 'Save crisis lines'));
    expect(find<Field>(root, 'al-field[name="settings.crisisLines.0.chat"]').error).toBe(
      'Give a web address that starts with https://.',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('adds a line and saves the lines as typed', async () => {
    const updated = { ...organisation, settings: { ...organisation.settings, crisisLines: [] } };
    const fetch = vi.fn(async () => Response.json(updated, { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const { element, root } = await editor();
    const saved = record<CustomEvent<Organisation>>(element, 'al-organisation-saved');
    await press(button(root, 'Add a line'));
    await type(find(root, 'al-field[name="settings.crisisLines.1.name"]'), 'Riverside warmline');
    await type(find(root, 'al-field[name="settings.crisisLines.1.call"]'), '1-555-0100');
    await press(button(root, 'Save crisis lines'));
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(`${init.method} ${url.pathname}`).toBe('PATCH /api/organisation');
    expect(JSON.parse(String(init.body))).toEqual({
      settings: {
        crisisLines: [
          { name: '988 Suicide & Crisis Lifeline', call: '988', text: '988', chat: 'https://988lifeline.org/chat' },
          { name: 'Riverside warmline', call: '1-555-0100' },
        ],
      },
    });
    expect(saved).toHaveLength(1);
  });
});
