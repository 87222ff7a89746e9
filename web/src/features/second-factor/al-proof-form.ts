import { zBackupCode, zTotpCode } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { t } from '../../i18n/i18n.js';
import { type SecondFactorKey, tsf } from '../../i18n/second-factor-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { errorText } from '../../ui/error-text.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { isPasskeyCancelled, passkeyProof } from './passkey-browser.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';

export type ProofMethod = 'passkey' | 'totp' | 'backup' | 'password';
export type Proof =
  | { method: 'totp'; code: string }
  | { method: 'backup'; code: string }
  | { method: 'password'; password: string }
  | Awaited<ReturnType<typeof passkeyProof>>;

const zCode = z.strictObject({ code: zTotpCode });
const zBackup = z.strictObject({ code: zBackupCode });
const zPassword = z.strictObject({ password: z.string().min(1).max(128) });

/**
 * Confirming it is you: a choice of the ways this account has (native radio buttons, so arrow keys
 * move between them), then the passkey button or the one field that way needs. Used by sign-in's
 * second step and by the re-confirm dialog; `send` carries the proof to the server.
 */
@customElement('al-proof-form')
export class AlProofForm extends AlElement {
  @property({ attribute: false }) methods: ProofMethod[] = [];
  @property({ attribute: false }) send: (proof: Proof) => Promise<void> = async () => {};
  @state() private chosen: ProofMethod | undefined;
  @state() private passkeyBusy = false;
  @state() private passkeyError = '';
  private readonly form = new FormState(this, () => ({
    code: this.method === 'backup' ? tsf('sf.backupInvalid') : tsf('sf.codeInvalid'),
    password: t('field.password.required'),
  }));

  private get method(): ProofMethod | undefined {
    return this.chosen && this.methods.includes(this.chosen) ? this.chosen : this.methods[0];
  }

  override render() {
    const method = this.method;
    return html`${this.methods.length > 1 ? this.renderChoice(method) : nothing}
    ${method === 'passkey' ? this.renderPasskey() : method ? this.renderField(method) : nothing}`;
  }

  private renderChoice(method: ProofMethod | undefined) {
    return html`<fieldset class="choice">
      <legend>${tsf('sf.choose')}</legend>
      ${this.methods.map(
        (m) => html`<label class="option">
          <input
            type="radio"
            name="method"
            value=${m}
            .checked=${m === method}
            @change=${() => this.choose(m)}
          />
          ${tsf(`sf.method.${m}` as SecondFactorKey)}
        </label>`,
      )}
    </fieldset>`;
  }

  private choose(method: ProofMethod): void {
    this.chosen = method;
    this.passkeyError = '';
    this.form.errors = {};
    this.form.formError = '';
  }

  private renderPasskey() {
    return html`<div class="form-grid">
      <div role="alert">
        ${this.passkeyError ? html`<al-notice tone="error"><p>${this.passkeyError}</p></al-notice>` : nothing}
      </div>
      <div class="actions">
        <al-button variant="primary" ?busy=${this.passkeyBusy} @click=${this.usePasskey}>
          ${this.passkeyBusy ? tsf('sf.usingPasskey') : tsf('sf.usePasskey')}
        </al-button>
      </div>
    </div>`;
  }

  private renderField(method: Exclude<ProofMethod, 'passkey'>) {
    const field =
      method === 'password'
        ? html`<al-field
            name="password"
            type="password"
            autocomplete="current-password"
            label=${tsf('sf.passwordLabel')}
            required
            .error=${this.form.error('password')}
          ></al-field>`
        : html`<al-field
            name="code"
            autocomplete="one-time-code"
            inputmode=${method === 'totp' ? 'numeric' : 'text'}
            label=${method === 'totp' ? tsf('sf.codeLabel') : tsf('sf.backupLabel')}
            hint=${method === 'totp' ? tsf('sf.codeHint') : tsf('sf.backupHint')}
            required
            .error=${this.form.error('code')}
          ></al-field>`;
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      ${field} ${this.form.renderEnd({ submit: tsf('sf.confirm'), busy: tsf('sf.confirming') })}
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const method = this.method;
    const values = readForm(event.currentTarget as HTMLFormElement);
    if (method === 'password') {
      await this.form.submit(zPassword, { password: values.password ?? '' }, (d) =>
        this.send({ method, password: d.password }),
      );
    } else if (method === 'totp' || method === 'backup') {
      const schema = method === 'totp' ? zCode : zBackup;
      await this.form.submit(schema, { code: values.code ?? '' }, (d) => this.send({ method, code: d.code }));
    }
  }

  private async usePasskey(): Promise<void> {
    if (this.passkeyBusy) return;
    this.passkeyBusy = true;
    this.passkeyError = '';
    try {
      await this.send(await passkeyProof());
    } catch (error) {
      this.passkeyError = isPasskeyCancelled(error) ? tsf('sf.passkeyCancelled') : errorText(error);
    } finally {
      this.passkeyBusy = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .choice {
        border: 0;
        padding: 0;
        margin: 0 0 var(--space-4);
        display: grid;
        gap: var(--space-2);
      }
      legend {
        font-weight: 600;
        margin-bottom: var(--space-2);
      }
      .option {
        display: flex;
        gap: var(--space-2);
        align-items: center;
        min-height: 44px;
      }
      .option input {
        width: 1.25rem;
        height: 1.25rem;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-proof-form': AlProofForm;
  }
}
