import {
  choicePathwayBands,
  confidenceBands,
  consentKinds,
  consentStates,
  goalStatuses,
  parseReportPeriod,
  type ReportSummary,
  type ReportSummaryQuery,
  referralStatuses,
  reportSuggestionStatuses,
  selfCheckChangeBands,
  sessionModes,
  supportBands,
} from '@alongside/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { reportsApi } from '../../data/reports-client.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { type ReportsKey, tr } from '../../i18n/reports-i18n.js';
import { PartElement } from '../../ui/part-element.js';
import {
  type BarRow,
  count,
  disclosureNotice,
  medianBand,
  scopeLabel,
  selfCheckMedian,
  share,
} from './report-format.js';
import { periodLabel } from './report-periods.js';

/**
 * The program's aggregate report for a period, as the supervisor's page shows it: the headline
 * figures, then each area as a bar chart that is also a table, and the goals by life area and
 * status. Every number comes from the server already protected (slightly adjusted, small counts
 * hidden); this says so in plain words on every report and never computes a number of its own
 * from them — a hidden count reads "hidden", a shown one is shown as published.
 * Renders into the page's tree (`PartElement`): the page's report styles and ids reach it.
 *
 * @property summary - the report as the server published it
 * @property query - the period and specialist it was asked for (the CSV link asks the same)
 * @property specialistName - the name of that specialist, for the heading (none: the whole organisation)
 */
@customElement('al-report-summary')
export class AlReportSummary extends PartElement {
  @property({ attribute: false }) summary!: ReportSummary;
  @property({ attribute: false }) query!: ReportSummaryQuery;
  @property({ attribute: false }) specialistName: string | undefined;

