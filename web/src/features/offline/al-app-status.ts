import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { toff } from '../../i18n/offline-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import '../../ui/al-button.js';
import { sharedStyles } from '../../ui/shared-styles.js';

/**
 * A small bar at the foot of the screen for two things outside any one page: a new version of
 * the app is ready (offered, never applied by itself — the person may be mid-edit), and, on the
 * staff screens, that they need a connection while there is none.
 *
 * @fires al-update - the person chose to reload to the new version
 */
@customElement('al-app-status')
export class AlAppStatus extends AlElement {
  @property({ type: Boolean }) updateReady = false;
  @property({ type: Boolean }) staffOffline = false;

  override render() {
    return html`<div role="status">
      ${this.staffOffline ? html`<p class="line">${toff('offline.staffNeedsConnection')}</p>` : nothing}
      ${
        this.updateReady
          ? html`<p class="line">
              ${toff('offline.updateReady')}
              <al-button variant="primary" @click=${() => this.dispatchEvent(new CustomEvent('al-update'))}>${toff('offline.reloadToUpdate')}</al-button>
            </p>`
          : nothing
      }
    </div>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        position: fixed;
        inset-inline: 0;
        bottom: 0;
        z-index: 20;
      }
      .line {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-3);
        margin: 0;
        padding: var(--space-3) var(--space-4);
        background: var(--c-warm);
        color: var(--c-text);
        border-top: 1px solid var(--c-line);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-app-status': AlAppStatus;
  }
}

/** Puts the bar at the foot of the page — a landmark of its own, as it sits outside the app's. */
export function mountAppStatus(): AlAppStatus {
  const bar = document.createElement('al-app-status');
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', toff('offline.updateLabel'));
  document.body.append(bar);
  return bar;
}
