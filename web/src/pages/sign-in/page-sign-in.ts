import { zSignInRequest } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { type SignedOutReason, session } from '../../app/session.js';
import { api } from '../../data/client.js';
import { t } from '../../i18n/i18n.js';
import { explainError, type FieldErrors, focusFirstError, readForm, validate } from '../../ui/form-helpers.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';

/** Email and password. Once signed in, the router sends the person home (or where they were going). */
@customElement('page-sign-in')
export class PageSignIn extends PageElement {
  @state() private errors: FieldErrors = {};
  @state() private formError = '';
  @state() private busy = false;
  private readonly reason: SignedOutReason | undefined = session.takeSignedOutReason();

  override render() {
    return html`<div class="narrow">
      <div class="page-header">
        <h1 tabindex="-1">${t('signIn.title')}</h1>
        <p class="lead">${t('signIn.lead')}</p>
      </div>
      ${this.renderReason()}
      <form class="card form-grid" novalidate @submit=${this.submit}>
        <al-field
          name="email"
          type="email"
          inputmode="email"
          autocomplete="username"
          label=${t('field.email.label')}
          required
          .error=${this.errors.email ?? ''}
        ></al-field>
        <al-field
          name="password"
          type="password"
          autocomplete="current-password"
          label=${t('field.password.label')}
          required
          .error=${this.errors.password ?? ''}
        ></al-field>
        <div role="alert">
          ${this.formError ? html`<al-notice tone="error"><p>${this.formError}</p></al-notice>` : nothing}
        </div>
        <div class="actions">
          <al-button type="submit" variant="primary" ?busy=${this.busy}>
            ${this.busy ? t('signIn.submitting') : t('signIn.submit')}
          </al-button>
        </div>
      </form>
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
    if (this.busy) return;
    const messages = { email: t('field.email.invalid'), password: t('field.password.required') };
    const checked = validate(zSignInRequest, readForm(event.currentTarget as HTMLFormElement), messages);
    if (!checked.ok) {
      this.errors = checked.errors;
      this.formError = t('form.checkFields');
      await focusFirstError(this.renderRoot, checked.errors);
      return;
    }
    this.busy = true;
    this.errors = {};
    this.formError = '';
    try {
      const me = await api.auth.signIn(checked.data);
      // The router sees the new session and moves on from this page.
      await session.signedIn(me, { newAccount: false });
    } catch (error) {
      const explained = explainError(error, messages);
      this.errors = explained.fieldErrors;
      this.formError = explained.formError;
      await focusFirstError(this.renderRoot, explained.fieldErrors);
    } finally {
      this.busy = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .reason {
        margin-bottom: var(--space-4);
      }
      .after {
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
