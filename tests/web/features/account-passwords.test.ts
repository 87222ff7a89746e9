import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../web/src/features/account/al-change-password.js';
import '../../../web/src/features/account/al-forgot-password.js';
import '../../../web/src/features/people/al-reset-link.js';
import { button, find, mount, press, record, settle, type } from '../dom.js';
import { id } from '../fixtures.js';

/**
 * Changing one's password (the account page) and making a reset link (person and people pages):
 * what the person sees when the server says yes, and when it says no.
 */
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

type Field = HTMLElement & { error: string; value: string };
const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'content-type': 'application/json' } });
const shadowOf = (host: HTMLElement) => {
  if (!host.shadowRoot) throw new Error(`<${host.localName}> has no shadow root`);
  return host.shadowRoot;
};
async function settleAll(host: HTMLElement & { updateComplete: Promise<unknown> }) {
  await settle(host, ...shadowOf(host).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*'));
}

describe('changing my password', () => {
  it('a wrong current password shows under that field, and nothing else happens', async () => {
    vi.stubGlobal('fetch', async () =>
      json({ error: 'wrong_password', message: 'x', requestId: 'r', field: 'currentPassword' }, 400),
    );
    const form = await mount(document.createElement('al-change-password'));
    const root = shadowOf(form);
    const changed = record(form, 'al-password-changed');
    await type(find(root, 'al-field[name="currentPassword"]'), 'not it');
    await type(find(root, 'al-field[name="newPassword"]'), 'a long new phrase');
    await press(button(root, 'Change password'));
    await settleAll(form);
    expect(find<Field>(root, 'al-field[name="currentPassword"]').error).toBe('That is not your current password.');
    expect(changed).toHaveLength(0);
  });

  it('a new password that is too short is refused before anything is sent', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const form = await mount(document.createElement('al-change-password'));
    const root = shadowOf(form);
    await type(find(root, 'al-field[name="currentPassword"]'), 'my current one');
    await type(find(root, 'al-field[name="newPassword"]'), 'short');
    await press(button(root, 'Change password'));
    await settleAll(form);
    expect(find<Field>(root, 'al-field[name="newPassword"]').error).toBe(
      'Use 8 to 128 characters. A short phrase works well.',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('once changed, it says so, empties the fields and tells the page', async () => {
    const fetch = vi.fn(async () => json({ ok: true }));
    vi.stubGlobal('fetch', fetch);
    const form = await mount(document.createElement('al-change-password'));
    const root = shadowOf(form);
    const changed = record(form, 'al-password-changed');
    await type(find(root, 'al-field[name="currentPassword"]'), 'my current one');
    await type(find(root, 'al-field[name="newPassword"]'), 'a long new phrase');
    await press(button(root, 'Change password'));
    await settleAll(form);
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(`${init.method} ${url.pathname}`).toBe('POST /api/passwords/change');
    expect(JSON.parse(String(init.body))).toEqual({
      currentPassword: 'my current one',
      newPassword: 'a long new phrase',
    });
    expect(changed).toHaveLength(1);
    expect(root.textContent).toContain('Your password is changed. Other devices are signed out.');
    expect(find<Field>(root, 'al-field[name="newPassword"]').value).toBe('');
  });
});

describe('the reset-link action', () => {
  it('shows the link to pass on, with its expiry', async () => {
    const link = 'http://localhost:3000/reset#abcdefghijklmnopqrstuvwxyz';
    vi.stubGlobal('fetch', async () => json({ link, expiresAt: '2026-12-05T10:00:00.000Z' }, 201));
    const action = document.createElement('al-reset-link');
    action.userId = id();
    action.name = 'Pat';
    await mount(action);
    const root = shadowOf(action);
    expect(root.querySelector('al-link-box')).toBeNull();
    await press(button(root, 'Reset link'));
    await settleAll(action);
    const box = find<HTMLElement & { link: string; label: string; hint: string }>(root, 'al-link-box');
    expect(box.link).toBe(link);
    expect(box.label).toBe('Reset link for Pat');
    expect(box.hint).toMatch(/^Pass this link on privately\. It works once, until .*2026/);
  });

  it('a refusal shows as an alert and no link', async () => {
    vi.stubGlobal('fetch', async () => json({ error: 'not_found', message: 'Not found.', requestId: 'r' }, 404));
    const action = document.createElement('al-reset-link');
    action.userId = id();
    action.name = 'Pat';
    await mount(action);
    const root = shadowOf(action);
    await press(button(root, 'Reset link'));
    await settleAll(action);
    expect(find(root, '[role="alert"]').textContent?.trim()).not.toBe('');
    expect(root.querySelector('al-link-box')).toBeNull();
  });
});

describe('forgot your password', () => {
  it('sends the address and answers the same whether or not it has an account', async () => {
    const fetch = vi.fn(async () => json({ ok: true }, 202));
    vi.stubGlobal('fetch', fetch);
    const form = await mount(document.createElement('al-forgot-password'));
    const root = shadowOf(form);
    await type(find(root, 'al-field[name="email"]'), 'Pat@Example.org');
    await press(button(root, 'Send me a link'));
    await settleAll(form);
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(`${init.method} ${url.pathname}`).toBe('POST /api/passwords/resets/request');
    expect(JSON.parse(String(init.body))).toEqual({ email: 'pat@example.org' });
    expect(find(root, '[role="status"]').textContent).toContain(
      'If pat@example.org has an account here, a link is on its way.',
    );
  });
});
