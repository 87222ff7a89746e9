import type { CreatedInvitation, Invitation } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { invitationsApi } from '../../data/invitations-client.js';
import { Resource } from '../../data/resource.js';
import { tac } from '../../i18n/account-i18n.js';
import { formatDate, type MessageKey, t } from '../../i18n/i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { renderResource } from '../../ui/async-state.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';
import './al-link-box.js';

const statusKeys: Record<Invitation['status'], MessageKey> = {
  pending: 'invitation.status.pending',
  accepted: 'invitation.status.accepted',
  expired: 'invitation.status.expired',
  revoked: 'invitation.status.revoked',
};
const statusBadge: Record<Invitation['status'], string> = {
  pending: 'badge',
  accepted: 'badge badge-good',
  expired: 'badge badge-quiet',
  revoked: 'badge badge-quiet',
};

/**
 * The invitations this person may see (an admin: the organisation's; a specialist: their own),
 * newest first, with "withdraw" and "issue a fresh link" on those still waiting (the fresh link
 * is shown under the invitation; the old one stops working).
 *
 * @property showInviter - (attribute `show-inviter`) admins see who sent each invitation
 * @method reload - reads the list again (after inviting someone)
 */
@customElement('al-invitation-list')
export class AlInvitationList extends AlElement {
  /** Admins see who sent each invitation. */
  @property({ type: Boolean, attribute: 'show-inviter' }) showInviter = false;

  @state() private withdrawing: string | undefined;
  @state() private refreshing: string | undefined;
  /** The fresh link last issued, shown under its invitation. */
  @state() private fresh: CreatedInvitation | undefined;
  @state() private feedback = '';
  @state() private failure = '';

  private readonly invitations = new Resource(this, async (signal) => {
    const { invitations } = await invitationsApi.list(signal);
    return [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  });

  reload(): Promise<void> {
    return this.invitations.reload();
  }

  override render() {
    return html`
      <div role="status" class="visually-hidden">${this.feedback}</div>
      <div role="alert">
        ${this.failure ? html`<al-notice tone="error"><p>${this.failure}</p></al-notice>` : nothing}
      </div>
      ${renderResource(this.invitations, (list) =>
        list.length === 0
          ? html`<p class="muted">${t('invitations.empty')}</p>`
          : html`<ul class="item-list">
              ${list.map((i) => this.renderInvitation(i))}
            </ul>`,
      )}
    `;
  }

  private renderInvitation(i: Invitation) {
    const meta =
      i.status === 'pending'
        ? t('invitations.pendingMeta', { role: t(`role.${i.role}`), date: formatDate(i.expiresAt) })
        : t('invitations.meta', { role: t(`role.${i.role}`), date: formatDate(i.createdAt) });
    return html`<li class="item">
      <div class="item-main">
        <p class="item-title">${i.email}</p>
        <p class="item-meta">${meta}</p>
        ${this.showInviter ? html`<p class="item-meta">${t('invitations.invitedBy', { name: i.invitedBy.name })}</p>` : nothing}
      </div>
      <div class="actions">
        <span class=${statusBadge[i.status]}>${t(statusKeys[i.status])}</span>
        ${
          i.status === 'pending'
            ? html`<al-button variant="secondary" ?busy=${this.withdrawing === i.id} @click=${() => this.withdraw(i)}>
                ${t('invitations.withdraw')}<span class="visually-hidden"> ${t('invitations.forEmail', { email: i.email })}</span>
              </al-button>
              <al-button variant="secondary" ?busy=${this.refreshing === i.id} @click=${() => this.reissue(i)}>
                ${t('invitations.freshLink')}<span class="visually-hidden"> ${tac('resetLink.actionFor', { name: i.email })}</span>
              </al-button>`
            : nothing
        }
      </div>
      ${
        this.fresh?.invitation.id === i.id
          ? html`<al-link-box
              class="fresh"
              .link=${this.fresh.link}
              label=${t('invitations.freshLinkLabel', { email: i.email })}
              hint=${t('invitations.freshLinkReady', { email: i.email })}
            ></al-link-box>`
          : nothing
      }
    </li>`;
  }

  private async reissue(invitation: Invitation): Promise<void> {
    this.refreshing = invitation.id;
    this.failure = '';
    try {
      this.fresh = await invitationsApi.reissue(invitation.id);
      this.feedback = t('invitations.freshLinkReady', { email: invitation.email });
      await this.invitations.reload();
    } catch (error) {
      this.failure = errorText(error);
    } finally {
      this.refreshing = undefined;
    }
  }

  private async withdraw(invitation: Invitation): Promise<void> {
    this.withdrawing = invitation.id;
    this.failure = '';
    try {
      await invitationsApi.withdraw(invitation.id);
      this.feedback = t('invitations.withdrawn', { email: invitation.email });
      await this.invitations.reload();
    } catch (error) {
      this.failure = errorText(error);
    } finally {
      this.withdrawing = undefined;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .actions {
        justify-content: flex-end;
      }
      .item {
        flex-wrap: wrap;
      }
      .fresh {
        flex-basis: 100%;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-invitation-list': AlInvitationList;
  }
}
