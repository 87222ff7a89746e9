import { html } from 'lit';
import { t } from '../../i18n/i18n.js';
import '../../ui/al-field.js';
import type { FormState } from '../../ui/form-state.js';

/**
 * The fields the account forms share — signing in, setting up, accepting an invitation, one's own
 * account, the organisation — each with its label, autofill hint and error, written once.
 */
export const accountFields = {
  email: (form: FormState) =>
    html`<al-field
      name="email"
      type="email"
      inputmode="email"
      autocomplete="username"
      label=${t('field.email.label')}
      required
      .error=${form.error('email')}
    ></al-field>`,

  /** Under `password` unless told otherwise (changing one's password has both kinds in one form). */
  currentPassword: (form: FormState, options: { name?: string; label?: string } = {}) => {
    const name = options.name ?? 'password';
    return html`<al-field
      name=${name}
      type="password"
      autocomplete="current-password"
      label=${options.label ?? t('field.password.label')}
      required
      .error=${form.error(name)}
    ></al-field>`;
  },

  newPassword: (form: FormState, options: { name?: string; label?: string } = {}) => {
    const name = options.name ?? 'password';
    return html`<al-field
      name=${name}
      type="password"
      autocomplete="new-password"
      label=${options.label ?? t('field.password.newLabel')}
      hint=${t('field.password.hint')}
      maxlength="128"
      required
      .error=${form.error(name)}
    ></al-field>`;
  },

  /** A person's name, under `name` (the account's own field name unless told otherwise). */
  personName: (form: FormState, options: { name?: string; value?: string; hint?: string } = {}) => {
    const name = options.name ?? 'name';
    return html`<al-field
      name=${name}
      label=${t('field.name.label')}
      hint=${options.hint ?? ''}
      autocomplete="name"
      required
      .value=${options.value ?? ''}
      .error=${form.error(name)}
    ></al-field>`;
  },

  organisationName: (form: FormState, options: { name?: string; value?: string } = {}) => {
    const name = options.name ?? 'organisationName';
    return html`<al-field
      name=${name}
      label=${t('field.organisationName.label')}
      autocomplete="organization"
      required
      .value=${options.value ?? ''}
      .error=${form.error(name)}
    ></al-field>`;
  },
};
