import {
  parseReportPeriod,
  type ReportCount,
  type ReportTrend,
  type ReportTrendPoint,
  type reportTrendSteps,
} from '@alongside/shared';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { reportsApi } from '../../data/reports-client.js';
import { Resource } from '../../data/resource.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { type ReportsKey, tr } from '../../i18n/reports-i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { PartElement } from '../../ui/part-element.js';
import { count, disclosureNotice, scopeLabel } from './report-format.js';
import { partLabel } from './report-periods.js';

type Step = (typeof reportTrendSteps)[number];

/** The columns of the trend: each a headline count every point carries. */
const measures: readonly { key: Exclude<keyof ReportTrendPoint, 'period'>; label: ReportsKey }[] = [
  { key: 'sessions', label: 'trend.sessions' },
  { key: 'participantsEngaged', label: 'trend.engaged' },
  { key: 'goalsSet', label: 'trend.goals' },
  { key: 'stepsCompleted', label: 'trend.steps' },
  { key: 'suggestionsMade', label: 'trend.suggestions' },
  { key: 'referralsMade', label: 'trend.referrals' },
];

/**
 * A year at a glance: the headline counts of each quarter (or, on request, each month), for the
 * same scope as the report above it, as a table — one row a period, one column a measure. Every
 * value is exactly what that period's own report shows; a hidden one reads "hidden". It loads
 * its own data and reloads when the year, the specialist or the step changes. Renders into the
 * page's tree (`PartElement`), so its ids are prefixed `trend-`.
 *
 * @property year - the year shown
 * @property specialistId - narrowed to this specialist, or the whole organisation
 * @property specialistName - that specialist's name, for the heading
 */
@customElement('al-report-trend')
export class AlReportTrend extends PartElement {
  @property({ attribute: false }) year!: number;
  @property({ attribute: false }) specialistId: string | undefined;
  @property({ attribute: false }) specialistName: string | undefined;
  @state() private by: Step = 'quarter';

  private readonly trend = new Resource(this, (signal) =>
    // One specialist's trend is by quarter: by month their numbers would be mostly hidden.
    reportsApi.trend(
      { year: this.year, by: this.specialistId ? 'quarter' : this.by, specialistId: this.specialistId },
      signal,
    ),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first load starts when the element connects; a new year or specialist loads again.
    if (this.hasUpdated && (changed.has('year') || changed.has('specialistId'))) void this.trend.reload();
  }

  private show(step: Step): void {
    this.by = step;
    void this.trend.reload();
  }

  /** By quarter or by month: the organisation's trend only (a specialist's is by quarter). */
  private renderSteps(): TemplateResult {
    return html`<fieldset class="trend-by">
        <legend>${tr('trend.by')}</legend>
        ${(['quarter', 'month'] as const).map(
          (step) => html`<label class="radio">
            <input
              type="radio"
              name="trend-by"
              value=${step}
              .checked=${this.by === step}
              @change=${() => this.show(step)}
            />
            ${tr(step === 'quarter' ? 'trend.byQuarter' : 'trend.byMonth')}
          </label>`,
        )}
      </fieldset>`;
  }

  override render(): TemplateResult {
    return html`<section aria-labelledby="trend-title" class="trend">
      <h3 id="trend-title">${tr('trend.title', { year: this.year, scope: scopeLabel(this.specialistId ? (this.specialistName ?? '…') : undefined) })}</h3>
      <p>${tr('trend.text')}</p>
      ${this.specialistId ? nothing : this.renderSteps()}
      ${renderResource(this.trend, (trend) => this.table(trend))}
    </section>`;
  }

  private table(trend: ReportTrend): TemplateResult {
    const language = currentLanguage();
    const caption = tr(trend.by === 'quarter' ? 'trend.caption.quarter' : 'trend.caption.month', {
      year: trend.year,
    });
    // Seven columns are wider than a phone: the table scrolls inside its own box, reachable by keyboard.
    return html`${disclosureNotice(trend.disclosure)}
      <div class="table-wrap scroll" role="region" aria-labelledby="trend-caption" tabindex="0">
        <table class="trend-table">
          <caption id="trend-caption">${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${tr(trend.by === 'quarter' ? 'trend.col.quarter' : 'trend.col.month')}</th>
              ${measures.map((m) => html`<th scope="col" class="num">${tr(m.label)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${trend.points.map((point) => {
              const period = parseReportPeriod(point.period.id);
              return html`<tr>
                <th scope="row">${period ? partLabel(period, language) : point.period.id}</th>
                ${measures.map((m) => html`<td class="num">${count(point[m.key] as ReportCount)}</td>`)}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-report-trend': AlReportTrend;
  }
}