  override render(): TemplateResult {
    const s = this.summary;
    const period = parseReportPeriod(s.period.id);
    const allZero =
      s.sessions.total === 0 && s.participantsEngaged === 0 && s.goals.total === 0 && s.stepsCompleted === 0;
    const p = s.partnership;
    return html`
      <div class="summary">
        <p class="period">
          <strong
            >${tr('summary.title', {
              period: period ? periodLabel(period, currentLanguage()) : s.period.id,
              scope: scopeLabel(s.scope === 'specialist' ? (this.specialistName ?? '…') : undefined),
            })}</strong
          >
        </p>
        <p class="muted">${tr(s.scope === 'specialist' ? 'filterOne' : 'filterNote')}</p>
        ${disclosureNotice(s.disclosure)}
        ${allZero ? html`<p class="empty">${tr('empty')}</p>` : nothing}
        <p class="csv">
          <a class="link-target" href=${reportsApi.csvHref(this.query)} download>${tr('csv')}</a>
          <span class="muted">${tr('csvHint')}</span>
        </p>

        <ul class="figures" aria-label=${tr('engaged.title')}>
          <li class="card figure">
            <h3>${tr('engaged.title')}</h3>
            <p class="big">${count(s.participantsEngaged)}</p>
            <p class="muted">${tr('engaged.text')}</p>
          </li>
          <li class="card figure">
            <h3>${tr('steps.title')}</h3>
            <p class="big">${count(s.stepsCompleted)}</p>
            <p class="muted">${tr('steps.text')}</p>
          </li>
        </ul>

        <section aria-labelledby="sessions-title">
          <h3 id="sessions-title">${tr('sessions.title')}</h3>
          ${this.bars('sessions', tr('sessions.caption'), [
            ...sessionModes.map((m) => ({ label: tr(`mode.${m}`), value: s.sessions.byMode[m] })),
            { label: tr('sessions.total'), value: s.sessions.total, total: true },
          ])}
        </section>

        <section aria-labelledby="goals-title">
          <h3 id="goals-title">${tr('goals.title')}</h3>
          ${this.goalsTable(s)}
        </section>

        <section aria-labelledby="partnership-title">
          <h3 id="partnership-title">${tr('partnership.title')}</h3>
          <p>${tr('partnership.text')}</p>
          <p class="share">${tr('voice.share')}: <strong>${share(p.activeGoalsOwnVoiceShare)}</strong></p>
          ${this.bars('voice', tr('voice.caption'), [
            { label: tr('voice.participant'), value: p.activeGoalsByVoice.participant },
            { label: tr('voice.specialist'), value: p.activeGoalsByVoice.specialist },
            { label: tr('voice.total'), value: p.activeGoalsByVoice.total, total: true },
          ])}
          ${this.bars('suggestions', tr('suggestions.caption'), [
            ...reportSuggestionStatuses.map((k) => ({
              label: tr(`suggestion.${k}`),
              value: p.suggestions.byStatus[k],
            })),
            { label: tr('suggestions.total'), value: p.suggestions.total, total: true },
          ])}
          <p class="share">
            ${tr('choices.share')}: <strong>${share(p.choicesMoreThanOnePathwayShare)}</strong>
          </p>
          ${this.bars('choices', tr('choices.caption'), [
            ...choicePathwayBands.map((k) => ({ label: tr(`choices.${k}`), value: p.choices.byPathways[k] })),
            { label: tr('choices.total'), value: p.choices.total, total: true },
          ])}
        </section>

        <section aria-labelledby="confidence-title">
          <h3 id="confidence-title">${tr('confidence.title')}</h3>
          <p>${tr('confidence.text')}</p>
          <p class="share">
            ${tr('confidence.median')}: <strong>${medianBand(s.confidenceChange.medianBand)}</strong>
          </p>
          ${this.bars('confidence', tr('confidence.caption'), [
            ...confidenceBands.map((b) => ({ label: tr(`band.${b}`), value: s.confidenceChange.byBand[b] })),
            { label: tr('confidence.goals'), value: s.confidenceChange.goals, total: true },
          ])}
        </section>

        <section aria-labelledby="self-checks-title">
          <h3 id="self-checks-title">${tr('selfChecks.title')}</h3>
          <p>${tr('selfChecks.text')}</p>
          ${s.selfCheckChange.map(
            (d) => html`<p class="share">
                ${tr(`area.${d.dimension}`)} — ${tr('selfChecks.median')}: <strong>${selfCheckMedian(d.medianBand)}</strong>
              </p>
              ${this.bars(`self-checks-${d.dimension}`, tr('selfChecks.caption', { area: tr(`area.${d.dimension}`) }), [
                ...selfCheckChangeBands.map((b) => ({ label: tr(`scband.${b}`), value: d.byBand[b] })),
                { label: tr('selfChecks.people'), value: d.people, total: true },
              ])}`,
          )}
        </section>

        <section aria-labelledby="referrals-title">
          <h3 id="referrals-title">${tr('referrals.title')}</h3>
          <p>${tr('referrals.text')}</p>
          <p class="share">${tr('referrals.share')}: <strong>${share(s.referrals.connectedShare)}</strong></p>
          ${this.bars('referrals', tr('referrals.caption'), [
            ...referralStatuses.map((k) => ({ label: tr(`referral.${k}`), value: s.referrals.byStatus[k] })),
            { label: tr('referrals.made'), value: s.referrals.made, total: true },
          ])}
        </section>

        <section aria-labelledby="supports-title">
          <h3 id="supports-title">${tr('supports.title')}</h3>
          <p>${tr('supports.text')}</p>
          ${this.bars('supports', tr('supports.caption'), [
            ...supportBands.map((b) => ({
              label: tr(`supports.band.${b}` as ReportsKey) as string,
              value: s.supportsPerParticipant.byBand[b],
            })),
            { label: tr('supports.participants'), value: s.supportsPerParticipant.participants, total: true },
          ])}
        </section>

        <section aria-labelledby="consents-title">
          <h3 id="consents-title">${tr('consents.title')}</h3>
          <p>${tr('consents.text')}</p>
          ${this.bars('consents', tr('consents.caption'), [
            ...consentStates.map((k) => ({ label: tr(`consentState.${k}`), value: s.consents.totalsByState[k] })),
            { label: tr('consents.all'), value: s.consents.total, total: true },
          ])}
          ${this.bars('consent-kinds', tr('consents.kindsCaption'), [
            ...s.consents.rows.map((row) => ({ label: tr(`consentKind.${row.kind}`), value: row.total })),
            { label: tr('consents.all'), value: s.consents.total, total: true },
          ])}
          ${this.bars('sharing', tr('sharing.caption'), [
            ...consentKinds.map((k) => ({
              label: tr(`consentKind.${k}`),
              value: s.recordDisclosures.byConsentKind[k],
            })),
            { label: tr('sharing.all'), value: s.recordDisclosures.total, total: true },
          ])}
        </section>
        ${
          s.languageNudges
            ? html`<section aria-labelledby="nudges-title">
                <h3 id="nudges-title">${tr('nudges.title')}</h3>
                <p>${tr('nudges.text')}</p>
                ${this.bars('nudges', tr('nudges.caption'), [
                  { label: tr('nudges.shown'), value: s.languageNudges.shown },
                  { label: tr('nudges.replaced'), value: s.languageNudges.replaced },
                  { label: tr('nudges.kept'), value: s.languageNudges.kept },
                ])}
              </section>`
            : nothing
        }
      </div>
    `;
  }

  /**
   * A bar chart that is also a table: each row has its label, its value in words, and a bar drawn
   * for sighted readers (hidden from screen readers, which read the value). A hidden count gets a
   * hatched stub, not a length that would suggest a number.
   */
  private bars(id: string, caption: string, rows: readonly BarRow[]): TemplateResult {
    const max = Math.max(1, ...rows.filter((r) => !r.total).map((r) => (typeof r.value === 'number' ? r.value : 0)));
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
              <td class="num">${count(r.value)}</td>
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

  private goalsTable(s: ReportSummary): TemplateResult {
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
              ${goalStatuses.map((st) => html`<td class="num">${count(row.byStatus[st])}</td>`)}
              <td class="num">${count(row.total)}</td>
            </tr>`,
          )}
          <tr class="total">
            <th scope="row">${tr('goals.allAreas')}</th>
            ${goalStatuses.map((st) => html`<td class="num">${count(s.goals.totalsByStatus[st])}</td>`)}
            <td class="num">${count(s.goals.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-report-summary': AlReportSummary;
  }
}
