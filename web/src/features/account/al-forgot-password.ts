import { zRequestPasswordReset } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../../data/client.js';
import { t } from '../../i18n/i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { accountFields } from './account-fields.js';
import '../../ui/al-notice.js';

/**
 * "Forgot your password?" (shown only when the server can send mail): asks for the sign-in email
 * and says the same whatever the answer, as the server does, so it tells no one who has an account.
 */
@customElement('al-forgot-password')
export class AlForgotPassword extends AlElement {
  @state() private sentTo = '';
  private readonly form = new FormState(this, () => ({ email: t('field.email.invalid') }));

  override render() {
    return html`<details>
      <summary>${t('forgot.toggle')}</summary>
      <form class="card form-grid" novalidate @submit=${this.submit}>
        <h2>${t('forgot.title')}</h2>
        <p>${t('forgot.text')}</p>
        ${accountFields.email(this.form)}
        <div role="status">
          ${this.sentTo ? html`<al-notice tone="success"><p>${t('forgot.sent', { email: this.sentTo })}</p></al-notice>` : nothing}
        </div>
        ${this.form.renderEnd({ submit: t('forgot.submit'), busy: t('forgot.submitting') })}
      </form>
    </details>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.sentTo = '';
    const values = readForm(event.currentTarget as HTMLFormElement);
    await this.form.submit(zRequestPasswordReset, { email: values.email ?? '' }, async (data) => {
      await api.passwords.requestReset(data.email);
      this.sentTo = data.email;
    });
  }

  static override styles = [
    sharedStyles,
    css`
      summary {
        cursor: pointer;
        color: var(--c-link);
        text-decoration: underline;
        min-height: var(--target);
        display: flex;
        align-items: center;
        width: fit-content;
      }
      form {
        margin-top: var(--space-3);
      }
      h2,
      p {
        margin: 0;
      }
      h2 {
        font-size: 1.15rem;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-forgot-password': AlForgotPassword;
  }
}
