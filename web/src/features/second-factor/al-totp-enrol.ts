import { type TotpEnrolment, zTotpConfirm } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { secondFactorApi } from '../../data/second-factor-client.js';
import { tsf } from '../../i18n/second-factor-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { errorText } from '../../ui/error-text.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';

/**
 * Adding an authenticator app: the QR code (drawn by the server, no third party sees the key) and
 * the same key as text for typing in, then the code the app shows, which confirms it.
 *
 * @fires al-enrolled - CustomEvent<Enrolled>, once the app is added
 */
@customElement('al-totp-enrol')
export class AlTotpEnrol extends AlElement {
  @state() private started: TotpEnrolment | undefined;
  @state() private starting = false;
  @state() private startError = '';
  private readonly form = new FormState(this, () => ({
    code: tsf('sf.codeInvalid'),
    label: tsf('sf.labelHint'),
  }));

  override render() {
    if (!this.started) {
      return html`<p>${tsf('sf.addAppText')}</p>
        <div role="alert">
          ${this.startError ? html`<al-notice tone="error"><p>${this.startError}</p></al-notice>` : nothing}
        </div>
        <al-button ?busy=${this.starting} @click=${this.start}>${tsf('sf.startApp')}</al-button>`;
    }
    const { qrCode, secret } = this.started;
    return html`<p>${tsf('sf.addAppText')}</p>
      <img class="qr" src=${qrCode} alt=${tsf('sf.qrAlt')} width="200" height="200" />
      <p class="secret-label" id="secret-label">${tsf('sf.secretLabel')}</p>
      <p class="secret" aria-labelledby="secret-label" data-secret=${secret}>${secret.replace(/(.{4})/g, '$1 ').trim()}</p>
      <form class="form-grid" novalidate @submit=${this.confirm}>
        <al-field
          name="code"
          autocomplete="one-time-code"
          inputmode="numeric"
          label=${tsf('sf.codeLabel')}
          hint=${tsf('sf.codeHint')}
          required
          .error=${this.form.error('code')}
        ></al-field>
        <al-field name="label" label=${tsf('sf.labelLabel')} hint=${tsf('sf.labelHint')} maxlength="60"
          .error=${this.form.error('label')}></al-field>
        ${this.form.renderEnd({ submit: tsf('sf.finishApp'), busy: tsf('sf.confirming') })}
      </form>`;
  }

  private async start(): Promise<void> {
    this.starting = true;
    this.startError = '';
    try {
      this.started = await secondFactorApi.startTotp();
    } catch (error) {
      this.startError = errorText(error);
    } finally {
      this.starting = false;
    }
  }

  private async confirm(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const started = this.started;
    if (!started) return;
    const values = readForm(event.currentTarget as HTMLFormElement);
    const input = { code: values.code ?? '', ...(values.label?.trim() ? { label: values.label } : {}) };
    await this.form.submit(zTotpConfirm, input, async (data) => {
      fire(this, 'al-enrolled', await secondFactorApi.confirmTotp(started.id, data));
    });
  }

  static override styles = [
    sharedStyles,
    css`
      .qr {
        display: block;
        background: #fff;
        margin: var(--space-3) 0;
      }
      .secret-label {
        font-weight: 600;
        margin-bottom: 0;
      }
      .secret {
        font-family: ui-monospace, monospace;
        font-size: 1.1rem;
        overflow-wrap: anywhere;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-totp-enrol': AlTotpEnrol;
  }
  interface HTMLElementEventMap {
    'al-enrolled': CustomEvent<import('@alongside/shared').Enrolled>;
  }
}
