import { afterEach, describe, expect, it } from 'vitest';
import '../../../web/src/ui/al-field.js';
import '../../../web/src/ui/al-textarea.js';
import { find, mount, type } from '../dom.js';

afterEach(() => document.body.replaceChildren());

const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;

describe('a text field with a limit', () => {
  it('shows "count / limit", tied to the control', async () => {
    const field = document.createElement('al-textarea');
    field.label = 'Why';
    field.maxlength = 200;
    await mount(field);
    await type(field, 'Fresh air');
    const box = find<HTMLTextAreaElement>(root(field), 'textarea');
    expect(find(root(field), '#counter').textContent?.replace(/\s+/g, ' ').trim()).toBe('9 / 200 9 of 200 characters');
    expect(box.getAttribute('aria-describedby')).toBe('counter');
    // No native limit: the browser would cut a paste short without a word.
    expect(box.hasAttribute('maxlength')).toBe(false);
  });

  it('says politely when the end is near, once, and not at every key', async () => {
    const field = document.createElement('al-field');
    field.label = 'Step';
    field.maxlength = 100;
    await mount(field);
    const status = () => find(root(field), '[role="status"]').textContent?.trim();
    await type(field, 'x'.repeat(50));
    expect(status()).toBe('');
    await type(field, 'x'.repeat(85));
    expect(status()).toBe('15 characters left');
    await type(field, 'x'.repeat(86));
    expect(status()).toBe('15 characters left');
  });

  it('keeps everything typed past the limit and says it is too long, marking the field invalid', async () => {
    const field = document.createElement('al-field');
    field.label = 'Step';
    field.maxlength = 10;
    await mount(field);
    await type(field, 'Walk to the park');
    const input = find<HTMLInputElement>(root(field), 'input');
    expect(field.value).toBe('Walk to the park');
    expect(input.value).toBe('Walk to the park');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(find(root(field), '#counter').textContent).toContain('Too long by 6 characters: the most is 10.');
    expect(find(root(field), '[role="status"]').textContent?.trim()).toBe('Too long by 6 characters: the most is 10.');
  });

  it('does not show the length of a password', async () => {
    const field = document.createElement('al-field');
    field.type = 'password';
    field.label = 'Password';
    field.maxlength = 128;
    await mount(field);
    expect(root(field).querySelector('#counter')).toBeNull();
  });
});
