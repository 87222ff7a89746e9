import { type InvitationPreview, type InvitationUnusableReason, zAcceptInvitation } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { navigate } from '../../app/navigation.js';
import { session } from '../../app/session.js';
import { isApiError } from '../../data/api-error.js';
import { invitationsApi } from '../../data/invitations-client.js';
import { Resource } from '../../data/resource.js';
import { accountFields } from '../../features/account/account-fields.js';
import { formatDate, type MessageKey, t } from '../../i18n/i18n.js';
import { errorText } from '../../ui/error-text.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';

type UsableInvitation = Extract<InvitationPreview, { usable: true }>;

/** Why a link cannot be used, in the same words as the refusal of accepting it. */
const unusableWords = {
  unknown: 'error.invitationUnknown',
  used: 'error.invitationUsed',
  revoked: 'error.invitationRevoked',
  expired: 'error.invitationExpired',
} as const satisfies Record<InvitationUnusableReason, MessageKey>;

/**
 * Accepting an invitation (`/invite#<token>`): first a preview of who is inviting whom to what,
 * then name and password. The account is created and signed in in one step.
 */
@customElement('page-invite')
export class PageInvite extends PageElement {
  @state() private showSignInLink = false;
  private readonly form = new FormState(this, () => ({
    name: t('field.name.invalid'),
    password: t('field.password.invalid'),
  }));
  private readonly token = location.hash.slice(1);
  private readonly preview = new Resource(this, (signal) =>
    this.token ? invitationsApi.preview(this.token, signal) : Promise.resolve(null),
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
      return html`<div role="alert">
        <al-notice tone="error">
          <p>${errorText(error)}</p>
          <al-button @click=${() => void this.preview.reload()}>${t('common.tryAgain')}</al-button>
        </al-notice>
      </div>`;
    }
    const preview = this.preview.value;
    if (!preview) return html`<p class="muted" role="status">${t('common.loading')}</p>`;
    if (!preview.usable) return this.renderUnusable(t(unusableWords[preview.reason]), preview.reason === 'used');
    return this.renderForm(preview);
  }

  private renderUnusable(message: string, signIn = false) {
    return html`<al-notice tone="warm">
      <p>${message}</p>
      ${signIn ? html`<p><a class="link-target" href="/sign-in">${t('invite.goToSignIn')}</a></p>` : nothing}
    </al-notice>`;
  }

  private renderForm(preview: UsableInvitation) {
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
        ${accountFields.personName(this.form, { hint: t('invite.nameHint') })} ${accountFields.newPassword(this.form)}
        ${this.form.renderEnd(
          { submit: t('invite.accept'), busy: t('invite.accepting') },
          this.showSignInLink
            ? html`<p><a class="link-target" href="/sign-in">${t('invite.goToSignIn')}</a></p>`
            : nothing,
        )}
      </form>
    `;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.currentTarget as HTMLFormElement);
    const input = { token: this.token, name: values.name ?? '', password: values.password ?? '' };
    this.showSignInLink = false;
    await this.form.submit(
      zAcceptInvitation,
      input,
      async (data) => {
        const me = await invitationsApi.accept(data);
        await session.signedIn(me, { newAccount: true });
        navigate('/', { replace: true });
      },
      {
        refused: (error) => {
          this.showSignInLink = isApiError(error) && (error.code === 'email_taken' || error.code === 'invitation_used');
          return false;
        },
      },
    );
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
