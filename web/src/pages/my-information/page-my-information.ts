import type { Consent, DisclosurePackage } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consentsApi } from '../../data/consents-client.js';
import { Resource } from '../../data/resource.js';
import { consentTitle, renderConsentFacts, renderDisclosureRow } from '../../features/consents/consent-words.js';
import { tcon } from '../../i18n/consents-i18n.js';
import { formatDate } from '../../i18n/i18n.js';
import { tinfo } from '../../i18n/my-information-i18n.js';
import { Actions } from '../../ui/actions.js';
import { renderResource } from '../../ui/async-state.js';
import { readForm } from '../../ui/form-helpers.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../features/consents/al-consent-draft.js';
import '../../features/consents/al-consent-sign.js';
import '../../features/consents/al-disclosure-accounting.js';
import '../../features/consents/al-disclosure-package.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';
import '../../ui/al-textarea.js';

interface Information {
  consents: Consent[];
  disclosures: Awaited<ReturnType<typeof consentsApi.disclosures>>['disclosures'];
}

type Opened = 'sign' | 'preview' | 'revoke';

/**
 * "Who has my information": every consent and every disclosure of the person's record. The person
 * reads a draft's exact form and signs it, sees first what the recipient would get, withdraws a
 * draft, revokes a consent in writing (or confirms the revocation they asked their specialist
 * for), drafts a consent of their own, and downloads the accounting of disclosures.
 */
@customElement('page-my-information')
export class PageMyInformation extends PageElement {
  /** The one consent open for reading and signing, seeing what they'll see, or revoking. */
  @state() private open: { id: string; what: Opened } | null = null;
  @state() private preview: DisclosurePackage | undefined;
  private readonly actions = new Actions(this);
  private readonly data = new Resource<Information>(this, async (signal) => {
    const [consents, disclosures] = await Promise.all([
      consentsApi.list(this.pid, signal),
      consentsApi.disclosures(this.pid, signal),
    ]);
    return { consents: consents.consents, disclosures: disclosures.disclosures };
  });

