import type { PlanSnapshot, Referral } from '@alongside/shared';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../../features/plan/al-goal-form.js';
import '../../features/plan/al-goal-list.js';
import '../../features/plan/al-plan-history.js';
import '../../features/plan/al-option-form.js';
import '../../features/plan/al-plan-suggestions.js';
import '../../features/plan/al-referral-actions.js';
import '../../features/plan/al-self-checks.js';
import '../../features/plan/al-session-notice.js';
import '../../features/plan/al-support-add.js';
import '../../features/plan/choice-forms.js';
import { planPageStyles } from '../../features/plan/plan-page-styles.js';
import { renderChoices, renderSupports } from '../../features/plan/plan-sections.js';
import { planStyles } from '../../features/plan/plan-styles.js';
import { renderReferrals } from '../../features/plan/referral-sections.js';
import { tp } from '../../i18n/plan-i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { LivePlanPage } from '../live-plan-page.js';

/**
 * The participant's own plan: suggestions waiting for them, goals by life area with steps to
 * tick, confidence over time, how they are doing (self-checks and their organisation's
 * questionnaires, each line over time), choices, supports and referrals — live, so a specialist's
 * suggestion appears the moment it is made, and a session can be joined from here.
 */
@customElement('page-plan')
export class PagePlan extends LivePlanPage {
  protected override get participantId(): string {
    return this.me?.id ?? '';
  }

  protected override renderHeader() {
    return html`<div class="page-header">
      <h1 tabindex="-1">${tp('plan.title')}</h1>
      <p class="lead">${tp('plan.lead')}</p>
      <p><a class="link-target" href="/my-wellness">${tp('wellness.link')}</a></p>
    </div>`;
  }

  protected override renderPlan(plan: PlanSnapshot) {
    return html`
      <al-session-notice .session=${this.live.session}></al-session-notice>
      <al-plan-suggestions .plan=${plan}></al-plan-suggestions>
      <al-goal-list mode="owner" .plan=${plan}></al-goal-list>
      <al-goal-form mode="owner"></al-goal-form>
      <al-self-checks .plan=${plan}></al-self-checks>
      <div class="two-col">${renderChoices(plan, 'choices.title', {
        decide: (c) => html`<al-choice-decide .choice=${c}></al-choice-decide>`,
        addOption: (c) => html`<al-option-form .choice=${c}></al-option-form>`,
        addForm: html`<al-choice-add></al-choice-add>`,
      })} ${renderSupports(plan, 'supports.title', html`<al-support-add></al-support-add>`)}</div>
      ${renderReferrals(plan, 'referrals.title', this.referralOwner(plan))}
      <al-plan-history .participantId=${plan.participant.id} .plan=${plan}></al-plan-history>
    `;
  }

  /** The person's own referrals: the link to the directory, and what they may do with each. */
  private referralOwner(plan: PlanSnapshot) {
    return {
      lead: html`<p>${tres('referrals.lead')}</p>
        <p><a class="find-link" href="/resources">${tres('referrals.find')}</a></p>`,
      actions: (r: Referral) => html`<al-referral-actions .referral=${r} .goals=${plan.goals}></al-referral-actions>`,
    };
  }

  static override styles = [sharedStyles, planStyles, planPageStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-plan': PagePlan;
  }
}
