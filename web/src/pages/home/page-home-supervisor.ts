import { parseReportPeriod, type ReportSummaryQuery } from '@alongside/shared';
import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { reportsApi } from '../../data/reports-client.js';
import { Resource } from '../../data/resource.js';
import { defaultPeriod, todayUtc } from '../../features/reports/report-periods.js';
import { reportStyles } from '../../features/reports/report-styles.js';
import { th } from '../../i18n/home-i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import { homeStyles } from './home-styles.js';
import '../../features/reports/al-report-picker.js';
import '../../features/reports/al-report-summary.js';
import '../../features/reports/al-report-trend.js';

/**
 * A supervisor's start page: the program's aggregate report for a calendar period (the quarter we
 * are in, at first), then the year it belongs to at a glance. The page holds the query and loads
 * the report; `al-report-picker` asks for another, `al-report-summary` and `al-report-trend` show.
 */
@customElement('page-home-supervisor')
export class PageHomeSupervisor extends PageElement {
  private readonly today = todayUtc();
  @state() private query: ReportSummaryQuery = { period: defaultPeriod(this.today).id };

  /** The report with the query it answers, so the CSV link always asks for the numbers on screen. */
  private readonly report = new Resource(this, async (signal) => {
    const query = this.query;
    return { query, summary: await reportsApi.summary(query, signal) };
  });
  private readonly specialists = new Resource(this, (signal) => reportsApi.specialists(signal));

  override render() {
    const period = parseReportPeriod(this.query.period) ?? defaultPeriod(this.today);
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${th('home.welcome', { name: this.me?.name ?? '' })}</h1>
        <p class="lead">${th('homeSupervisor.lead')}</p>
      </div>
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">${th('homeSupervisor.reportsTitle')}</h2>
        <p>${th('homeSupervisor.reportsText')}</p>
        <al-report-picker
          .period=${period}
          .specialistId=${this.query.specialistId}
          .specialists=${this.specialists.value?.specialists ?? []}
          .today=${this.today}
          @al-report-query=${this.onQuery}
        ></al-report-picker>
        ${renderResource(
          this.report,
          ({ query, summary }) =>
            html`<al-report-summary
              .summary=${summary}
              .query=${query}
              .specialistName=${this.specialistName(query.specialistId)}
            ></al-report-summary>`,
        )}
        <al-report-trend
          .year=${period.year}
          .specialistId=${this.query.specialistId}
          .specialistName=${this.specialistName(this.query.specialistId)}
        ></al-report-trend>
      </section>
    `;
  }

  private specialistName(id: string | undefined): string | undefined {
    return id ? this.specialists.value?.specialists.find((s) => s.id === id)?.name : undefined;
  }

  private onQuery(event: CustomEvent<ReportSummaryQuery>): void {
    this.query = event.detail;
    void this.report.reload();
  }

  static override styles = [sharedStyles, homeStyles, reportStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-home-supervisor': PageHomeSupervisor;
  }
}
