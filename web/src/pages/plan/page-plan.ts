/**
 * The participant's plan page: its layout, the goals by life area (with moving a goal within its
 * area) and the "add a goal" form, and wiring the parts together. The session notice
 * (session-notice.ts), the suggestions waiting for the person (plan-suggestions.ts), their forms
 * for choices and supports (choice-support-forms.ts), what they may do with a referral
 * (referral-actions.ts) and the page's styles (plan-page-styles.ts) live beside it, all drawn into
 * this page's own shadow root.
 */
import { type Goal, type LifeArea, lifeAreas, zGoalTitle } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import { LivePlan } from '../../data/live-plan.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { readForm } from '../../ui/form-helpers.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../features/plan/al-goal-card.js';
import '../../features/plan/al-plan-history.js';
import type { AlGoalCard } from '../../features/plan/al-goal-card.js';
import { ChoiceSupportForms } from '../../features/plan/choice-support-forms.js';
import { renderLiveStatus } from '../../features/plan/live-status.js';
import { planPageStyles } from '../../features/plan/plan-page-styles.js';
import { renderChoices, renderSupports } from '../../features/plan/plan-sections.js';
import { planStyles } from '../../features/plan/plan-styles.js';
import { PlanSuggestions } from '../../features/plan/plan-suggestions.js';
import { ReferralActions } from '../../features/plan/referral-actions.js';
import { renderReferrals } from '../../features/plan/referral-sections.js';
import { SessionNotice } from '../../features/plan/session-notice.js';
import { Actions } from '../../ui/actions.js';

/**
 * The participant's own plan: suggestions waiting for them, goals by life area with steps to
 * tick, confidence over time, choices and supports — live, so a specialist's suggestion appears
 * the moment it is made, and a session can be joined from here.
 */
@customElement('page-plan')
export class PagePlan extends PageElement {
  private readonly live = new LivePlan(this, () => this.me?.id);
  private readonly actions = new Actions(this);
  private readonly session = new SessionNotice(this.live, this.actions);
  private readonly suggestions = new PlanSuggestions(this, this.live, this.actions);
  private readonly forms = new ChoiceSupportForms(this, this.live, this.actions);
  private readonly referrals = new ReferralActions(this.live, this.actions);
  @state() private addError = '';

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${tp('plan.title')}</h1>
        <p class="lead">${tp('plan.lead')}</p>
      </div>
      ${renderLiveStatus(this.live, this.me)}
      <div role="status" class="visually-hidden">${this.actions.feedback}</div>
      <div role="alert">${this.actions.failure ? html`<al-notice tone="error"><p>${this.actions.failure}</p></al-notice>` : nothing}</div>
      ${this.renderBody()}
    `;
  }

  private renderBody() {
    const plan = this.live.plan;
    if (this.live.status === 'error') {
      return html`<al-notice tone="error"><p>${tp('live.notFound')}</p></al-notice>`;
    }
    if (!plan) return html`<p class="muted loading" role="status">${t('common.loading')}</p>`;
    return html`
      ${this.session.render()}
      ${this.suggestions.render(plan)}
      <section aria-labelledby="goals-title">
        <h2 id="goals-title">${tp('plan.goalsTitle')}</h2>
        ${plan.goals.length === 0 ? html`<p class="muted">${tp('plan.noGoals')}</p>` : nothing}
        ${lifeAreas.map((area) => this.renderArea(area))}
      </section>
      <section aria-labelledby="add-goal-title">
        <h2 id="add-goal-title">${tp('plan.addGoalTitle')}</h2>
        <div class="card">
          <form class="form-grid" novalidate @submit=${this.addGoal}>
            <al-field name="title" label=${tp('plan.goalTitle')} hint=${tp('plan.goalTitleHint')} maxlength="280" .error=${this.addError}></al-field>
            <al-textarea name="why" label=${tp('plan.goalWhy')} optional maxlength="2000" rows="2"></al-textarea>
            <al-select
              name="lifeArea"
              label=${tp('plan.lifeArea')}
              value="health"
              .options=${lifeAreas.map((a) => ({ value: a, label: tp(`area.${a}`) }))}
            ></al-select>
            <div><al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'add'}>${tp('plan.addGoal')}</al-button></div>
          </form>
        </div>
      </section>
      <div class="two-col">${renderChoices(plan, 'choices.title', {
        decide: (c) => this.forms.renderDecide(c),
        addForm: this.forms.renderAddChoice(),
      })} ${renderSupports(plan, 'supports.title', this.forms.renderAddSupport())}</div>
      ${renderReferrals(plan, 'referrals.title', this.referrals.owner())}
      <al-plan-history .participantId=${plan.participant.id} .plan=${plan}></al-plan-history>
    `;
  }

  private renderArea(area: LifeArea) {
    const plan = this.live.plan;
    if (!plan) return nothing;
    const goals = plan.goals.filter((g) => g.lifeArea === area);
    return html`<section class="area" aria-labelledby="area-${area}">
      <h3 id="area-${area}">${tp(`area.${area}`)}</h3>
      <p class="area-hint">${tp(`area.${area}.hint`)}</p>
      ${
        goals.length === 0
          ? html`<p class="muted">${tp('area.empty')}</p>`
          : html`<ul class="goal-list">
              ${repeat(
                goals,
                (g) => g.id,
                (g, i) => html`<li>
                  <al-goal-card
                    data-goal=${g.id}
                    mode="owner"
                    .goal=${g}
                    .steps=${plan.steps.filter((s) => s.goalId === g.id)}
                    .checkIns=${plan.checkIns.filter((c) => c.goalId === g.id)}
                    .live=${this.live}
                    .suggestedBy=${plan.suggestions.find((x) => x.id === g.fromSuggestionId)?.author.name ?? ''}
                    .participantName=${plan.participant.name}
                    ?first=${i === 0}
                    ?last=${i === goals.length - 1}
                    @al-move=${(e: CustomEvent<-1 | 1>) => this.move(g, goals, e.detail)}
                  ></al-goal-card>
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private async addGoal(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const title = zGoalTitle.safeParse(values.title ?? '');
    if (!title.success) {
      this.addError = tp('plan.goalTitleInvalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.addError = '';
    const why = (values.why ?? '').trim();
    const lifeArea = lifeAreas.find((a) => a === values.lifeArea) ?? 'health';
    await this.actions.run('add', async () => {
      await this.live.send({ type: 'goal.create', title: title.data, lifeArea, ...(why ? { why } : {}) });
      form.reset();
      this.actions.say(tp('plan.goalAdded', { title: title.data }));
    });
  }

  private async move(goal: Goal, inArea: readonly Goal[], direction: -1 | 1): Promise<void> {
    const plan = this.live.plan;
    if (!plan) return;
    const index = inArea.findIndex((g) => g.id === goal.id);
    const other = inArea[index + direction];
    if (!other) return;
    const order = plan.goals.map((g) => g.id);
    const a = order.indexOf(goal.id);
    const b = order.indexOf(other.id);
    order[a] = other.id;
    order[b] = goal.id;
    await this.actions.run('move', async () => {
      await this.live.send({ type: 'goal.reorder', goalIds: order });
      this.actions.say(tp('goal.moved'));
      await this.updateComplete;
      const card = this.renderRoot.querySelector<AlGoalCard>(`al-goal-card[data-goal="${goal.id}"]`);
      await card?.focusMove(direction);
    });
  }

  static override styles = [sharedStyles, planStyles, planPageStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-plan': PagePlan;
  }
}
