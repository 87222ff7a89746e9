import type { CrisisLine, PlanSnapshot, WellnessSection } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import '../../ui/al-button.js';
import { fire } from '../../ui/events.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import {
  itemsOf,
  renderCrisisLines,
  renderLinks,
  responseLabel,
  sectionName,
  wellnessParts,
} from './wellness-parts.js';
import { wellnessPrintStyles } from './wellness-print-styles.js';

/**
 * The wellness plan on paper: `page`, the whole plan on one sheet (small type, two columns), or
 * `card`, the crisis section as a wallet card (the person's name, who to call and how, what helps,
 * the crisis lines). A mode of the wellness page, not a route. Its own buttons and the app's
 * header are not printed (global.css), so the paper holds the plan alone.
 *
 * @property plan - the plan; @property lines - the organisation's crisis lines; @property kind - `page` or `card`
 * @fires al-print-close - the person went back to their plan
 */
@customElement('al-wellness-print')
export class AlWellnessPrint extends AlElement {
  @property({ attribute: false }) plan!: PlanSnapshot;
  @property({ attribute: false }) lines: readonly CrisisLine[] = [];
  @property() kind: 'page' | 'card' = 'page';

  /** Moves focus to the document's heading, so a screen reader starts at what will be printed. */
  async focusHeading(): Promise<boolean> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('h1');
    heading?.focus();
    return heading !== null;
  }

  override render() {
    return html`
      <div class="screen-only tools">
        <al-button @click=${() => fire(this, 'al-print-close', undefined)}>${tp('wellness.printBack')}</al-button>
        <al-button variant="primary" @click=${() => window.print()}>${tp('wellness.printButton')}</al-button>
      </div>
      <p class="screen-only muted">${tp('wellness.printHint')}</p>
      ${this.kind === 'card' ? this.renderCard() : this.renderPage()}
    `;
  }

  private renderPage() {
    const p = this.plan;
    return html`<article class="one-page">
      <h1 tabindex="-1">${tp('wellness.printHeading', { name: p.participant.name })}</h1>
      <p class="meta">${tp('wellness.printedOn', { date: formatDate(new Date()) })} · ${
        p.wellnessReviewedOn
          ? tp('wellness.reviewedOn', { date: formatDate(p.wellnessReviewedOn) })
          : tp('wellness.notReviewed')
      }</p>
      ${renderCrisisLines(this.lines)}
      <div class="columns">
        ${wellnessParts.map((part) =>
          part.id === 'crisis'
            ? html`<section class="block"><h2>${tp('wellness.part.crisis')}</h2>
                ${part.sections.map((s) => this.renderList(s, true))}</section>`
            : part.sections.map(
                (s) => html`<section class="block"><h2>${sectionName(s)}</h2>${this.renderList(s, false)}</section>`,
              ),
        )}
      </div>
    </article>`;
  }

  private renderList(section: WellnessSection, titled: boolean) {
    const items = itemsOf(this.plan, section);
    if (titled && items.length === 0) return nothing;
    const response = responseLabel(section);
    return html`${titled ? html`<h3>${sectionName(section)}</h3>` : nothing}
      ${
        items.length === 0
          ? html`<p class="meta">—</p>`
          : html`<ul>
              ${items.map(
                (
                  i,
                ) => html`<li>${i.text}${i.response ? html`<br /><span class="meta">${response}:</span> ${i.response}` : nothing}
                  ${renderLinks(i, this.plan)}</li>`,
              )}
            </ul>`
      }`;
  }

  private renderCard() {
    const p = this.plan;
    const who = itemsOf(p, 'crisis-involve');
    const helps = itemsOf(p, 'crisis-helps');
    return html`<article class="wallet-card">
      <h1 tabindex="-1">${tp('wellness.cardTitle', { name: p.participant.name })}</h1>
      ${
        who.length
          ? html`<h2>${tp('wellness.cardCall')}</h2>
              <ul>
                ${who.map((i) => html`<li>${i.text}${renderLinks(i, p)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        helps.length
          ? html`<h2>${tp('wellness.cardHelps')}</h2>
              <ul>
                ${helps.map((i) => html`<li>${i.text}</li>`)}
              </ul>`
          : nothing
      }
      ${renderCrisisLines(this.lines, 'h3')}
    </article>
    <p class="screen-only muted">${tp('wellness.cardCut')}</p>`;
  }

  static override styles = [sharedStyles, wellnessPrintStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-wellness-print': AlWellnessPrint;
  }
}
