import {
  choicePathwayBands,
  confidenceBands,
  goalStatuses,
  type ReportCount,
  type ReportMedian,
  type ReportShare,
  type ReportSummary,
  type ReportSummaryQuery,
  referralStatuses,
  reportSuggestionStatuses,
  sessionModes,
  supportBands,
} from '@alongside/shared';
import { css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { reportsApi } from '../../api/reports-client.js';
import { Resource } from '../../data/resource.js';
import { currentLanguage, formatDate, t } from '../../i18n/i18n.js';
import { type ReportsKey, tr } from '../../i18n/reports-i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import { homeStyles } from './home-styles.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';

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

/** A calendar date shown in the interface language (noon UTC, so no time zone moves the day). */
const formatDay = (value: string) => formatDate(`${value}T12:00:00Z`);

interface BarRow {
  label: string;
  value: ReportCount;
  /** A total row: shown in bold, and not drawn as a bar. */
  total?: boolean;
}

/**
 * A supervisor's start page: the program's aggregate report for a period. Every number comes from
 * the server already suppressed and rounded; this page only says so in plain words ("fewer than
 * 11", "about 20") and never computes a number of its own from them.
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
        ${renderResource(this.report, (summary) => this.renderSummary(summary))}
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

  private renderSummary(s: ReportSummary): TemplateResult {
    const threshold = s.suppression.threshold;
    const allZero =
      s.sessions.total === 0 && s.participantsEngaged === 0 && s.goals.total === 0 && s.stepsCompleted === 0;
    const p = s.partnership;
    return html`
      <div class="summary">
        <p class="period">
          <strong>${tr('period', { from: formatDay(s.range.from), to: formatDay(s.range.to) })}</strong>
        </p>
        <p class="muted">${tr(this.query.specialistId ? 'filterOne' : 'filterNote')}</p>
        <al-notice tone="info"><p>${tr('privacy', { threshold })}</p></al-notice>
        ${allZero ? html`<p class="empty">${tr('empty')}</p>` : nothing}
        <p class="csv">
          <a class="link-target" href=${reportsApi.csvHref(this.query)} download>${tr('csv')}</a>
          <span class="muted">${tr('csvHint')}</span>
        </p>

        <ul class="figures" aria-label=${tr('engaged.title')}>
          <li class="card figure">
            <h3>${tr('engaged.title')}</h3>
            <p class="big">${this.count(s.participantsEngaged, threshold)}</p>
            <p class="muted">${tr('engaged.text')}</p>
          </li>
          <li class="card figure">
            <h3>${tr('steps.title')}</h3>
            <p class="big">${this.count(s.stepsCompleted, threshold)}</p>
            <p class="muted">${tr('steps.text')}</p>
          </li>
        </ul>

        <section aria-labelledby="sessions-title">
          <h3 id="sessions-title">${tr('sessions.title')}</h3>
          ${this.bars(
            'sessions',
            tr('sessions.caption'),
            [
              ...sessionModes.map((m) => ({ label: tr(`mode.${m}`), value: s.sessions.byMode[m] })),
              { label: tr('sessions.total'), value: s.sessions.total, total: true },
            ],
            threshold,
          )}
        </section>

        <section aria-labelledby="goals-title">
          <h3 id="goals-title">${tr('goals.title')}</h3>
          ${this.goalsTable(s, threshold)}
        </section>

        <section aria-labelledby="partnership-title">
          <h3 id="partnership-title">${tr('partnership.title')}</h3>
          <p>${tr('partnership.text')}</p>
          <p class="share">${tr('voice.share')}: <strong>${this.share(p.activeGoalsOwnVoiceShare)}</strong></p>
          ${this.bars(
            'voice',
            tr('voice.caption'),
            [
              { label: tr('voice.participant'), value: p.activeGoalsByVoice.participant },
              { label: tr('voice.specialist'), value: p.activeGoalsByVoice.specialist },
              { label: tr('voice.total'), value: p.activeGoalsByVoice.total, total: true },
            ],
            threshold,
          )}
          ${this.bars(
            'suggestions',
            tr('suggestions.caption'),
            [
              ...reportSuggestionStatuses.map((k) => ({
                label: tr(`suggestion.${k}`),
                value: p.suggestions.byStatus[k],
              })),
              { label: tr('suggestions.total'), value: p.suggestions.total, total: true },
            ],
            threshold,
          )}
          <p class="share">
            ${tr('choices.share')}: <strong>${this.share(p.choicesMoreThanOnePathwayShare)}</strong>
          </p>
          ${this.bars(
            'choices',
            tr('choices.caption'),
            [
              ...choicePathwayBands.map((k) => ({ label: tr(`choices.${k}`), value: p.choices.byPathways[k] })),
              { label: tr('choices.total'), value: p.choices.total, total: true },
            ],
            threshold,
          )}
        </section>

        <section aria-labelledby="confidence-title">
          <h3 id="confidence-title">${tr('confidence.title')}</h3>
          <p>${tr('confidence.text')}</p>
          <p class="share">
            ${tr('confidence.median')}: <strong>${this.median(s.confidenceChange.median)}</strong>
          </p>
          ${this.bars(
            'confidence',
            tr('confidence.caption'),
            [
              ...confidenceBands.map((b) => ({ label: tr(`band.${b}`), value: s.confidenceChange.byBand[b] })),
              { label: tr('confidence.goals'), value: s.confidenceChange.goals, total: true },
            ],
            threshold,
          )}
        </section>

        <section aria-labelledby="referrals-title">
          <h3 id="referrals-title">${tr('referrals.title')}</h3>
          <p>${tr('referrals.text')}</p>
          <p class="share">${tr('referrals.share')}: <strong>${this.share(s.referrals.connectedShare)}</strong></p>
          ${this.bars(
            'referrals',
            tr('referrals.caption'),
            [
              ...referralStatuses.map((k) => ({ label: tr(`referral.${k}`), value: s.referrals.byStatus[k] })),
              { label: tr('referrals.made'), value: s.referrals.made, total: true },
            ],
            threshold,
          )}
        </section>

        <section aria-labelledby="supports-title">
          <h3 id="supports-title">${tr('supports.title')}</h3>
          <p>${tr('supports.text')}</p>
          ${this.bars(
            'supports',
            tr('supports.caption'),
            [
              ...supportBands.map((b) => ({
                label: tr(`supports.band.${b}` as ReportsKey) as string,
                value: s.supportsPerParticipant.byBand[b],
              })),
              { label: tr('supports.participants'), value: s.supportsPerParticipant.participants, total: true },
            ],
            threshold,
          )}
        </section>
      </div>
    `;
  }

  /** A published count in words: 0, "about 20", or "fewer than 11". */
  private count(value: ReportCount, threshold: number): string {
    if (typeof value !== 'number') return tr('value.fewer', { threshold });
    if (value === 0) return '0';
    return tr('value.about', { value: value.toLocaleString(currentLanguage()) });
  }

  private share(value: ReportShare): string {
    return typeof value === 'number' ? tr('value.percent', { value }) : tr('value.hidden');
  }

  private median(value: ReportMedian): string {
    if (typeof value !== 'number') return tr('value.hidden');
    const text = value.toLocaleString(currentLanguage(), { maximumFractionDigits: 1 });
    return value > 0 ? `+${text}` : text;
  }

  /**
   * A bar chart that is also a table: each row has its label, its value in words, and a bar drawn
   * for sighted readers (hidden from screen readers, which read the value). A hidden count gets a
   * hatched stub, not a length that would suggest a number.
   */
  private bars(id: string, caption: string, rows: readonly BarRow[], threshold: number): TemplateResult {
    const max = Math.max(
      threshold,
      ...rows.filter((r) => !r.total).map((r) => (typeof r.value === 'number' ? r.value : 0)),
    );
    return html`<div class="table-wrap">
      <table class="bars" id=${`${id}-table`}>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${tr('col.what')}</th>
            <th scope="col" class="num">${tr('col.count')}</th>
            <th scope="col" class="bar-col"><span class="visually-hidden">${tr('col.chart')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr class=${r.total ? 'total' : ''}>
              <th scope="row">${r.label}</th>
              <td class="num">${this.count(r.value, threshold)}</td>
              <td class="bar-col" aria-hidden="true">
                ${
                  r.total || r.value === 0
                    ? nothing
                    : typeof r.value === 'number'
                      ? html`<span class="bar" style=${`width:${Math.round((r.value / max) * 100)}%`}></span>`
                      : html`<span class="bar hidden-bar"></span>`
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private goalsTable(s: ReportSummary, threshold: number): TemplateResult {
    // Wider than a phone: the table scrolls sideways inside its own box, which keyboards can reach.
    return html`<p id="goals-caption" class="table-title">${tr('goals.caption')}</p>
      <div class="table-wrap scroll" role="region" aria-labelledby="goals-caption" tabindex="0">
      <table class="goals">
        <caption class="visually-hidden">${tr('goals.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${tr('goals.area')}</th>
            ${goalStatuses.map((st) => html`<th scope="col" class="num">${tr(`status.${st}`)}</th>`)}
            <th scope="col" class="num">${tr('goals.total')}</th>
          </tr>
        </thead>
        <tbody>
          ${s.goals.rows.map(
            (row) => html`<tr>
              <th scope="row">${tr(`area.${row.lifeArea}`)}</th>
              ${goalStatuses.map((st) => html`<td class="num">${this.count(row.byStatus[st], threshold)}</td>`)}
              <td class="num">${this.count(row.total, threshold)}</td>
            </tr>`,
          )}
          <tr class="total">
            <th scope="row">${tr('goals.allAreas')}</th>
            ${goalStatuses.map((st) => html`<td class="num">${this.count(s.goals.totalsByStatus[st], threshold)}</td>`)}
            <td class="num">${this.count(s.goals.total, threshold)}</td>
          </tr>
        </tbody>
      </table>
    </div>`;
  }

  static override styles = [
    sharedStyles,
    homeStyles,
    css`
      .range {
        margin-bottom: var(--space-5);
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: var(--space-3);
      }
      .dates {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-3) var(--space-4);
        align-items: flex-end;
      }
      .date {
        flex: 1 1 10rem;
        min-width: 0;
      }
      label {
        font-weight: 600;
      }
      select {
        font: inherit;
        min-height: var(--target);
        padding: 0.4rem 0.6rem;
        border: 1px solid var(--c-muted);
        border-radius: var(--radius-small);
        background: var(--c-surface);
        color: var(--c-text);
        width: 100%;
        min-width: 0;
      }
      input[aria-invalid='true'] {
        border-color: var(--c-error);
        border-width: 2px;
      }
      .error {
        color: var(--c-error);
        font-weight: 600;
        margin: var(--space-3) 0 0;
      }
      .summary > * + * {
        margin-top: var(--space-4);
      }
      .summary section {
        margin-top: var(--space-6);
      }
      al-notice {
        display: block;
      }
      .empty {
        font-weight: 600;
      }
      .csv {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 var(--space-3);
      }
      .figures {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--space-4);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      }
      .figure h3 {
        margin: 0;
      }
      .figure p {
        margin: 0;
      }
      .big {
        font-size: 1.6rem;
        font-weight: 700;
      }
      .share {
        margin: var(--space-3) 0;
      }
      .table-wrap + .table-wrap,
      .table-wrap + .share,
      .share + .table-wrap {
        margin-top: var(--space-4);
      }
      .table-title {
        color: var(--c-muted);
        margin-bottom: var(--space-2);
      }
      .num {
        text-align: end;
        white-space: nowrap;
      }
      tr.total th,
      tr.total td {
        font-weight: 700;
      }
      .bars .bar-col {
        width: 40%;
        vertical-align: middle;
      }
      .bar {
        display: block;
        height: 0.9rem;
        min-width: 2px;
        background: var(--c-primary);
        border-radius: 2px;
      }
      .hidden-bar {
        width: 1.5rem;
        background: repeating-linear-gradient(
          45deg,
          var(--c-muted) 0 3px,
          transparent 3px 6px
        );
      }
      @media (max-width: 30rem) {
        .bars .bar-col {
          width: 25%;
        }
        .goals {
          min-width: 30rem;
        }
        .goals th,
        .goals td {
          overflow-wrap: normal;
        }
        .num {
          white-space: normal;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-home-supervisor': PageHomeSupervisor;
  }
}