  private get pid(): string {
    return this.me?.id ?? '';
  }

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${tcon('title.own')}</h1>
        <p class="lead">${tcon('leadOwn')}</p>
      </div>
      <div role="status" class="visually-hidden">${this.actions.feedback}</div>
      <div role="alert">
        ${this.actions.failure ? html`<al-notice tone="error"><p>${this.actions.failure}</p></al-notice>` : nothing}
      </div>
      ${renderResource(this.data, (info) => this.renderInformation(info))}
      <section class="card" aria-label=${tcon('draft.title')}>
        <al-consent-draft mode="own" .participantId=${this.pid} @al-consent-drafted=${() => void this.data.reload()}></al-consent-draft>
      </section>
      <div class="card"><al-disclosure-accounting .participantId=${this.pid}></al-disclosure-accounting></div>
    `;
  }

  private renderInformation({ consents, disclosures }: Information) {
    const drafts = consents.filter((c) => c.state === 'draft');
    const others = consents.filter((c) => c.state !== 'draft');
    return html`
      ${
        drafts.length > 0
          ? html`<section class="card" aria-labelledby="drafts-title">
              <h2 id="drafts-title">${tinfo('own.drafts')}</h2>
              <ul class="consents">${drafts.map((c) => this.renderDraft(c))}</ul>
            </section>`
          : nothing
      }
      <section class="card" aria-labelledby="consents-title">
        <h2 id="consents-title">${tinfo('own.others')}</h2>
        ${
          others.length === 0
            ? html`<p>${tcon('list.empty')}</p>`
            : html`<ul class="consents">${others.map((c) => this.renderConsent(c))}</ul>`
        }
      </section>
      <section class="card" aria-labelledby="disclosures-title">
        <h2 id="disclosures-title">${tcon('disclosures.title')}</h2>
        ${disclosures.length === 0 ? html`<p>${tcon('disclosures.empty')}</p>` : html`<ul>${disclosures.map(renderDisclosureRow)}</ul>`}
      </section>
    `;
  }

  private isOpen(consent: Consent, what: Opened): boolean {
    return this.open?.id === consent.id && this.open.what === what;
  }

  private toggle(consent: Consent, what: Opened): void {
    this.open = this.isOpen(consent, what) ? null : { id: consent.id, what };
    this.preview = undefined;
    if (this.open?.what === 'preview') void this.loadPreview(consent);
  }

  /** A button that opens (and closes) one of a consent's panels, saying which state it is in. */
  private opener(consent: Consent, what: Opened, label: string, variant: 'primary' | 'secondary' = 'secondary') {
    return html`<al-button variant=${variant} aria-expanded=${this.isOpen(consent, what) ? 'true' : 'false'}
      @click=${() => this.toggle(consent, what)}>${label}</al-button>`;
  }

  private renderDraft(consent: Consent) {
    const previewing = this.isOpen(consent, 'preview');
    return html`<li class="consent" data-consent=${consent.id}>
      <h3>${consentTitle(consent)}</h3>
      ${renderConsentFacts(consent)}
      <div class="actions">
        ${this.opener(consent, 'sign', tinfo('sign.read'), 'primary')}
        ${this.opener(consent, 'preview', previewing ? tinfo('preview.hide') : tinfo('preview.show'))}
        <al-button variant="quiet" ?busy=${this.actions.busy === `discard-${consent.id}`}
          @click=${() => this.discard(consent)}>${tinfo('discard.button')}</al-button>
      </div>
      ${
        this.isOpen(consent, 'sign')
          ? html`<al-consent-sign .participantId=${this.pid} .consent=${consent}
              @al-consent-signed=${() => this.done(tinfo('sign.done'))}
              @al-consent-sign-cancel=${() => this.toggle(consent, 'sign')}></al-consent-sign>`
          : nothing
      }
      ${
        previewing
          ? html`<p class="hint">${tinfo('preview.lead')}</p>
              ${this.preview ? html`<al-disclosure-package .package=${this.preview}></al-disclosure-package>` : nothing}`
          : nothing
      }
    </li>`;
  }

  private renderConsent(consent: Consent) {
    const request = consent.revocationRequest;
    const active = consent.state === 'active';
    return html`<li class="consent" data-consent=${consent.id}>
      <h3>${consentTitle(consent)}</h3>
      ${renderConsentFacts(consent)}
      ${
        active && request
          ? html`<p><strong>${tcon('field.revocationAsked', { name: request.by.name, date: formatDate(request.at) })}</strong></p>`
          : nothing
      }
      ${active ? html`<div class="actions">${this.opener(consent, 'revoke', request ? tinfo('revoke.asked') : tinfo('revoke.open'))}</div>` : nothing}
      ${this.isOpen(consent, 'revoke') ? this.renderRevoke(consent) : nothing}
    </li>`;
  }

  private renderRevoke(consent: Consent) {
    return html`<form class="form-grid revoke" novalidate @submit=${(e: SubmitEvent) => this.revoke(e, consent)}>
      <p>${tinfo('revoke.hint')}</p>
      <al-textarea name="statement" label=${tinfo('revoke.statement')} optional maxlength="1000" rows="2"></al-textarea>
      <div class="actions">
        <al-button type="submit" variant="danger" ?busy=${this.actions.busy === `revoke-${consent.id}`}>${tinfo('revoke.submit')}</al-button>
        <al-button variant="quiet" @click=${() => this.toggle(consent, 'revoke')}>${tinfo('revoke.cancel')}</al-button>
      </div>
    </form>`;
  }

  private async loadPreview(consent: Consent): Promise<void> {
    await this.actions.run(`preview-${consent.id}`, async () => {
      const shown = await consentsApi.preview(this.pid, consent.id);
      if (this.isOpen(consent, 'preview')) this.preview = shown;
    });
  }

  private async discard(consent: Consent): Promise<void> {
    await this.actions.run(`discard-${consent.id}`, async () => {
      await consentsApi.discard(this.pid, consent.id);
      await this.done(tinfo('discard.done'));
    });
  }

  private async revoke(event: SubmitEvent, consent: Consent): Promise<void> {
    event.preventDefault();
    const statement = (readForm(event.currentTarget as HTMLFormElement).statement ?? '').trim();
    await this.actions.run(`revoke-${consent.id}`, async () => {
      await consentsApi.revoke(this.pid, consent.id, statement || undefined);
      await this.done(tinfo('revoke.done'));
    });
  }

  /** After a change: close what was open, say what happened, and read the lists again. */
  private async done(message: string): Promise<void> {
    this.open = null;
    this.preview = undefined;
    this.actions.say(message);
    await this.data.reload();
  }

  static override styles = [
    sharedStyles,
    css`
      /* Sections space themselves (shared styles); the accounting's box is a div around its element. */
      div.card {
        margin-top: var(--space-6);
      }
      .consents {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--space-4);
      }
      .consent + .consent {
        border-top: 1px solid var(--c-line);
        padding-top: var(--space-3);
      }
      .revoke,
      al-consent-sign {
        display: block;
        margin-top: var(--space-3);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 var(--space-2);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-my-information': PageMyInformation;
  }
}
