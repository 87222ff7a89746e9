import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { secondFactorApi } from '../../data/second-factor-client.js';
import { tsf } from '../../i18n/second-factor-i18n.js';
import type { AlConfirm } from '../../ui/al-confirm.js';
import { AlElement } from '../../ui/al-element.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-button.js';
import '../../ui/al-confirm.js';
import '../../ui/al-notice.js';

/**
 * Admin, on the people page: removes someone's passkeys, apps and backup codes (a lost phone),
 * after a yes. They are signed out and told at their next sign-in.
 */
@customElement('al-second-factor-reset')
export class AlSecondFactorReset extends AlElement {
  @property({ attribute: false }) userId = '';
  @property({ attribute: false }) name = '';
  @state() private busy = false;
  @state() private done = '';
  @state() private failure = '';
  @query('al-confirm') private confirm: AlConfirm | undefined;

  override render() {
    return html`<al-button @click=${() => void this.confirm?.open()}>
        ${tsf('sf.resetAction')}<span class="visually-hidden"> (${this.name})</span>
      </al-button>
      <div role="status" class="visually-hidden">${this.done}</div>
      <div role="alert">${this.failure ? html`<al-notice tone="error"><p>${this.failure}</p></al-notice>` : nothing}</div>
      <al-confirm
        heading=${tsf('sf.resetQuestion', { name: this.name })}
        body=${tsf('sf.resetBody')}
        confirmLabel=${tsf('sf.resetAction')}
        cancelLabel=${tsf('sf.cancel')}
        ?busy=${this.busy}
        @al-confirm=${this.reset}
      ></al-confirm>`;
  }

  private async reset(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = '';
    try {
      await secondFactorApi.resetFor(this.userId);
      this.done = tsf('sf.resetDone', { name: this.name });
    } catch (error) {
      this.failure = errorText(error);
    } finally {
      this.busy = false;
      this.confirm?.close();
    }
  }

  static override styles = [sharedStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-second-factor-reset': AlSecondFactorReset;
  }
}
