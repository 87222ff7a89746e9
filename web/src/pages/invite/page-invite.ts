import { type InvitationPreview, zAcceptInvitation } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { navigate } from '../../app/navigation.js';
import { session } from '../../app/session.js';
import { isApiError } from '../../data/api-error.js';
import { api } from '../../data/client.js';
import { Resource } from '../../data/resource.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { errorText } from '../../ui/error-text.js';
import { explainError, type FieldErrors, focusFirstError, readForm, validate } from '../../ui/form-helpers.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';

/**
 * Accepting an invitation (`/invite#<token>`): first a preview of who is inviting whom to what,
 * then name and password. The account is created and signed in in one step.
 */
@customElement('page-invite')
export class PageInvite extends PageElement {
  @state() private errors: FieldErrors = {};
  @state() private formError = '';
  @state() private showSignInLink = false;
  @state() private busy = false;
  private readonly token = location.hash.slice(1);
  private readonly preview = new Resource(this, (signal) =>
    this.token ? api.invitations.preview(this.token, signal) : Promise.resolve(null),
  );

  override render() {
    return html`<div class="narrow">
      <div class="page-header">
        <h1 tabindex="-1">${t('invite.pageTitle')}</h1>
      </div>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody() {
    if (!this.token) return this.renderUnusable(t('invite.noToken'));
    if (this.preview.status === 'error') {
      const error = this.preview.error;
      if (isApiError(error) && (error.status === 404 || error.status === 410)) {
        return this.renderUnusable(errorText(error), error.code === 'invitation_used');
      }
      return html`<div role="alert">
        <al-notice tone="error">
          <p>${errorText(error)}</p>
          <al-button @click=${() => void this.preview.reload()}>${t('common.tryAgain')}</al-button>
        </al-notice>
      </div>`;
    }
    const preview = this.preview.value;
    if (!preview) return html`<p class="muted" role="status">${t('common.loading')}</p>`;
    return this.renderForm(preview);
  }

  private renderUnusable(message: string, signIn = false) {
    return html`<al-notice tone="warm">
      <p>${message}</p>
      ${signIn ? html`<p><a class="link-target" href="/sign-in">${t('invite.goToSignIn')}</a></p>` : nothing}
    </al-notice>`;
  }

  private renderForm(preview: InvitationPreview) {
    return html`
      <div class="card card-soft welcome">
        <p class="lead">
          ${t('invite.intro', {
            inviter: preview.invitedByName,
            organisation: preview.organisationName,
            role: t(`role.${preview.role}.withArticle`),
          })}
        </p>
        <p>${t('invite.expires', { date: formatDate(preview.expiresAt) })}</p>
      </div>
      <form class="card form-grid" novalidate @submit=${this.submit}>
        <h2>${t('invite.formTitle')}</h2>
        <al-field
          name="email"
          type="email"
          autocomplete="username"
          label=${t('invite.emailLabel')}
          hint=${t('invite.emailFixed')}
          readonly
          .value=${preview.email}
        ></al-field>
        <al-field
          name="name"
          label=${t('field.name.label')}
          hint=${t('invite.nameHint')}
          autocomplete="name"
          required
          .error=${this.errors.name ?? ''}
        ></al-field>
        <al-field
          name="password"
          type="password"
          autocomplete="new-password"
          label=${t('field.password.newLabel')}
          hint=${t('field.password.hint')}
          maxlength="128"
          required
          .error=${this.errors.password ?? ''}
        ></al-field>
        <div role="alert">
          ${
            this.formError
              ? html`<al-notice tone="error">
                  <p>${this.formError}</p>
                  ${
                    this.showSignInLink
                      ? html`<p><a class="link-target" href="/sign-in">${t('invite.goToSignIn')}</a></p>`
                      : nothing
                  }
                </al-notice>`
              : nothing
          }
        </div>
        <div class="actions">
          <al-button type="submit" variant="primary" ?busy=${this.busy}>
            ${this.busy ? t('invite.accepting') : t('invite.accept')}
          </al-button>
        </div>
      </form>
    `;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const messages = { name: t('field.name.invalid'), password: t('field.password.invalid') };
    const values = readForm(event.currentTarget as HTMLFormElement);
    const checked = validate(
      zAcceptInvitation,
      { token: this.token, name: values.name ?? '', password: values.password ?? '' },
      messages,
    );
    if (!checked.ok) {
      this.errors = checked.errors;
      this.formError = t('form.checkFields');
      await focusFirstError(this.renderRoot, checked.errors);
      return;
    }
    this.busy = true;
    this.errors = {};
    this.formError = '';
    this.showSignInLink = false;
    try {
      const me = await api.invitations.accept(checked.data);
      await session.signedIn(me, { newAccount: true });
      navigate('/', { replace: true });
    } catch (error) {
      const explained = explainError(error, messages);
      this.errors = explained.fieldErrors;
      this.formError = explained.formError;
      this.showSignInLink = isApiError(error) && (error.code === 'email_taken' || error.code === 'invitation_used');
      await focusFirstError(this.renderRoot, explained.fieldErrors);
    } finally {
      this.busy = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .welcome {
        margin-bottom: var(--space-5);
      }
      form h2 {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-invite': PageInvite;
  }
}
