import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AlPlanPrintView } from '../../features/record/al-plan-print-view.js';
import '../../features/record/al-plan-print-view.js';
import { trec } from '../../i18n/record-i18n.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';

/** Where the person's own record can be downloaded; the server lets only the person themself do so. */
export function recordExportHref(participantId: string, format: 'json' | 'fhir'): string {
  const id = encodeURIComponent(participantId);
  return `/api/participants/${id}/record/${format === 'json' ? 'export.json' : 'export.fhir.json'}`;
}

/**
 * "My record": the person's right of access in one place. Print the plan, take a copy of
 * everything (JSON) or one another health system can read (FHIR), see who has their information
 * (consents and disclosures) and who has looked at it.
 * The downloads are plain links: the browser saves the file, no script holds it in memory.
 * "Print my plan" turns the page into the printable plan: a mode, not a route of its own, as every
 * route adds to the first screen's script (its 60 KB budget is nearly spent).
 */
@customElement('page-my-record')
export class PageMyRecord extends PageElement {
  @state() private printing = false;

  override async focusHeading(): Promise<boolean> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector<AlPlanPrintView>('al-plan-print-view');
    return view ? view.focusHeading() : super.focusHeading();
  }

  override render() {
    const id = this.me?.id ?? '';
    if (this.printing) {
      return html`<al-plan-print-view .participantId=${id} @al-print-close=${this.closePrint}></al-plan-print-view>`;
    }
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${trec('record.title')}</h1>
        <p class="lead">${trec('record.lead')}</p>
      </div>
      <section class="card" aria-labelledby="print-title">
        <h2 id="print-title">${trec('record.printTitle')}</h2>
        <p>${trec('record.printText')}</p>
        <al-button variant="primary" @click=${this.openPrint}>
          ${trec('record.printLink')}
        </al-button>
      </section>
      <section class="card" aria-labelledby="copy-title">
        <h2 id="copy-title">${trec('record.copyTitle')}</h2>
        <ul class="plain-list downloads">
          <li>
            <a class="link-target" href=${recordExportHref(id, 'json')} download>${trec('record.jsonLink')}</a>
            <p>${trec('record.jsonText')}</p>
          </li>
          <li>
            <a class="link-target" href=${recordExportHref(id, 'fhir')} download>${trec('record.fhirLink')}</a>
            <p>${trec('record.fhirText')}</p>
          </li>
        </ul>
        <p class="muted">${trec('record.downloadNote')}</p>
      </section>
      <section class="card" aria-labelledby="info-title">
        <h2 id="info-title">${trec('record.infoTitle')}</h2>
        <p>${trec('record.infoText')}</p>
        <p><a class="link-target" href="/my-information">${trec('record.infoLink')}</a></p>
      </section>
      <section class="card" aria-labelledby="access-title">
        <h2 id="access-title">${trec('record.accessTitle')}</h2>
        <p>${trec('record.accessText')}</p>
        <p><a class="link-target" href="/access-log">${trec('record.accessLink')}</a></p>
      </section>
    `;
  }

  private async openPrint(): Promise<void> {
    this.printing = true;
    await this.focusHeading();
  }

  private async closePrint(): Promise<void> {
    this.printing = false;
    await this.focusHeading();
  }

  static override styles = [
    sharedStyles,
    css`
      .card a {
        font-weight: 600;
      }
      .downloads li {
        margin-bottom: var(--space-3);
      }
      .downloads p {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-my-record': PageMyRecord;
  }
}
