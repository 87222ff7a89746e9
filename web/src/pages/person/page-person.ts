import type { PlanSnapshot } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import '../../features/consents/al-person-consents.js';
import '../../features/notes/al-person-notes.js';
import type { AlPersonNotes } from '../../features/notes/al-person-notes.js';
import '../../features/plan/al-goal-form.js';
import '../../features/plan/al-goal-list.js';
import '../../features/plan/al-my-suggestions.js';
import '../../features/people/al-reset-link.js';
import '../../features/plan/al-option-form.js';
import '../../features/plan/al-plan-history.js';
import '../../features/plan/al-plan-suggestions.js';
import '../../features/plan/al-support-add.js';
import { planPageStyles } from '../../features/plan/plan-page-styles.js';
import { renderChoices, renderSupports } from '../../features/plan/plan-sections.js';
import { planStyles } from '../../features/plan/plan-styles.js';
import { renderReferrals } from '../../features/plan/referral-sections.js';
import { workspaceStyles } from '../../features/plan/workspace-styles.js';
import '../../features/resources/al-suggest-resource.js';
import '../../features/sessions/al-session-panel.js';
import '../../features/wellness/al-wellness-plan.js';
import { wellnessPageStyles } from '../../features/wellness/wellness-page-styles.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { LivePlanPage } from '../live-plan-page.js';

/**
 * A specialist with one person's plan: read the plan as the person wrote it, suggest (never
 * change), run a session from start to the note drafted together.
 */
@customElement('page-person')
export class PagePerson extends LivePlanPage {
  @query('al-person-notes') private personNotes: AlPersonNotes | undefined;

  protected override get participantId(): string {
    return this.params.participantId ?? '';
  }

  protected override renderHeader(plan: PlanSnapshot | undefined) {
    const name = plan?.participant.name ?? '';
    return html`<div class="page-header">
      <h1 tabindex="-1">${plan ? tp('plan.personTitle', { name }) : t('title.person')}</h1>
      ${plan ? html`<p class="lead">${tp('plan.personLead', { name })}</p>` : nothing}
    </div>`;
  }

  protected override renderPlan(plan: PlanSnapshot) {
    const name = plan.participant.name;
    const session = this.live.session;
    const together = Boolean(session && !session.endedAt && session.participantJoinedAt);
    // The person confirmed, with the code from their own phone, that they are at this screen.
    const oneScreen = together && session?.joinMethod === 'shared-screen-code';
    // The plan first (in reading order and, on wide screens, in the centre); the session and my
    // suggestions beside it, or after it on a phone.
    return html`
      <div class="workspace">
        <div class="workspace-plan">
          ${oneScreen ? html`<al-plan-suggestions atOneScreen .plan=${plan}></al-plan-suggestions>` : nothing}
          <al-goal-list mode="partner" ?together=${together} ?oneScreen=${oneScreen} .plan=${plan}></al-goal-list>
          <al-goal-form mode="partner" .participantName=${name}></al-goal-form>
          <div class="two-col">
            ${renderChoices(plan, 'choices.personTitle', {
              addOption: (c) =>
                html`<al-option-form mode="partner" .participantName=${name} .choice=${c}></al-option-form>`,
            })}
            ${renderSupports(
              plan,
              'supports.personTitle',
              html`<al-support-add mode="partner" .participantName=${name}></al-support-add>`,
            )}
          </div>
          ${renderReferrals(plan, 'referrals.personTitle')}
          <al-suggest-resource .plan=${plan}></al-suggest-resource>
          <section class="wellness" aria-labelledby="wellness-title">
            <h2 id="wellness-title">${tp('wellness.personTitle', { name })}</h2>
            <p>${tp('wellness.personLead', { name })}</p>
            <al-wellness-plan nested .plan=${plan}></al-wellness-plan>
          </section>
        </div>
        <div class="workspace-side">
          <al-session-panel
            .participantId=${this.participantId}
            .participantName=${name}
            .session=${session}
            .plan=${plan}
            @al-note-drafted=${() => void this.personNotes?.refresh()}
          ></al-session-panel>
          <al-my-suggestions .plan=${plan}></al-my-suggestions>
        </div>
      </div>
      <al-person-notes .participantId=${plan.participant.id} .participantName=${name}></al-person-notes>
      <al-plan-history .participantId=${plan.participant.id} .plan=${plan}></al-plan-history>
      <al-person-consents .participantId=${plan.participant.id} .participantName=${name}></al-person-consents>
      <section class="card"><al-reset-link explained .userId=${plan.participant.id} .name=${name}></al-reset-link></section>
    `;
  }

  static override styles = [
    sharedStyles,
    planStyles,
    planPageStyles,
    workspaceStyles,
    wellnessPageStyles,
    css`
      .note-form {
        margin: var(--space-4) 0 var(--space-5);
      }
      .note-form h3,
      .note-form p,
      .session-form h3 {
        margin: 0;
      }
      .running {
        font-weight: 600;
        margin-bottom: var(--space-2);
      }
      .card-soft {
        margin-bottom: var(--space-5);
      }
      .find-resource {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--space-3);
        margin-bottom: var(--space-4);
      }
      .find-resource al-field {
        flex: 1 1 14rem;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-person': PagePerson;
  }
}
