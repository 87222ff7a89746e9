import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tsf } from '../../i18n/second-factor-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-notice.js';

/** Ten backup codes, shown once: a list a person can read, copy or print. */
@customElement('al-backup-codes')
export class AlBackupCodes extends AlElement {
  @property({ attribute: false }) codes: string[] = [];

  override render() {
    return html`<al-notice tone="info">
      <p class="title" id="backup-title">${tsf('sf.backupTitle')}</p>
      <p>${tsf('sf.backupText')}</p>
      <ul class="codes" aria-labelledby="backup-title">
        ${this.codes.map((c) => html`<li><code>${c}</code></li>`)}
      </ul>
    </al-notice>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .title {
        font-weight: 700;
      }
      .codes {
        list-style: none;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
        gap: var(--space-2);
      }
      code {
        font-size: 1.1rem;
        letter-spacing: 0.05em;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-backup-codes': AlBackupCodes;
  }
}
