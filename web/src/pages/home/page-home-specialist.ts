import type { Partnership } from '@alongside/shared';
import { css, html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { api } from '../../api/client.js';
import type { AlInvitationList } from '../../components/al-invitation-list.js';
import { renderResource } from '../../components/async-state.js';
import { Resource } from '../../controllers/resource.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { PageElement } from '../page-element.js';
import { homeStyles } from './home-styles.js';
import '../../components/al-invitation-list.js';
import '../../components/al-invite-form.js';

/** A specialist's start page: the people they walk alongside, and inviting someone new. */
@customElement('page-home-specialist')
export class PageHomeSpecialist extends PageElement {
  @query('al-invitation-list') private invitationList: AlInvitationList | undefined;
  private readonly partnerships = new Resource(this, async (signal) => {
    const { partnerships } = await api.partnerships.list(signal);
    return partnerships
      .filter((p) => p.endedAt === null)
      .sort((a, b) => a.participant.name.localeCompare(b.participant.name));
  });

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${t('home.welcome', { name: this.me?.name ?? '' })}</h1>
        <p class="lead">${t('homeSpecialist.lead')}</p>
      </div>
      <section aria-labelledby="alongside-title">
        <h2 id="alongside-title">${t('homeSpecialist.alongsideTitle')}</h2>
        ${renderResource(this.partnerships, (list) =>
          list.length === 0
            ? html`<p class="muted">${t('homeSpecialist.alongsideEmpty')}</p>`
            : html`<ul class="item-list">
                ${list.map((p) => this.renderPartner(p))}
              </ul>`,
        )}
      </section>
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">${t('homeSpecialist.inviteTitle')}</h2>
        <p>${t('homeSpecialist.inviteText')}</p>
        <div class="card">
          <al-invite-form mode="specialist" @al-invited=${this.onInvited}></al-invite-form>
        </div>
      </section>
      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">${t('homeSpecialist.invitationsTitle')}</h2>
        <al-invitation-list></al-invitation-list>
      </section>
    `;
  }

  private renderPartner(p: Partnership) {
    return html`<li class="item">
      <div class="item-main">
        <h3 class="item-title">${p.participant.name}</h3>
        <p class="item-meta">${t('homeSpecialist.since', { date: formatDate(p.startedAt) })}</p>
      </div>
      <div class="actions">${this.renderPartnerActions(p)}</div>
    </li>`;
  }

  /** Into this person's plan, where sessions start and suggestions are made. */
  private renderPartnerActions(p: Partnership) {
    return html`<a class="link-target" href="/people/${encodeURIComponent(p.participant.id)}">
      ${t('homeSpecialist.openPlan')}<span class="visually-hidden"> ${t('homeSpecialist.planOf', { name: p.participant.name })}</span>
    </a>`;
  }

  private onInvited(): void {
    void this.invitationList?.reload();
  }

  static override styles = [
    sharedStyles,
    homeStyles,
    css`
      h3.item-title {
        font-size: 1.05rem;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-home-specialist': PageHomeSpecialist;
  }
}
