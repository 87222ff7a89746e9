import type { Resource } from '@alongside/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../web/src/features/resources/al-resource-form.js';
import type { ResourceSaved } from '../../../web/src/features/resources/al-resource-form.js';
import { button, choose, find, mount, press, record, settle, type } from '../dom.js';
import { id } from '../fixtures.js';

/**
 * The directory's add/edit form: it checks what was typed with the shared schema before sending,
 * says when an entry is saved, and stays busy while the page shows the list again.
 */
const saved: Resource = {
  id: id(),
  name: 'Riverside Library',
  category: 'housing',
  description: '',
  languages: [],
  addressLine: null,
  city: null,
  region: null,
  postalCode: null,
  hours: null,
  phone: null,
  email: null,
  website: null,
  pathways: [],
  cost: 'free',
  lastVerifiedOn: null,
  stale: true,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

type Field = HTMLElement & { error: string; value: string };

describe('the resource form', () => {
  it('names each field in error and sends nothing', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const form = await mount(document.createElement('al-resource-form'));
    await press(button(form, 'Add resource'));
    expect(find<Field>(form, 'al-field[name="name"]').error).toBe('Enter a name (up to 200 characters).');
    expect(find<Field>(form, 'al-select[name="category"]').error).not.toBe('');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('saves a new entry, says so, and stays busy until the page has shown the list again', async () => {
    const fetch = vi.fn(async () =>
      Response.json(saved, { status: 201, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const form = await mount(document.createElement('al-resource-form'));
    let listShown: () => void = () => {};
    const events = record<CustomEvent<ResourceSaved>>(form, 'al-resource-saved');
    form.addEventListener('al-resource-saved', (e) => e.detail.waitUntil(new Promise<void>((r) => (listShown = r))));

    await type(find(form, 'al-field[name="name"]'), 'Riverside Library');
    await choose(find(form, 'al-select[name="category"]'), 'housing');
    await press(button(form, 'Add resource'));

    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(`${init.method} ${url.pathname}`).toBe('POST /api/resources');
    expect(JSON.parse(String(init.body))).toMatchObject({
      name: 'Riverside Library',
      category: 'housing',
    });
    expect(events.map((e) => ({ resource: e.detail.resource, updated: e.detail.updated }))).toEqual([
      { resource: saved, updated: false },
    ]);
    expect(button(form, 'Add resource').hasAttribute('busy')).toBe(true);
    listShown();
    await settle(form, ...form.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*'));
    expect(button(form, 'Add resource').hasAttribute('busy')).toBe(false);
    expect(find<Field>(form, 'al-field[name="name"]').value).toBe('');
  });
});
