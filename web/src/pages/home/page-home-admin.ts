import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { invitationsApi } from '../../data/invitations-client.js';
import { Resource } from '../../data/resource.js';
import { th } from '../../i18n/home-i18n.js';
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
  private readonly invitations = new Resource(this, (signal) => invitationsApi.list(signal));

  override render() {
    const waiting = this.invitations.value?.invitations.filter((i) => i.status === 'pending').length;
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${th('home.welcome', { name: this.me?.name ?? '' })}</h1>
        <p class="lead">${th('homeAdmin.lead', { organisation: this.me?.organisation.name ?? '' })}</p>
      </div>
      <ul class="cards" aria-label=${th('homeAdmin.tasksLabel')}>
        <li class="card">
          <h2>${th('homeAdmin.peopleTitle')}</h2>
          <p>${th('homeAdmin.peopleText')}</p>
          ${
            waiting === undefined
              ? nothing
              : html`<p class="muted">${waiting === 0 ? th('homeAdmin.noneWaiting') : th('homeAdmin.waiting', { count: waiting })}</p>`
          }
          <a class="link-target" href="/people">${th('homeAdmin.peopleLink')}</a>
        </li>
        <li class="card">
          <h2>${th('homeAdmin.partnershipsTitle')}</h2>
          <p>${th('homeAdmin.partnershipsText')}</p>
          <a class="link-target" href="/partnerships">${th('homeAdmin.partnershipsLink')}</a>
        </li>
        <li class="card">
          <h2>${th('homeAdmin.organisationTitle')}</h2>
          <p>${th('homeAdmin.organisationText')}</p>
          <a class="link-target" href="/organisation">${th('homeAdmin.organisationLink')}</a>
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
