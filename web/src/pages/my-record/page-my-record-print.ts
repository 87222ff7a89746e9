import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { planApi } from '../../data/plan-client.js';
import { Resource } from '../../data/resource.js';
import { formatDate } from '../../i18n/i18n.js';
import { trec } from '../../i18n/record-i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../features/record/al-printable-plan.js';
import '../../ui/al-button.js';

/**
 * The person's plan, ready to print or save as a PDF: their name and the day it was printed,
 * then the plan itself. Read once from the plan API (not live: paper does not update). On paper
 * the app's header is gone (app root) and so are this page's own button and links.
 */
@customElement('page-my-record-print')
export class PageMyRecordPrint extends PageElement {
  private readonly plan = new Resource(this, (signal) => planApi.plan.snapshot(this.me?.id ?? '', signal));

  override render() {
    return html`
      <div class="screen-only tools">
        <a class="link-target" href="/my-record">${trec('print.back')}</a>
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
          <al-printable-plan .plan=${plan}></al-printable-plan>
        `,
      )}
    `;
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
    'page-my-record-print': PageMyRecordPrint;
  }
}
