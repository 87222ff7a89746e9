import {
  type Consent,
  type ConsentLanguage,
  type DisclosurePackage,
  expandDataScope,
  zDisclosureRequest,
} from '@alongside/shared';
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { consentsApi } from '../../data/consents-client.js';
import { tcon } from '../../i18n/consents-i18n.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';

/**
 * Shares part of a person's record under one consent in effect. The form offers only what the
 * consent covers (the server checks it again, at that moment, and records the disclosure in the
 * same transaction); the recipient and purpose start as the consent's own.
 *
 * @property participantId - whose record; @property consent - the consent it is shared under
 * @fires al-disclosed - CustomEvent<DisclosurePackage>, what the recipient gets
 */
@customElement('al-disclose-form')
export class AlDiscloseForm extends AlElement {
  @property() participantId = '';
  @property({ attribute: false }) consent: Consent | undefined;
  private readonly form = new FormState(this, () => ({
    dataClasses: tcon('draft.classesInvalid'),
    'recipient.name': tcon('draft.recipientNameInvalid'),
    purpose: tcon('draft.purposeInvalid'),
  }));

  override render() {
    const consent = this.consent;
    if (!consent) return html``;
    const covered = expandDataScope(consent.dataClasses);
    const recipient = consent.recipient;
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      <h4>${tcon('disclose.title')}</h4>
      <fieldset>
        <legend>${tcon('disclose.classes')}</legend>
        ${covered.map(
          (c) =>
            html`<label class="check"><input type="checkbox" name="dataClasses" value=${c} checked />${tcon(`class.${c}`)}</label>`,
        )}
      </fieldset>
      <al-field name="recipient.name" label=${tcon('draft.recipientName')} maxlength="200" required
        .value=${recipient?.name ?? ''} .error=${this.form.error('recipient.name')}></al-field>
      <al-field name="recipient.organisation" label=${tcon('draft.recipientOrganisation')} optional maxlength="200"
        .value=${recipient?.organisation ?? ''}></al-field>
      <al-field name="purpose" label=${tcon('draft.purpose')} maxlength="500" required
        .value=${consent.kind === 'specific' ? consent.purpose : ''} .error=${this.form.error('purpose')}></al-field>
      <al-select
        name="language"
        label=${tcon('disclose.language')}
        .value=${currentLanguage()}
        .options=${[{ value: 'en', label: 'English' }, { value: 'es', label: 'Español' }]}
      ></al-select>
      ${this.form.renderEnd({ submit: tcon('disclose.submit') })}
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const consent = this.consent;
    if (!consent) return;
    const formElement = event.currentTarget as HTMLFormElement;
    const values = readForm(formElement);
    const classes = [...formElement.querySelectorAll<HTMLInputElement>('input[name="dataClasses"]:checked')].map(
      (box) => box.value,
    );
    const organisation = values['recipient.organisation']?.trim();
    const input = {
      consentId: consent.id,
      recipient: { name: values['recipient.name'] ?? '', ...(organisation ? { organisation } : {}) },
      purpose: values.purpose ?? '',
      dataClasses: classes,
      language: (values.language ?? 'en') as ConsentLanguage,
    };
    await this.form.submit(zDisclosureRequest, input, async (body) => {
      const shared: DisclosurePackage = await consentsApi.disclose(this.participantId, body);
      fire(this, 'al-disclosed', shared);
    });
  }

  static override styles = [sharedStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-disclose-form': AlDiscloseForm;
  }
  interface HTMLElementEventMap {
    'al-disclosed': CustomEvent<DisclosurePackage>;
  }
}
