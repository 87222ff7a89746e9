import type { PlanSnapshot, Questionnaire } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { questionnairesApi } from '../../data/questionnaires-client.js';
import { formatDate } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import './al-lines-chart.js';
import './al-questionnaire-form.js';
import type { QuestionnaireAnswers } from './al-questionnaire-form.js';
import './al-self-check-form.js';
import type { AlSelfCheckForm, SelfCheckInput } from './al-self-check-form.js';
import { PlanPart } from './plan-part.js';
import { selfCheckSeries } from './self-check-trend.js';

/**
 * The person's "How I'm doing" section: the self-check form, their four lines over time (next to
 * their goals' confidence lines), the questionnaires their organisation offers and each one's
 * scores over time. Sends through the live plan, so a new self-check draws at once.
 *
 * @property plan - the person's plan
 */
@customElement('al-self-checks')
export class AlSelfChecks extends PlanPart {
  @property({ attribute: false }) plan!: PlanSnapshot;
  @state() private questionnaires: Questionnaire[] = [];
  private readonly actions = new Actions(this, { announce: true });

  override connectedCallback(): void {
    super.connectedCallback();
    // The organisation may offer none; a failure to list them leaves only the self-check.
    questionnairesApi.offered().then(
      (list) => {
        this.questionnaires = list.questionnaires;
      },
      () => undefined,
    );
  }

  private async record(event: CustomEvent<SelfCheckInput>) {
    const form = event.target as AlSelfCheckForm;
    const { ratings, note } = event.detail;
    await this.actions.run('self-check', async () => {
      await this.send({ type: 'self-check.record', ...ratings, ...(note ? { note } : {}) });
      form.reset();
      this.actions.say(tp('selfCheck.saved'));
    });
  }

  private async answer(event: CustomEvent<QuestionnaireAnswers>) {
    const form = event.target as HTMLElement & { querySelector(s: 'form'): HTMLFormElement | null };
    await this.actions.run(`q-${event.detail.questionnaireId}`, async () => {
      await this.send({ type: 'questionnaire.answer', ...event.detail });
      form.querySelector('form')?.reset();
      this.actions.say(tp('questionnaire.saved'));
    });
  }

  private renderScores() {
    const byQuestionnaire = new Map<string, { title: string; points: { at: string; value: number }[] }>();
    for (const r of this.plan.questionnaireResponses) {
      const entry = byQuestionnaire.get(r.questionnaireId) ?? { title: r.questionnaireTitle, points: [] };
      entry.points.push({ at: r.at, value: r.score });
      byQuestionnaire.set(r.questionnaireId, entry);
    }
    return [...byQuestionnaire.values()].map(
      ({ title, points }) => html`<h3>${tp('questionnaire.scores', { title })}</h3>
        <al-lines-chart
          heading=${tp('questionnaire.scores', { title })}
          .max=${0}
          valueLabel=${tp('questionnaire.scoreLabel')}
          .series=${[{ label: title, points }]}
        ></al-lines-chart>
        <p class="visually-hidden">${points.map((p) => tp('questionnaire.score', { score: p.value, date: formatDate(p.at) })).join('; ')}</p>`,
    );
  }

  override render() {
    const series = selfCheckSeries(this.plan.selfChecks);
    return html`<section class="self-checks" aria-labelledby="self-checks-title">
      <h2 id="self-checks-title">${tp('selfCheck.title')}</h2>
      <al-self-check-form ?busy=${this.actions.busy === 'self-check'} @al-self-check=${this.record}></al-self-check-form>
      <h3>${tp('selfCheck.chartTitle')}</h3>
      <p class="muted">${tp('selfCheck.slow')}</p>
      ${
        series.length === 0
          ? html`<p class="muted">${tp('selfCheck.none')}</p>`
          : html`<al-lines-chart heading=${tp('selfCheck.chartTitle')} valueLabel=${tp('selfCheck.rating')} .series=${series}></al-lines-chart>`
      }
      ${
        this.questionnaires.length === 0 && this.plan.questionnaireResponses.length === 0
          ? nothing
          : html`<h3>${tp('questionnaire.title')}</h3>
            ${this.questionnaires.map(
              (q) => html`<details>
                <summary>${q.title}</summary>
                <al-questionnaire-form
                  .questionnaire=${q}
                  ?busy=${this.actions.busy === `q-${q.id}`}
                  @al-questionnaire-answer=${this.answer}
                ></al-questionnaire-form>
              </details>`,
            )}
            ${this.renderScores()}`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-self-checks': AlSelfChecks;
  }
}
