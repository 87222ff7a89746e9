import type { Enrolled } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { navigate } from '../../app/navigation.js';
import { safeNext } from '../../app/router.js';
import { session } from '../../app/session.js';
import { api } from '../../data/client.js';
import { secondFactorApi } from '../../data/second-factor-client.js';
import { createPasskey, isPasskeyCancelled } from '../../features/second-factor/passkey-browser.js';
import { tsf } from '../../i18n/second-factor-i18n.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../features/second-factor/al-backup-codes.js';
import '../../features/second-factor/al-totp-enrol.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';

/**
 * Adding a passkey or an authenticator app. Forced when the organisation requires a second factor
 * of staff and the account has none (the router keeps the person here); by choice otherwise.
 * The first method comes with ten backup codes, shown once.
 */
@customElement('page-sign-in-methods')
export class PageSignInMethods extends PageElement {
  @state() private enrolled: Enrolled | undefined;
  @state() private passkeyBusy = false;
  @state() private passkeyError = '';
  /** Said once, after an admin reset this account's methods (kept while this page is open). */
  private readonly wasReset = session.me?.secondFactorReset === true;

  override connectedCallback(): void {
    super.connectedCallback();
    const me = session.me;
    if (me?.secondFactorReset) {
      const { secondFactorReset: _told, ...rest } = me;
      session.update(rest);
    }
  }

  override render() {
    const forced = this.me?.secondFactor?.step === 'enrol';
    return html`<div class="narrow">
      <div class="page-header">
        <h1 tabindex="-1">${tsf('sf.enrolTitle')}</h1>
        <p class="lead">${forced ? tsf('sf.enrolLeadRequired') : tsf('sf.enrolLead')}</p>
      </div>
      ${this.wasReset ? html`<al-notice tone="warm" class="space"><p>${tsf('sf.resetNotice')}</p></al-notice>` : nothing}
      ${this.enrolled ? this.renderDone(this.enrolled) : this.renderChoices(forced)}
    </div>`;
  }

  private renderChoices(forced: boolean) {
    return html`<section class="card space" aria-labelledby="passkey-title">
        <h2 id="passkey-title">${tsf('sf.addPasskey')}</h2>
        <p>${tsf('sf.addPasskeyText')}</p>
        <div role="alert">
          ${this.passkeyError ? html`<al-notice tone="error"><p>${this.passkeyError}</p></al-notice>` : nothing}
        </div>
        <al-button variant="primary" ?busy=${this.passkeyBusy} @click=${this.addPasskey}>
          ${this.passkeyBusy ? tsf('sf.addingPasskey') : tsf('sf.addPasskey')}
        </al-button>
      </section>
      <section class="card space" aria-labelledby="app-title">
        <h2 id="app-title">${tsf('sf.addApp')}</h2>
        <al-totp-enrol @al-enrolled=${(e: CustomEvent<Enrolled>) => this.done(e.detail)}></al-totp-enrol>
      </section>
      ${forced ? nothing : html`<p><a href="/account">${tsf('sf.backToAccount')}</a></p>`}`;
  }

  private renderDone(enrolled: Enrolled) {
    return html`<div class="card space" role="status">
        <al-notice tone="success"><p>${tsf('sf.added')}</p></al-notice>
      </div>
      ${enrolled.backupCodes ? html`<al-backup-codes class="space" .codes=${enrolled.backupCodes}></al-backup-codes>` : nothing}
      <al-button variant="primary" @click=${this.goOn}>
        ${enrolled.backupCodes ? tsf('sf.backupSaved') : tsf('sf.backToAccount')}
      </al-button>`;
  }

  private async addPasskey(): Promise<void> {
    if (this.passkeyBusy) return;
    this.passkeyBusy = true;
    this.passkeyError = '';
    try {
      this.done(await secondFactorApi.enrolPasskey(await createPasskey()));
    } catch (error) {
      this.passkeyError = isPasskeyCancelled(error) ? tsf('sf.passkeyCancelled') : errorText(error);
    } finally {
      this.passkeyBusy = false;
    }
  }

  private done(enrolled: Enrolled): void {
    this.enrolled = enrolled;
  }

  /** Now the sign-in is complete: on to where the person was going (or their account, if they came from it). */
  private async goOn(): Promise<void> {
    const forced = this.me?.secondFactor?.step === 'enrol';
    const next = safeNext(new URLSearchParams(location.search).get('next'));
    // The session first: while it still says "enrol", the router would bring the person back here.
    if (forced) session.update(await api.auth.me());
    navigate(forced ? (next ?? '/') : '/account');
  }

  static override styles = [
    sharedStyles,
    css`
      .space {
        display: block;
        margin-bottom: var(--space-5);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-sign-in-methods': PageSignInMethods;
  }
}
