import { type PasswordResetPreview, zCompletePasswordReset } from '@alongside/shared';
import { css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { session } from '../../app/session.js';
import { passwordsApi } from '../../data/passwords-client.js';
import { Resource } from '../../data/resource.js';
import { accountFields } from '../../features/account/account-fields.js';
import { tac } from '../../i18n/account-i18n.js';
import { formatDateTime, t } from '../../i18n/i18n.js';
import { errorText } from '../../ui/error-text.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';

/** Why a link cannot be used, in words (the page answers an old link with a message, never a crash). */
const unusableText: Record<Extract<PasswordResetPreview, { usable: false }>['reason'], () => string> = {
  unknown: () => tac('reset.noToken'),
  used: () => t('error.resetUsed'),
  revoked: () => t('error.resetRevoked'),
  expired: () => t('error.resetExpired'),
  disabled: () => t('error.accountDisabled'),
};

/**
 * Using a reset link (`/reset#<token>`, the token in the fragment so it never reaches a log):
 * which account it is for, then the new password. Afterwards every sign-in of the account has
 * ended, this browser's too, so the page points to sign-in.
 */
@customElement('page-reset')
export class PageReset extends PageElement {
  @state() private done = false;
  @query('.done h2') private doneHeading: HTMLElement | undefined;
  private readonly form = new FormState(this, () => ({ password: t('field.password.invalid') }));
  private readonly token = location.hash.slice(1);
  private readonly preview = new Resource(this, (signal) =>
    this.token ? passwordsApi.previewReset(this.token, signal) : Promise.resolve(null),
  );

  override render() {
    return html`<div class="narrow">
      <div class="page-header">
        <h1 tabindex="-1">${tac('reset.pageTitle')}</h1>
      </div>
      ${this.done ? this.renderDone() : this.renderBody()}
    </div>`;
  }

  private renderBody() {
    if (!this.token) return this.renderUnusable(tac('reset.noToken'));
    if (this.preview.status === 'error') {
      return html`<div role="alert">
        <al-notice tone="error">
          <p>${errorText(this.preview.error)}</p>
          <al-button @click=${() => void this.preview.reload()}>${t('common.tryAgain')}</al-button>
        </al-notice>
      </div>`;
    }
    const preview = this.preview.value;
    if (!preview) return html`<p class="muted" role="status">${t('common.loading')}</p>`;
    if (!preview.usable) return this.renderUnusable(unusableText[preview.reason]());
    return this.renderForm(preview);
  }

  private renderUnusable(message: string) {
    return html`<al-notice tone="warm">
      <p>${message}</p>
      <p><a class="link-target" href="/sign-in">${t('invite.goToSignIn')}</a></p>
    </al-notice>`;
  }

  private renderForm(preview: Extract<PasswordResetPreview, { usable: true }>) {
    return html`<form class="card form-grid" novalidate @submit=${this.submit}>
      <p>${tac('reset.forEmail', { email: preview.email })}</p>
      <p class="muted">${tac('reset.expires', { date: formatDateTime(preview.expiresAt) })}</p>
      <input type="email" name="username" autocomplete="username" .value=${preview.email} hidden />
      ${accountFields.newPassword(this.form)}
      ${this.form.renderEnd({ submit: tac('reset.submit'), busy: tac('reset.submitting') })}
    </form>`;
  }

  private renderDone() {
    return html`<div class="card done" role="status">
      <h2 tabindex="-1">${tac('reset.doneTitle')}</h2>
      <p>${tac('reset.doneText')}</p>
      <p><a class="link-target" href="/sign-in">${t('invite.goToSignIn')}</a></p>
    </div>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.currentTarget as HTMLFormElement);
    await this.form.submit(
      zCompletePasswordReset,
      { token: this.token, password: values.password ?? '' },
      async (data) => {
        await passwordsApi.completeReset(data);
        // Every sign-in of the account ended, this browser's included if it was theirs.
        const preview = this.preview.value;
        if (preview?.usable && session.me?.email === preview.email) session.signedOut('signed-out');
        this.done = true;
        await this.updateComplete;
        this.doneHeading?.focus();
      },
    );
  }

  static override styles = [
    sharedStyles,
    css`
      form p,
      .done h2,
      .done p {
        margin: 0;
      }
      .done {
        display: grid;
        gap: var(--space-3);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-reset': PageReset;
  }
}
