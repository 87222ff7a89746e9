import { afterEach, describe, expect, it } from 'vitest';
import '../../../web/src/ui/al-field.js';
import '../../../web/src/ui/al-textarea.js';
import { find, mount, type } from '../dom.js';

afterEach(() => document.body.replaceChildren());

const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;

/** A labelled field of `tag` with a limit of `max` characters, on the page. */
async function limited<T extends 'al-field' | 'al-textarea'>(tag: T, max: number) {
  const field = document.createElement(tag);
  field.label = 'Words';
  field.maxlength = max;
  return mount(field);
}

describe('a text field with a limit', () => {
  it('shows "count / limit", tied to the control', async () => {
    const field = await limited('al-textarea', 200);
    await type(field, 'Fresh air');
    const box = find<HTMLTextAreaElement>(root(field), 'textarea');
    expect(find(root(field), '#counter').textContent?.replace(/\s+/g, ' ').trim()).toBe('9 / 200 9 of 200 characters');
    expect(box.getAttribute('aria-describedby')).toBe('counter');
    // No native limit: the browser would cut a paste short without a word.
    expect(box.hasAttribute('maxlength')).toBe(false);
  });

  it('says politely when the end is near, once, and not at every key', async () => {
    const field = await limited('al-field', 100);
    const status = () => find(root(field), '[role="status"]').textContent?.trim();
    await type(field, 'x'.repeat(50));
    expect(status()).toBe('');
    await type(field, 'x'.repeat(85));
    expect(status()).toBe('15 characters left');
    await type(field, 'x'.repeat(86));
    expect(status()).toBe('15 characters left');
  });

  it('keeps everything typed past the limit and says it is too long, marking the field invalid', async () => {
    const field = await limited('al-field', 10);
    await type(field, 'Walk to the park');
    const input = find<HTMLInputElement>(root(field), 'input');
    expect(field.value).toBe('Walk to the park');
    expect(input.value).toBe('Walk to the park');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(find(root(field), '#counter').textContent).toContain('Too long by 6 characters: the most is 10.');
    expect(find(root(field), '[role="status"]').textContent?.trim()).toBe('Too long by 6 characters: the most is 10.');
  });

  it('does not show the length of a password', async () => {
    const field = await limited('al-field', 128);
    field.type = 'password';
    await field.updateComplete;
    expect(root(field).querySelector('#counter')).toBeNull();
  });
});
