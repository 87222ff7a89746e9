import { css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { secondFactorApi } from '../../data/second-factor-client.js';
import { tsf } from '../../i18n/second-factor-i18n.js';
import { deepActiveElement, dialogStyles } from '../../ui/al-confirm.js';
import { AlElement } from '../../ui/al-element.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import type { Proof, ProofMethod } from './al-proof-form.js';
import './al-proof-form.js';
import '../../ui/al-button.js';

/**
 * "Confirm it is you" before a sensitive act: a modal dialog (focus moves in, Escape or Cancel
 * closes it, focus goes back where it was) holding the proof form.
 */
@customElement('al-reconfirm-dialog')
export class AlReconfirmDialog extends AlElement {
  @property({ attribute: false }) methods: ProofMethod[] = [];
  @query('dialog') private dialog: HTMLDialogElement | undefined;
  private settle: ((confirmed: boolean) => void) | undefined;
  private confirmed = false;
  private returnTo: HTMLElement | null = null;

  async ask(): Promise<boolean> {
    this.returnTo = deepActiveElement();
    await this.updateComplete;
    this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    return new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  override render() {
    return html`<dialog aria-labelledby="reconfirm-title" aria-describedby="reconfirm-text" @close=${this.closed}>
      <h2 id="reconfirm-title" tabindex="-1">${tsf('sf.reconfirmTitle')}</h2>
      <p id="reconfirm-text">${tsf('sf.reconfirmText')}</p>
      <al-proof-form .methods=${this.methods} .send=${this.send}></al-proof-form>
      <div class="actions">
        <al-button @click=${() => this.dialog?.close()}>${tsf('sf.cancel')}</al-button>
      </div>
    </dialog>`;
  }

  private readonly send = async (proof: Proof): Promise<void> => {
    if (proof.method === 'backup') return;
    await secondFactorApi.reconfirm(proof);
    this.confirmed = true;
    this.dialog?.close();
  };

  private closed(): void {
    const back = this.returnTo;
    if (back?.isConnected) back.focus();
    this.settle?.(this.confirmed);
  }

  static override styles = [
    sharedStyles,
    dialogStyles,
    css`
      dialog {
        width: min(30rem, calc(100vw - 2rem));
      }
      h2 {
        margin-top: 0;
      }
      .actions {
        margin-top: var(--space-3);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-reconfirm-dialog': AlReconfirmDialog;
  }
}
