import { css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consentsApi } from '../../data/consents-client.js';
import { tinfo } from '../../i18n/my-information-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { sharedStyles } from '../../ui/shared-styles.js';

/** A calendar day (YYYY-MM-DD) in the person's own time zone. */
function day(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The longest period the accounting covers (§2.24): from this day three years ago to today. */
export function accountingLimits(today = new Date()): { earliest: string; latest: string } {
  const earliest = new Date(today);
  earliest.setFullYear(today.getFullYear() - 3);
  return { earliest: day(earliest), latest: day(today) };
}

/**
 * The person's accounting of disclosures, as a file to keep: the last three years, or a shorter
 * period they choose, as a spreadsheet (CSV) or JSON. Plain links: the browser saves the file.
 *
 * @property participantId - whose accounting
 */
@customElement('al-disclosure-accounting')
export class AlDisclosureAccounting extends AlElement {
  @property() participantId = '';
  @state() private from = accountingLimits().earliest;
  @state() private to = accountingLimits().latest;

  override render() {
    const { earliest, latest } = accountingLimits();
    const valid = earliest <= this.from && this.from <= this.to && this.to <= latest;
    const href = (format: 'csv' | 'json') => consentsApi.accountingHref(this.participantId, this.from, this.to, format);
    return html`<section aria-labelledby="accounting-title">
      <h2 id="accounting-title">${tinfo('accounting.title')}</h2>
      <p>${tinfo('accounting.lead')}</p>
      <div class="period">
        ${this.dayInput('from', earliest, latest)} ${this.dayInput('to', earliest, latest)}
      </div>
      ${
        valid
          ? html`<ul class="plain-list">
              <li><a class="link-target" href=${href('csv')} download>${tinfo('accounting.csv')}</a></li>
              <li><a class="link-target" href=${href('json')} download>${tinfo('accounting.json')}</a></li>
            </ul>`
          : html`<p class="invalid" role="alert">${tinfo('accounting.invalid')}</p>`
      }
    </section>`;
  }

  /** One end of the period: a native date input, kept within the three years. */
  private dayInput(end: 'from' | 'to', earliest: string, latest: string) {
    return html`<label>
      <span>${tinfo(end === 'from' ? 'accounting.from' : 'accounting.to')}</span>
      <input type="date" name=${end} min=${earliest} max=${latest} .value=${this[end]}
        @input=${(e: Event) => {
          this[end] = (e.target as HTMLInputElement).value;
        }} />
    </label>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .period {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
        gap: var(--space-3);
        margin-bottom: var(--space-3);
      }
      label {
        display: grid;
        gap: var(--space-1);
        font-weight: 600;
      }
      input {
        min-height: var(--target);
        padding: var(--space-2);
        font: inherit;
        border: 1px solid var(--c-control-border);
        border-radius: var(--radius-small);
        background: var(--c-surface);
        color: var(--c-text);
      }
      .invalid {
        color: var(--c-error);
        font-weight: 600;
      }
      a {
        font-weight: 600;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-disclosure-accounting': AlDisclosureAccounting;
  }
}
