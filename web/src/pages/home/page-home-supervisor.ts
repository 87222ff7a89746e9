import type { ReportSummaryQuery } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { reportsApi } from '../../data/reports-client.js';
import { Resource } from '../../data/resource.js';
import { reportStyles } from '../../features/reports/report-styles.js';
import { t } from '../../i18n/i18n.js';
import { tr } from '../../i18n/reports-i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import { homeStyles } from './home-styles.js';
import '../../features/reports/al-report-summary.js';
import '../../ui/al-button.js';

/** A date as `YYYY-MM-DD` in the person's own calendar. */
function ymd(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last 90 days, today included. */
function defaultRange(): ReportSummaryQuery {
  const to = new Date();
  const from = new Date(to);
  from.setDate(from.getDate() - 89);
  return { from: ymd(from), to: ymd(to) };
}

/**
 * A supervisor's start page: the program's aggregate report for a period. The page holds the
 * period form and loads the report; `al-report-summary` shows it.
 */
@customElement('page-home-supervisor')
export class PageHomeSupervisor extends PageElement {
  @state() private query: ReportSummaryQuery = defaultRange();
  @state() private formError = '';

  private readonly report = new Resource(this, (signal) => reportsApi.summary(this.query, signal));
  private readonly specialists = new Resource(this, (signal) => reportsApi.specialists(signal));

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${t('home.welcome', { name: this.me?.name ?? '' })}</h1>
        <p class="lead">${t('homeSupervisor.lead')}</p>
      </div>
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">${t('homeSupervisor.reportsTitle')}</h2>
        <p>${t('homeSupervisor.reportsText')}</p>
        ${this.renderForm()}
        ${renderResource(
          this.report,
          (summary) => html`<al-report-summary .summary=${summary} .query=${this.query}></al-report-summary>`,
        )}
      </section>
    `;
  }

  private renderForm() {
    return html`<form class="card card-soft range" @submit=${this.onSubmit} novalidate>
      <fieldset>
        <legend>${tr('form.label')}</legend>
        <div class="dates">
          <div class="date">
            <label for="from">${tr('form.from')}</label>
            <input
              id="from"
              name="from"
              type="date"
              required
              .value=${this.query.from}
              aria-invalid=${this.formError ? 'true' : 'false'}
              aria-describedby=${this.formError ? 'range-error' : nothing}
            />
          </div>
          <div class="date">
            <label for="to">${tr('form.to')}</label>
            <input
              id="to"
              name="to"
              type="date"
              required
              .value=${this.query.to}
              aria-invalid=${this.formError ? 'true' : 'false'}
              aria-describedby=${this.formError ? 'range-error' : nothing}
            />
          </div>
          <div class="date">
            <label for="specialist">${tr('form.specialist')}</label>
            <select id="specialist" name="specialistId">
              <option value="" ?selected=${!this.query.specialistId}>${tr('form.everyone')}</option>
              ${(this.specialists.value?.specialists ?? []).map(
                (s) => html`<option value=${s.id} ?selected=${this.query.specialistId === s.id}>${s.name}</option>`,
              )}
            </select>
          </div>
          <al-button type="submit" variant="primary">${tr('form.show')}</al-button>
        </div>
      </fieldset>
      <div role="alert">${this.formError ? html`<p id="range-error" class="error">${this.formError}</p>` : nothing}</div>
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    if (!from || !to) {
      this.formError = tr('form.missing');
      return;
    }
    if (from > to) {
      this.formError = tr('form.badRange');
      return;
    }
    this.formError = '';
    const specialistId = String(data.get('specialistId') ?? '');
    this.query = specialistId ? { from, to, specialistId } : { from, to };
    void this.report.reload();
  }

  static override styles = [sharedStyles, homeStyles, reportStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-home-supervisor': PageHomeSupervisor;
  }
}
