import { afterEach, describe, expect, it } from 'vitest';
import '../../../web/src/ui/al-button.js';
import '../../../web/src/ui/al-field.js';
import '../../../web/src/ui/al-select.js';
import '../../../web/src/ui/al-textarea.js';
import { readForm } from '../../../web/src/ui/form-helpers.js';
import { button, choose, find, mount, press, type } from '../dom.js';

afterEach(() => document.body.replaceChildren());

describe('form controls', () => {
  it('send what was typed and chosen in their form, under their names', async () => {
    const form = document.createElement('form');
    form.innerHTML = `<al-field name="title" label="Goal"></al-field>
      <al-textarea name="why" label="Why"></al-textarea>
      <al-select name="lifeArea" label="Life area"></al-select>
      <al-button type="submit">Add</al-button>`;
    find<HTMLElement & { options: unknown }>(form, 'al-select').options = [
      { value: 'health', label: 'Health' },
      { value: 'home', label: 'Home' },
    ];
    await mount(form);
    let sent: Record<string, string> | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      sent = readForm(form);
    });
    await type(find(form, 'al-field'), 'Walk on Saturdays');
    await type(find(form, 'al-textarea'), 'Fresh air');
    await choose(find(form, 'al-select'), 'home');
    await press(button(form, 'Add'));
    expect(sent).toEqual({ title: 'Walk on Saturdays', why: 'Fresh air', lifeArea: 'home' });
  });

  it('tie the label, hint and error to the control, and mark it invalid only with an error', async () => {
    const field = document.createElement('al-field');
    field.label = 'Email';
    field.hint = 'We never share it';
    await mount(field);
    const input = find<HTMLInputElement>(field.shadowRoot as ShadowRoot, 'input');
    expect(find(field.shadowRoot as ShadowRoot, 'label').getAttribute('for')).toBe(input.id);
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.getAttribute('aria-describedby')).toBe('hint');
    field.error = 'Write an email address';
    await field.updateComplete;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('hint error');
    expect(find(field.shadowRoot as ShadowRoot, '#error').textContent).toBe('Write an email address');
  });
});
