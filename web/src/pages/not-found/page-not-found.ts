import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';

/** Shown for an unknown address, or (with `reason="not-allowed"`) a page this role does not use. */
@customElement('page-not-found')
export class PageNotFound extends PageElement {
  @property() reason: 'not-found' | 'not-allowed' = 'not-found';

  override render() {
    const notAllowed = this.reason === 'not-allowed';
    return html`<div class="narrow">
      <h1 tabindex="-1">${notAllowed ? t('notAllowed.title') : t('notFound.title')}</h1>
      <p>${notAllowed ? t('notAllowed.text') : t('notFound.text')}</p>
      <p><a class="link-target" href="/">${t('common.goHome')}</a></p>
    </div>`;
  }

  static override styles = [sharedStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-not-found': PageNotFound;
  }
}
