import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { session } from '../../app/session.js';
import { secondFactorApi } from '../../data/second-factor-client.js';
import type { Proof, ProofMethod } from '../../features/second-factor/al-proof-form.js';
import { tsf } from '../../i18n/second-factor-i18n.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../features/second-factor/al-proof-form.js';

/**
 * Sign-in's second step: the password was right, now a passkey, a code from the app or a backup
 * code. Once the server accepts it the sign-in is complete and the router moves on (see router.ts).
 */
@customElement('page-second-step')
export class PageSecondStep extends PageElement {
  override render() {
    const methods: ProofMethod[] = this.me?.secondFactor?.methods ?? [];
    return html`<div class="narrow">
      <div class="page-header">
        <h1 tabindex="-1">${tsf('sf.stepTitle')}</h1>
        <p class="lead">${tsf('sf.stepLead')}</p>
      </div>
      <div class="card">
        ${methods.length ? html`<al-proof-form .methods=${methods} .send=${this.send}></al-proof-form>` : nothing}
      </div>
    </div>`;
  }

  private readonly send = async (proof: Proof): Promise<void> => {
    if (proof.method === 'password') return;
    const me = await secondFactorApi.verify(proof);
    await session.signedIn(me, { newAccount: false });
  };

  static override styles = [sharedStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-second-step': PageSecondStep;
  }
}
