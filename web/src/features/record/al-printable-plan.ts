import type { Choice, Goal, PlanSnapshot, Referral, Support } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatCalendarDay } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { trec } from '../../i18n/record-i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { printableStyles } from './printable-styles.js';
import { renderPrintableWellness } from './printable-wellness.js';
import { latestConfidence, optionOrigin, voiceText } from './printable-words.js';

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

/**
 * The person's plan as a document to print or keep: goals with their steps and latest confidence,
 * choices with every option and who raised it, supports, referrals and the wellness plan — each text saying whose
 * words it is, as the plan does. Read-only: no buttons, nothing to fill in. Each section starts
 * a new sheet when printed (see printable-styles).
 *
 * @property plan - the plan snapshot to print
 */
@customElement('al-printable-plan')
export class AlPrintablePlan extends AlElement {
  @property({ attribute: false }) plan: PlanSnapshot | undefined;

  override render() {
    const plan = this.plan;
    if (!plan) return nothing;
    return html`
      ${this.section('goals', tp('plan.goalsTitle'), plan.goals.length === 0 ? trec('print.noGoals') : '', () =>
        [...plan.goals].sort(byPosition).map((g) => this.renderGoal(plan, g)),
      )}
      ${this.section('choices', tp('choices.title'), plan.choices.length === 0 ? trec('print.noChoices') : '', () =>
        plan.choices.map((c) => this.renderChoice(plan, c)),
      )}
      ${this.section('supports', tp('supports.title'), plan.supports.length === 0 ? trec('print.noSupports') : '', () =>
        plan.supports.map((s) => this.renderSupport(plan, s)),
      )}
      ${this.section(
        'referrals',
        tres('referrals.title'),
        plan.referrals.length === 0 ? trec('print.noReferrals') : '',
        () =>
          [...plan.referrals]
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
            .map((r) => this.renderReferral(plan, r)),
      )}
      ${renderPrintableWellness(plan)}
    `;
  }

  private section(name: string, heading: string, empty: string, items: () => unknown[]) {
    return html`<section class="sheet ${name}" aria-labelledby="${name}-title">
      <h2 id="${name}-title">${heading}</h2>
      ${empty ? html`<p>${empty}</p>` : html`<div class="items">${items()}</div>`}
    </section>`;
  }

  private renderGoal(plan: PlanSnapshot, g: Goal) {
    const steps = plan.steps.filter((s) => s.goalId === g.id).sort(byPosition);
    const confidence = latestConfidence(plan, g.id);
    return html`<article class="entry goal" aria-labelledby="goal-${g.id}">
      <h3 id="goal-${g.id}">${g.title}</h3>
      <p class="voice">${voiceText(plan, g.voice, g.fromSuggestionId)}</p>
      <p class="meta">
        ${trec('print.area', { area: tp(`area.${g.lifeArea}`) })} · ${trec('print.status', { status: tp(`status.${g.status}`) })}
      </p>
      ${
        g.why
          ? html`<h4>${trec('print.why')}</h4>
              <p>${g.why}</p>
              ${g.whyVoice !== g.voice ? html`<p class="voice">${voiceText(plan, g.whyVoice, g.fromSuggestionId)}</p>` : nothing}`
          : nothing
      }
      <h4>${trec('print.steps')}</h4>
      ${
        steps.length === 0
          ? html`<p>${trec('print.noSteps')}</p>`
          : html`<ul class="steps">
              ${steps.map(
                (s) => html`<li class=${s.doneOn ? 'done' : ''}>
                  <span class="box" aria-hidden="true">${s.doneOn ? '☑' : '☐'}</span>
                  <span>${s.text}
                    <span class="state">— ${s.doneOn ? trec('print.stepDone', { date: formatCalendarDay(s.doneOn) }) : trec('print.stepNotDone')}</span>
                    ${s.voice === 'specialist' ? html`<span class="voice">(${voiceText(plan, s.voice, s.fromSuggestionId)})</span>` : nothing}
                  </span>
                </li>`,
              )}
            </ul>`
      }
      <p class="confidence">
        ${confidence ? trec('print.confidence', { value: confidence.value, date: confidence.when }) : trec('print.noConfidence')}
      </p>
    </article>`;
  }

  private renderChoice(plan: PlanSnapshot, c: Choice) {
    const chosen = c.options.find((o) => o.id === c.chosenOptionId);
    const goal = c.goalId ? plan.goals.find((g) => g.id === c.goalId) : undefined;
    return html`<article class="entry choice" aria-labelledby="choice-${c.id}">
      <h3 id="choice-${c.id}">${c.question}</h3>
      ${c.voice === 'specialist' ? html`<p class="voice">${voiceText(plan, c.voice, null)}</p>` : nothing}
      ${goal ? html`<p class="meta">${trec('print.forGoal', { goal: goal.title })}</p>` : nothing}
      <h4>${trec('print.options')}</h4>
      <ul class="options">
        ${c.options.map(
          (o) => html`<li class=${o.id === c.chosenOptionId ? 'chosen' : ''}>
            <span class="label">${o.label}</span>
            <span class="meta">(${tp(`pathway.${o.pathway}`)} · ${optionOrigin(plan, o)})</span>
            ${o.notes ? html`<br /><span>${o.notes}</span>` : nothing}
          </li>`,
        )}
      </ul>
      ${
        chosen
          ? html`<p class="decision">${trec('print.chose', { option: chosen.label })}</p>
              ${c.decidedOn ? html`<p class="meta">${trec('print.decidedOn', { date: formatCalendarDay(c.decidedOn) })}</p>` : nothing}
              ${c.reasons ? html`<h4>${trec('print.reasons')}</h4><p>${c.reasons}</p>` : nothing}`
          : html`<p class="decision">${trec('print.notDecided')}</p>`
      }
      ${
        c.disagreesWithSpecialist
          ? html`<p>${trec('print.disagrees')}${c.disagreementNote ? html` ${c.disagreementNote}` : nothing}</p>`
          : nothing
      }
    </article>`;
  }

  private renderSupport(plan: PlanSnapshot, s: Support) {
    return html`<article class="entry support" aria-labelledby="support-${s.id}">
      <h3 id="support-${s.id}">${s.label}</h3>
      <p class="meta">${tp(`supports.kind.${s.kind}`)} · ${voiceText(plan, s.voice, s.fromSuggestionId)}</p>
      ${
        s.howToReach
          ? html`<p><span class="label">${trec('print.howToReach')}:</span> ${s.howToReach}
              ${s.howToReachVoice !== s.voice ? html`<span class="voice">(${voiceText(plan, s.howToReachVoice, s.fromSuggestionId)})</span>` : nothing}</p>`
          : nothing
      }
    </article>`;
  }

  private renderReferral(plan: PlanSnapshot, r: Referral) {
    const goal = r.goalId ? plan.goals.find((g) => g.id === r.goalId) : undefined;
    return html`<article class="entry referral" aria-labelledby="referral-${r.id}">
      <h3 id="referral-${r.id}">${r.resourceName}</h3>
      <p class="meta">${trec('print.status', { status: tres(`status.${r.status}`) })}</p>
      ${goal ? html`<p class="meta">${trec('print.forGoal', { goal: goal.title })}</p>` : nothing}
      ${r.followUpOn ? html`<p class="meta">${trec('print.followUp', { date: formatCalendarDay(r.followUpOn) })}</p>` : nothing}
    </article>`;
  }

  static override styles = [sharedStyles, printableStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-printable-plan': AlPrintablePlan;
  }
}
