import type { Consent, DisclosurePackage } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consentsApi } from '../../data/consents-client.js';
import { Resource } from '../../data/resource.js';
import { tcon } from '../../i18n/consents-i18n.js';
import { formatDate } from '../../i18n/i18n.js';
import { Actions } from '../../ui/actions.js';
import { AlElement } from '../../ui/al-element.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { consentTitle, renderConsentFacts, renderDisclosureRow } from './consent-words.js';
import './al-consent-draft.js';
import './al-disclose-form.js';
import './al-disclosure-package.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';

/**
 * A specialist's view of one person's consents, on that person's page. The specialist drafts a
 * consent with the person, records that the person asked aloud to revoke one (the person then
 * confirms it on their own screen), and shares under a consent in effect — never signs or
 * revokes. The server holds these rules; this offers only what it will accept.
 *
 * @property participantId - whose consents; @property participantName - their name, for the words
 */
@customElement('al-person-consents')
export class AlPersonConsents extends AlElement {
  @property({ attribute: false }) participantId = '';
  @property({ attribute: false }) participantName = '';
  @state() private sharing = '';
  @state() private shared: DisclosurePackage | undefined;
  private readonly actions = new Actions(this);
  private readonly data = new Resource(this, async (signal) => {
    const [consents, disclosures] = await Promise.all([
      consentsApi.list(this.participantId, signal),
      consentsApi.disclosures(this.participantId, signal),
    ]);
    return { consents: consents.consents, disclosures: disclosures.disclosures };
  });

  override render() {
    const name = this.participantName;
    return html`<section class="card" aria-labelledby="consents-title">
      <h2 id="consents-title">${tcon('title.person', { name })}</h2>
      <p class="lead">${tcon('leadPerson', { name })}</p>
      <div role="status">${this.actions.feedback ? html`<p>${this.actions.feedback}</p>` : nothing}</div>
      <div role="alert">
        ${this.actions.failure ? html`<al-notice tone="error"><p>${this.actions.failure}</p></al-notice>` : nothing}
      </div>
      ${this.renderLists()}
      <al-consent-draft
        mode="partner"
        .participantId=${this.participantId}
        @al-consent-drafted=${() => void this.data.reload()}
      ></al-consent-draft>
    </section>`;
  }

  private renderLists() {
    if (this.data.status === 'loading') return html`<p>…</p>`;
    if (this.data.status === 'error')
      return html`<al-notice tone="error"><p>${errorText(this.data.error)}</p></al-notice>`;
    const { consents = [], disclosures = [] } = this.data.value ?? {};
    return html`<h3>${tcon('list.title')}</h3>
      ${consents.length === 0 ? html`<p>${tcon('list.empty')}</p>` : html`<ul class="consents">${consents.map((c) => this.renderConsent(c))}</ul>`}
      <h3>${tcon('disclosures.title')}</h3>
      ${disclosures.length === 0 ? html`<p>${tcon('disclosures.empty')}</p>` : html`<ul>${disclosures.map(renderDisclosureRow)}</ul>`}`;
  }

  private renderConsent(consent: Consent) {
    const active = consent.state === 'active';
    const request = consent.revocationRequest;
    return html`<li class="consent">
      <h4>${consentTitle(consent)}</h4>
      ${renderConsentFacts(consent)}
      ${request ? html`<p>${tcon('field.revocationAsked', { name: request.by.name, date: formatDate(request.at) })}</p>` : nothing}
      ${
        active
          ? html`<div class="actions">
              <al-button @click=${() => this.toggleSharing(consent.id)}>${tcon('disclose.title')}</al-button>
              ${
                request
                  ? nothing
                  : html`<al-button ?busy=${this.actions.busy === consent.id} @click=${() => this.recordRevocation(consent)}>
                      ${tcon('revocation.record')}
                    </al-button>`
              }
            </div>`
          : nothing
      }
      ${
        this.sharing === consent.id
          ? html`<al-disclose-form
              .participantId=${this.participantId}
              .consent=${consent}
              @al-disclosed=${(e: CustomEvent<DisclosurePackage>) => this.disclosed(e.detail)}
            ></al-disclose-form>`
          : nothing
      }
      ${this.sharing === consent.id && this.shared ? html`<al-disclosure-package .package=${this.shared}></al-disclosure-package>` : nothing}
    </li>`;
  }

  private toggleSharing(consentId: string): void {
    this.sharing = this.sharing === consentId ? '' : consentId;
    this.shared = undefined;
  }

  private disclosed(shared: DisclosurePackage): void {
    this.shared = shared;
    const name = shared.disclosure?.recipient.name ?? '';
    this.actions.say(tcon('disclose.done', { name }));
    void this.data.reload();
  }

  private async recordRevocation(consent: Consent): Promise<void> {
    await this.actions.run(consent.id, async () => {
      await consentsApi.requestRevocation(this.participantId, consent.id);
      this.actions.say(tcon('revocation.recorded'));
      await this.data.reload();
    });
  }

  static override styles = [
    sharedStyles,
    css`
      .consents {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--space-4);
      }
      .consent {
        border-top: 1px solid var(--c-line);
        padding-top: var(--space-3);
      }
      h4 {
        margin: 0 0 var(--space-2);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-person-consents': AlPersonConsents;
  }
}
