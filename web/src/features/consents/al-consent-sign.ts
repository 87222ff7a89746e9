import { type Consent, zConsentSignRequest } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { consentsApi } from '../../data/consents-client.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { tinfo } from '../../i18n/my-information-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { formFor, sha256Hex } from './consent-sign-text.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';

/**
 * The person reads a draft consent — the exact form, in the language they are reading the app in
 * — and signs it, or someone named signs for them. The digest of the text shown goes with the
 * signature, so what is stored is what was read (see consent-sign-text).
 *
 * @property participantId - whose consent; @property consent - the draft to read and sign
 * @fires al-consent-signed - CustomEvent<Consent>, the consent now in effect
 * @fires al-consent-sign-cancel - the person chose not to sign now
 */
@customElement('al-consent-sign')
export class AlConsentSign extends AlElement {
  @property() participantId = '';
  @property({ attribute: false }) consent: Consent | undefined;
  private readonly form = new FormState(this, () => ({
    'representative.name': tinfo('sign.repInvalid'),
    'representative.relationship': tinfo('sign.repInvalid'),
  }));

  override render() {
    const consent = this.consent;
    if (!consent) return nothing;
    const language = currentLanguage();
    return html`<form class="form-grid" novalidate @submit=${this.submit} aria-labelledby="sign-title">
      <h4 id="sign-title">${tinfo('sign.heading')}</h4>
      <p class="hint">${tinfo('sign.lead')}</p>
      <div class="form-text" lang=${language}>
        ${formFor(consent, language)
          .split('\n')
          .map((line) => html`<p>${line}</p>`)}
      </div>
      <details>
        <summary>${tinfo('sign.representative')}</summary>
        <div class="form-grid">
          <al-field name="representative.name" label=${tinfo('sign.repName')} maxlength="100"
            .error=${this.form.error('representative.name')}></al-field>
          <al-field name="representative.relationship" label=${tinfo('sign.repRelationship')} maxlength="100"
            .error=${this.form.error('representative.relationship')}></al-field>
        </div>
      </details>
      ${this.form.renderEnd({ submit: tinfo('sign.submit') })}
      <div><al-button variant="quiet" @click=${() => fire(this, 'al-consent-sign-cancel', undefined)}>${tinfo('sign.cancel')}</al-button></div>
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const consent = this.consent;
    if (!consent) return;
    const values = readForm(event.currentTarget as HTMLFormElement);
    const name = values['representative.name']?.trim() ?? '';
    const relationship = values['representative.relationship']?.trim() ?? '';
    // The text is the one on screen now: rendered again here, so a language switch since is followed.
    const language = currentLanguage();
    const input = {
      language,
      textSha256: await sha256Hex(formFor(consent, language)),
      ...(name || relationship ? { representative: { name, relationship } } : {}),
    };
    await this.form.submit(zConsentSignRequest, input, async (body) => {
      const signed = await consentsApi.sign(this.participantId, consent.id, body);
      fire(this, 'al-consent-signed', signed);
    });
  }

  static override styles = [
    sharedStyles,
    css`
      .form-text {
        border: 1px solid var(--c-control-border);
        border-radius: var(--radius-small);
        padding: var(--space-3);
        background: var(--c-surface);
      }
      .form-text p {
        margin: 0 0 var(--space-2);
      }
      .form-text p:first-child {
        font-weight: 600;
      }
      summary {
        cursor: pointer;
        min-height: var(--target);
        display: flex;
        align-items: center;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-consent-sign': AlConsentSign;
  }
  interface HTMLElementEventMap {
    'al-consent-signed': CustomEvent<Consent>;
    'al-consent-sign-cancel': CustomEvent<undefined>;
  }
}
