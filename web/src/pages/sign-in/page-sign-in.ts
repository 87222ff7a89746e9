import { zSignInRequest } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { type SignedOutReason, session } from '../../app/session.js';
import { api } from '../../data/client.js';
import { accountFields } from '../../features/account/account-fields.js';
import { t } from '../../i18n/i18n.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../features/account/al-forgot-password.js';

/** Email and password. Once signed in, the router sends the person home (or where they were going). */
@customElement('page-sign-in')
export class PageSignIn extends PageElement {
  private readonly form = new FormState(this, () => ({
    email: t('field.email.invalid'),
    password: t('field.password.required'),
  }));
  private readonly reason: SignedOutReason | undefined = session.takeSignedOutReason();

  override render() {
    return html`<div class="narrow">
      <div class="page-header">
        <h1 tabindex="-1">${t('signIn.title')}</h1>
        <p class="lead">${t('signIn.lead')}</p>
      </div>
      ${this.renderReason()}
      <form class="card form-grid" novalidate @submit=${this.submit}>
        ${accountFields.email(this.form)} ${accountFields.currentPassword(this.form)}
        ${this.form.renderEnd({ submit: t('signIn.submit'), busy: t('signIn.submitting') })}
      </form>
      ${session.mailConfigured ? html`<al-forgot-password class="after"></al-forgot-password>` : nothing}
      <p class="muted after">${t('signIn.noAccount')}</p>
    </div>`;
  }

  private renderReason() {
    if (this.reason === 'signed-out') {
      return html`<al-notice tone="success" class="reason"><p>${t('signIn.signedOut')}</p></al-notice>`;
    }
    if (this.reason === 'expired') {
      return html`<al-notice class="reason"><p>${t('signIn.expired')}</p></al-notice>`;
    }
    return nothing;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.form.submit(zSignInRequest, readForm(event.currentTarget as HTMLFormElement), async (data) => {
      const me = await api.auth.signIn(data);
      // The router sees the new session and moves on from this page.
      await session.signedIn(me, { newAccount: false });
    });
  }

  static override styles = [
    sharedStyles,
    css`
      .reason {
        margin-bottom: var(--space-4);
      }
      .after {
        display: block;
        margin-top: var(--space-5);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-sign-in': PageSignIn;
  }
}
