import type { UserSummary } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { usersApi } from '../../data/people-client.js';
import { Resource } from '../../data/resource.js';
import type { AlInvitationList } from '../../features/people/al-invitation-list.js';
import { tad } from '../../i18n/admin-i18n.js';
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
import '../../features/second-factor/al-second-factor-reset.js';
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
    const { users } = await usersApi.list(signal);
    return [...users].sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name));
  });

  override render() {
    const specialists = (this.users.value ?? []).filter((u) => u.role === 'specialist' && !u.disabled);
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${tad('people.title')}</h1>
        <p class="lead">${tad('people.lead')}</p>
      </div>
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">${tad('people.inviteTitle')}</h2>
        <div class="card">
          <al-invite-form mode="admin" .specialists=${specialists} @al-invited=${this.onInvited}></al-invite-form>
        </div>
      </section>
      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">${tad('people.invitationsTitle')}</h2>
        <al-invitation-list show-inviter></al-invitation-list>
      </section>
      <section aria-labelledby="accounts-title">
        <h2 id="accounts-title">${tad('people.accountsTitle')}</h2>
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
          heading=${this.confirming ? tad('people.confirmDisableHeading', { name: this.confirming.name }) : ''}
          body=${tad('people.confirmDisable')}
          confirmLabel=${tad('people.confirmDisableYes')}
          cancelLabel=${tad('people.confirmDisableNo')}
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
        <p class="item-title">${user.name}${isMe ? html` <span class="muted">${tad('people.you')}</span>` : nothing}</p>
        <p class="item-meta">${user.email}</p>
      </div>
      <div class="actions">
        <span class="badge">${t(`role.${user.role}`)}</span>
        <span class=${user.disabled ? 'badge badge-alert' : 'badge badge-good'}>
          ${user.disabled ? tad('people.status.disabled') : tad('people.status.active')}
        </span>
        ${
          isMe
            ? nothing
            : html`<al-button
                variant=${user.disabled ? 'secondary' : 'danger'}
                ?busy=${this.changing === user.id}
                @click=${() => (user.disabled ? this.setDisabled(user, false) : this.askToDisable(user))}
              >
                ${user.disabled ? tad('people.enable') : tad('people.disable')}<span class="visually-hidden">
                  ${tad('people.accountOf', { name: user.name })}</span
                >
              </al-button>`
        }
        ${isMe || user.disabled ? nothing : html`<al-reset-link .userId=${user.id} .name=${user.name}></al-reset-link>`}
        ${isMe ? nothing : html`<al-second-factor-reset .userId=${user.id} .name=${user.name}></al-second-factor-reset>`}
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
      const updated = await usersApi.setDisabled(user.id, disabled);
      this.users.set((this.users.value ?? []).map((u) => (u.id === updated.id ? updated : u)));
      this.feedback = disabled
        ? tad('people.disabledFeedback', { name: user.name })
        : tad('people.enabledFeedback', { name: user.name });
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
