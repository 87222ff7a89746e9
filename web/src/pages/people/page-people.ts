import type { UserSummary } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { api } from '../../data/client.js';
import { Resource } from '../../data/resource.js';
import type { AlInvitationList } from '../../features/people/al-invitation-list.js';
import { t } from '../../i18n/i18n.js';
import type { AlConfirm } from '../../ui/al-confirm.js';
import { renderResource } from '../../ui/async-state.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-confirm.js';
import '../../features/people/al-invitation-list.js';
import '../../features/people/al-invite-form.js';
import '../../features/people/al-reset-link.js';
import '../../ui/al-notice.js';

const roleOrder = { admin: 0, supervisor: 1, specialist: 2, participant: 3 } as const;

/** Admin: invite someone, follow invitations, and see everyone's account with its role and status. */
@customElement('page-people')
export class PagePeople extends PageElement {
  @state() private changing: string | undefined;
  /** The account whose turning-off is being confirmed (the dialog is open for it). */
  @state() private confirming: UserSummary | undefined;
  @query('al-confirm') private confirmDialog: AlConfirm | undefined;
  @state() private feedback = '';
  @state() private failure = '';
  @query('al-invitation-list') private invitationList: AlInvitationList | undefined;

  private readonly users = new Resource(this, async (signal) => {
    const { users } = await api.users.list(signal);
    return [...users].sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name));
  });

  override render() {
    const specialists = (this.users.value ?? []).filter((u) => u.role === 'specialist' && !u.disabled);
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${t('people.title')}</h1>
        <p class="lead">${t('people.lead')}</p>
      </div>
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">${t('people.inviteTitle')}</h2>
        <div class="card">
          <al-invite-form mode="admin" .specialists=${specialists} @al-invited=${this.onInvited}></al-invite-form>
        </div>
      </section>
      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">${t('people.invitationsTitle')}</h2>
        <al-invitation-list show-inviter></al-invitation-list>
      </section>
      <section aria-labelledby="accounts-title">
        <h2 id="accounts-title">${t('people.accountsTitle')}</h2>
        <div role="status" class="visually-hidden">${this.feedback}</div>
        <div role="alert">
          ${this.failure ? html`<al-notice tone="error"><p>${this.failure}</p></al-notice>` : nothing}
        </div>
        ${renderResource(
          this.users,
          (users) => html`<ul class="item-list">
            ${users.map((u) => this.renderUser(u))}
          </ul>`,
        )}
        <al-confirm
          heading=${this.confirming ? t('people.confirmDisableHeading', { name: this.confirming.name }) : ''}
          body=${t('people.confirmDisable')}
          confirmLabel=${t('people.confirmDisableYes')}
          cancelLabel=${t('people.confirmDisableNo')}
          ?busy=${this.changing !== undefined}
          @al-confirm=${this.confirmDisable}
        ></al-confirm>
      </section>
    `;
  }

  private renderUser(user: UserSummary) {
    const isMe = user.id === this.me?.id;
    return html`<li class="item">
      <div class="item-main">
        <p class="item-title">${user.name}${isMe ? html` <span class="muted">${t('people.you')}</span>` : nothing}</p>
        <p class="item-meta">${user.email}</p>
      </div>
      <div class="actions">
        <span class="badge">${t(`role.${user.role}`)}</span>
        <span class=${user.disabled ? 'badge badge-alert' : 'badge badge-good'}>
          ${user.disabled ? t('people.status.disabled') : t('people.status.active')}
        </span>
        ${
          isMe
            ? nothing
            : html`<al-button
                variant=${user.disabled ? 'secondary' : 'danger'}
                ?busy=${this.changing === user.id}
                @click=${() => (user.disabled ? this.setDisabled(user, false) : this.askToDisable(user))}
              >
                ${user.disabled ? t('people.enable') : t('people.disable')}<span class="visually-hidden">
                  ${t('people.accountOf', { name: user.name })}</span
                >
              </al-button>`
        }
        ${isMe || user.disabled ? nothing : html`<al-reset-link .userId=${user.id} .name=${user.name}></al-reset-link>`}
      </div>
    </li>`;
  }

  /** Turning an account off signs the person out everywhere at once: asked before it is done. */
  private async askToDisable(user: UserSummary): Promise<void> {
    this.confirming = user;
    await this.updateComplete;
    await this.confirmDialog?.open();
  }

  private async confirmDisable(): Promise<void> {
    if (!this.confirming) return;
    await this.setDisabled(this.confirming, true);
    this.confirmDialog?.close();
  }

  private async setDisabled(user: UserSummary, disabled: boolean): Promise<void> {
    this.changing = user.id;
    this.failure = '';
    try {
      const updated = await api.users.setDisabled(user.id, disabled);
      this.users.set((this.users.value ?? []).map((u) => (u.id === updated.id ? updated : u)));
      this.feedback = disabled
        ? t('people.disabledFeedback', { name: user.name })
        : t('people.enabledFeedback', { name: user.name });
    } catch (error) {
      this.failure = errorText(error);
    } finally {
      this.changing = undefined;
    }
  }

  private onInvited(): void {
    void this.invitationList?.reload();
  }

  static override styles = [
    sharedStyles,
    css`
      .item .actions {
        justify-content: flex-end;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-people': PagePeople;
  }
}
