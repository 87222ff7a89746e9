import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { api } from '../../data/client.js';
import { Resource } from '../../data/resource.js';
import { t } from '../../i18n/i18n.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import { homeStyles } from './home-styles.js';

/**
 * The admin's start page: where each task lives. It deliberately lists no people: every list
 * of accounts or partnerships is written to each participant's access log, and a dashboard
 * count is not worth a line in everyone's record each time an admin comes home.
 */
@customElement('page-home-admin')
export class PageHomeAdmin extends PageElement {
  private readonly invitations = new Resource(this, (signal) => api.invitations.list(signal));

  override render() {
    const waiting = this.invitations.value?.invitations.filter((i) => i.status === 'pending').length;
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${t('home.welcome', { name: this.me?.name ?? '' })}</h1>
        <p class="lead">${t('homeAdmin.lead', { organisation: this.me?.organisation.name ?? '' })}</p>
      </div>
      <ul class="cards" aria-label=${t('homeAdmin.tasksLabel')}>
        <li class="card">
          <h2>${t('homeAdmin.peopleTitle')}</h2>
          <p>${t('homeAdmin.peopleText')}</p>
          ${
            waiting === undefined
              ? nothing
              : html`<p class="muted">${waiting === 0 ? t('homeAdmin.noneWaiting') : t('homeAdmin.waiting', { count: waiting })}</p>`
          }
          <a class="link-target" href="/people">${t('homeAdmin.peopleLink')}</a>
        </li>
        <li class="card">
          <h2>${t('homeAdmin.partnershipsTitle')}</h2>
          <p>${t('homeAdmin.partnershipsText')}</p>
          <a class="link-target" href="/partnerships">${t('homeAdmin.partnershipsLink')}</a>
        </li>
        <li class="card">
          <h2>${t('homeAdmin.organisationTitle')}</h2>
          <p>${t('homeAdmin.organisationText')}</p>
          <a class="link-target" href="/organisation">${t('homeAdmin.organisationLink')}</a>
        </li>
      </ul>
    `;
  }

  static override styles = [sharedStyles, homeStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-home-admin': PageHomeAdmin;
  }
}
