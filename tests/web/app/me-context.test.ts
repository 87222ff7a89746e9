import type { Me } from '@alongside/shared';
import { ContextProvider } from '@lit/context';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meContext } from '../../../web/src/data/contexts.js';
import '../../../web/src/pages/home/page-home-admin.js';
import { mount, settle } from '../dom.js';
import { me } from '../fixtures.js';

/** A page reads the signed-in person from the app root's context, and follows a change of them. */
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the signed-in person by context', () => {
  it('reaches a page below the provider, and a rename reaches it without opening it again', async () => {
    vi.stubGlobal('fetch', () => new Promise(() => {})); // the page's own list never answers here
    const root = document.createElement('div');
    const provider = new ContextProvider(root, { context: meContext, initialValue: me('admin') as Me | null });
    await mount(root);
    const page = document.createElement('page-home-admin');
    root.append(page);
    await settle(page);
    expect(page.shadowRoot?.querySelector('h1')?.textContent).toBe('Welcome, Sam Specialist');

    provider.setValue(me('admin', { name: 'Ada Admin' }));
    await settle(page);
    expect(page.shadowRoot?.querySelector('h1')?.textContent).toBe('Welcome, Ada Admin');
  });
});
