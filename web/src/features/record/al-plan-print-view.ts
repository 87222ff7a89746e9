import type { DisclosurePackage } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { planApi } from '../../data/plan-client.js';
import { Resource } from '../../data/resource.js';
import { tcon } from '../../i18n/consents-i18n.js';
import { formatDate } from '../../i18n/i18n.js';
import { trec } from '../../i18n/record-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { renderResource } from '../../ui/async-state.js';
import { fire } from '../../ui/events.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import './al-printable-plan.js';
import '../../ui/al-button.js';

/**
 * "My record" in print mode: the person's plan, ready to print or save as a PDF — their name and
 * the day it was printed, then the plan. Read once from the plan API (not live: paper does not
 * update). On paper the app's header is gone (global.css) and so are this view's own buttons.
 *
 * With `shared`, it is the printed version of a disclosure instead: the notice against
 * redisclosure and the consent's scope first, then only the kinds of information disclosed.
 *
 * @property participantId - whose plan (the signed-in person's own, or a partner's for `shared`)
 * @property shared - a disclosure's package, to print what it shared
 * @fires al-print-close - back to the page this view replaced
 */
@customElement('al-plan-print-view')
export class AlPlanPrintView extends AlElement {
  @property() participantId = '';
  @property({ attribute: false }) shared: DisclosurePackage | undefined;
  private readonly plan = new Resource(this, (signal) => planApi.plan.snapshot(this.participantId, signal));
  private focused = false;

  /** Moves focus to the printed plan's heading once it is there (false while it loads). */
  async focusHeading(): Promise<boolean> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('h1');
    heading?.focus();
    return heading !== null;
  }

  override render() {
    return html`
      <div class="screen-only tools">
        <al-button @click=${() => fire(this, 'al-print-close', undefined)}>
          ${this.shared ? tcon('package.back') : trec('print.back')}
        </al-button>
        <al-button variant="primary" @click=${() => window.print()}>${trec('print.button')}</al-button>
      </div>
      <p class="screen-only muted">${trec('print.hint')}</p>
      ${renderResource(
        this.plan,
        (plan) => html`
          <div class="page-header">
            <h1 tabindex="-1">${trec('print.heading', { name: plan.participant.name })}</h1>
            <p class="printed">${trec('print.printedOn', { date: formatDate(new Date()) })}</p>
          </div>
          ${this.renderShared()}
          <al-printable-plan .plan=${plan} .classes=${this.shared?.disclosure?.dataClasses}></al-printable-plan>
        `,
      )}
    `;
  }

  /** A disclosure's paper starts with what binds the recipient: the notice, and what was consented to. */
  private renderShared() {
    const shared = this.shared;
    if (!shared) return nothing;
    return html`<section class="shared" lang=${shared.language} aria-label=${tcon('package.title')}>
      <h2>${tcon('package.notice')}</h2>
      <p>${shared.notice}</p>
      <h2>${tcon('package.scope')}</h2>
      <p>${shared.scope}</p>
    </section>`;
  }

  protected override updated(): void {
    // The heading arrives with the plan: focus it then, so a screen reader starts at the document.
    if (this.plan.value && !this.focused) {
      this.focused = true;
      void this.focusHeading();
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .tools {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--space-3);
        margin-bottom: var(--space-2);
      }
      .printed {
        color: var(--c-muted);
      }
      .shared {
        border: 1px solid var(--c-line);
        padding: var(--space-3);
        margin-bottom: var(--space-4);
      }
      .shared h2 {
        font-size: 1rem;
        margin: 0 0 var(--space-2);
      }
      @media print {
        .screen-only {
          display: none;
        }
        h1 {
          font-size: 20pt;
          color: #000;
        }
        .printed {
          color: #000;
          font-size: 12pt;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plan-print-view': AlPlanPrintView;
  }
  interface HTMLElementEventMap {
    'al-print-close': CustomEvent<undefined>;
  }
}
