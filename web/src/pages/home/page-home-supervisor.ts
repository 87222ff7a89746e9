import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { PageElement } from '../page-element.js';
import { homeStyles } from './home-styles.js';

/** A supervisor's start page. Program reports (aggregates only) arrive with the reports issue. */
@customElement('page-home-supervisor')
export class PageHomeSupervisor extends PageElement {
  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${t('home.welcome', { name: this.me?.name ?? '' })}</h1>
        <p class="lead">${t('homeSupervisor.lead')}</p>
      </div>
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">${t('homeSupervisor.reportsTitle')}</h2>
        <!-- The reports issue replaces this placeholder with the aggregate program reports. -->
        <div class="card placeholder">
          <p>${t('homeSupervisor.reportsPlaceholder')}</p>
        </div>
      </section>
    `;
  }

  static override styles = [sharedStyles, homeStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-home-supervisor': PageHomeSupervisor;
  }
}
