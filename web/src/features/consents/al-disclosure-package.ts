import type { DisclosurePackage } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tcon } from '../../i18n/consents-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { fire } from '../../ui/events.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-button.js';

/**
 * What a recipient gets under a consent — or would get, in the person's "see what they'll see":
 * the notice against redisclosure, the statement of the consent's scope, and the record limited
 * to the consented classes as a FHIR file to download.
 *
 * @property package - the package the server assembled
 * @property fileName - the name of the FHIR file offered for download
 * @fires al-print-package - CustomEvent<DisclosurePackage>: print what a disclosure shared
 */
@customElement('al-disclosure-package')
export class AlDisclosurePackage extends AlElement {
  @property({ attribute: false }) package: DisclosurePackage | undefined;
  @property() fileName = 'alongside-shared-record.fhir.json';
  private href = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.href) URL.revokeObjectURL(this.href);
    this.href = '';
  }

  override render() {
    const shared = this.package;
    if (!shared) return nothing;
    if (this.href) URL.revokeObjectURL(this.href);
    this.href = URL.createObjectURL(
      new Blob([JSON.stringify(shared.bundle, null, 2)], { type: 'application/fhir+json' }),
    );
    return html`<section class="package" aria-label=${tcon('package.title')} lang=${shared.language}>
      <h4>${tcon('package.title')}</h4>
      <h5>${tcon('package.notice')}</h5>
      <p class="notice">${shared.notice}</p>
      <h5>${tcon('package.scope')}</h5>
      <p>${shared.scope}</p>
      <p><a href=${this.href} download=${this.fileName}>${tcon('package.download')}</a></p>
      ${
        shared.disclosure
          ? html`<al-button @click=${() => fire(this, 'al-print-package', shared)}>${tcon('package.print')}</al-button>`
          : nothing
      }
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .package {
        border: 1px solid var(--c-line);
        border-radius: var(--radius-small);
        padding: var(--space-3);
        margin-top: var(--space-3);
      }
      .notice {
        font-size: 0.95rem;
      }
      h4,
      h5 {
        margin: var(--space-2) 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-disclosure-package': AlDisclosurePackage;
  }
  interface HTMLElementEventMap {
    'al-print-package': CustomEvent<DisclosurePackage>;
  }
}
