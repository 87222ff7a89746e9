import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AlElement } from './al-element.js';
import { sharedStyles } from './shared-styles.js';

/**
 * A calm message box. `tone` sets the colour; it never carries meaning alone (the text does).
 * The notice is not a live region: put it inside one when it appears in response to an action.
 *
 * @slot - the message (paragraphs, links, a button)
 */
@customElement('al-notice')
export class AlNotice extends AlElement {
  @property({ reflect: true }) tone: 'info' | 'success' | 'error' | 'warm' = 'info';

  override render() {
    return html`<div class="notice"><slot></slot></div>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .notice {
        border-radius: var(--radius-small);
        padding: var(--space-4);
        background: var(--c-info-bg);
        border-inline-start: 6px solid var(--c-focus);
      }
      :host([tone='success']) .notice {
        background: var(--c-success-bg);
        border-color: var(--c-success);
      }
      :host([tone='error']) .notice {
        background: var(--c-error-bg);
        border-color: var(--c-error);
      }
      :host([tone='warm']) .notice {
        background: var(--c-warm);
        border-color: #9a6a12;
      }
      ::slotted(:last-child) {
        margin-bottom: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-notice': AlNotice;
  }
}
