import { type Consent, type ConsentKind, dataClasses, zConsentDraftRequest } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consentsApi } from '../../data/consents-client.js';
import { tcon } from '../../i18n/consents-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import type { AlSelect } from '../../ui/al-select.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';

type ExpiryKind = 'none' | 'end-of-peer-support' | 'date';

/**
 * Drafts a consent to share: the person for themselves (`own`), or their specialist with them
 * (`partner`). A draft is never in effect: the person reads the exact form and signs it on their
 * own screen. Checked with the shared schema the server uses.
 *
 * @property participantId - whose record the consent is about
 * @property mode - `own` (the person) or `partner` (their specialist)
 * @fires al-consent-drafted - CustomEvent<Consent>, after the draft was saved
 */
@customElement('al-consent-draft')
export class AlConsentDraft extends AlElement {
  @property() participantId = '';
  @property() mode: 'own' | 'partner' = 'own';
  @state() private kind: ConsentKind = 'specific';
  @state() private expiryKind: ExpiryKind = 'end-of-peer-support';
  @state() private saved = '';
  private readonly form = new FormState(this, () => ({
    dataClasses: tcon('draft.classesInvalid'),
    'recipient.name': tcon('draft.recipientNameInvalid'),
    purpose: tcon('draft.purposeInvalid'),
    'expiry.date': tcon('draft.expiryDateInvalid'),
    expiry: tcon('draft.expiryDateInvalid'),
  }));

  override render() {
    const specific = this.kind === 'specific';
    const expiryOptions = (specific ? ['end-of-peer-support', 'date'] : ['none', 'end-of-peer-support', 'date']).map(
      (k) => ({ value: k, label: k === 'date' ? tcon('draft.expiryDate') : tcon(`expiry.${k as 'none'}`) }),
    );
    const classesError = this.form.error('dataClasses');
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      <h3>${tcon('draft.title')}</h3>
      <al-select
        name="kind"
        label=${tcon('draft.kind')}
        .value=${this.kind}
        .options=${(['specific', 'tpo'] as const).map((k) => ({ value: k, label: tcon(`kind.${k}`) }))}
        @change=${(e: Event) => this.pickKind((e.target as AlSelect).value as ConsentKind)}
      ></al-select>
      <fieldset aria-describedby=${classesError ? 'consent-classes-error' : nothing}>
        <legend>${tcon('draft.classes')}</legend>
        ${[...dataClasses, 'all' as const].map(
          (c) =>
            html`<label class="check"><input type="checkbox" name="dataClasses" value=${c} />${tcon(`class.${c}`)}</label>`,
        )}
        ${classesError ? html`<p class="field-error" id="consent-classes-error">${classesError}</p>` : nothing}
      </fieldset>
      ${
        specific
          ? html`<al-field name="recipient.name" label=${tcon('draft.recipientName')} maxlength="200" required
                .error=${this.form.error('recipient.name')}></al-field>
              <al-field name="recipient.organisation" label=${tcon('draft.recipientOrganisation')} optional maxlength="200"></al-field>
              <al-field name="recipient.contact" label=${tcon('draft.recipientContact')} optional maxlength="300"></al-field>
              <al-field name="purpose" label=${tcon('draft.purpose')} maxlength="500" required
                .error=${this.form.error('purpose')}></al-field>`
          : html`<p class="hint">${tcon('field.tpoWhom')}</p>`
      }
      <al-select
        name="expiryKind"
        label=${tcon('draft.expiry')}
        .value=${this.expiryKind}
        .options=${expiryOptions}
        @change=${(e: Event) => {
          this.expiryKind = (e.target as AlSelect).value as ExpiryKind;
        }}
      ></al-select>
      ${
        this.expiryKind === 'date'
          ? html`<al-field name="expiry.date" type="date" label=${tcon('draft.expiryDate')} required
              .error=${this.form.error('expiry.date') || this.form.error('expiry')}></al-field>`
          : nothing
      }
      <div role="status">${this.saved ? html`<p>${this.saved}</p>` : nothing}</div>
      ${this.form.renderEnd({ submit: tcon('draft.submit') })}
    </form>`;
  }

  private pickKind(kind: ConsentKind): void {
    this.kind = kind;
    if (kind === 'specific' && this.expiryKind === 'none') this.expiryKind = 'end-of-peer-support';
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const values = readForm(formElement);
    const classes = [...formElement.querySelectorAll<HTMLInputElement>('input[name="dataClasses"]:checked')].map(
      (box) => box.value,
    );
    const optional = (value: string | undefined) => (value?.trim() ? value : undefined);
    const expiry =
      this.expiryKind === 'date' ? { kind: 'date', date: values['expiry.date'] ?? '' } : { kind: this.expiryKind };
    const input =
      this.kind === 'tpo'
        ? { kind: 'tpo', dataClasses: classes, expiry }
        : {
            kind: 'specific',
            dataClasses: classes,
            recipient: {
              name: values['recipient.name'] ?? '',
              organisation: optional(values['recipient.organisation']),
              contact: optional(values['recipient.contact']),
            },
            purpose: values.purpose ?? '',
            expiry,
          };
    this.saved = '';
    await this.form.submit(zConsentDraftRequest, input, async (body) => {
      const consent: Consent = await consentsApi.draft(this.participantId, body);
      formElement.reset();
      this.saved = this.mode === 'own' ? tcon('draft.savedOwn') : tcon('draft.saved');
      fire(this, 'al-consent-drafted', consent);
    });
  }

  static override styles = [
    sharedStyles,
    css`
      fieldset {
        border: 1px solid var(--c-control-border);
        border-radius: var(--radius-small);
        padding: var(--space-3);
      }
      .field-error {
        color: var(--c-error);
        margin: var(--space-2) 0 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-consent-draft': AlConsentDraft;
  }
  interface HTMLElementEventMap {
    'al-consent-drafted': CustomEvent<Consent>;
  }
}
