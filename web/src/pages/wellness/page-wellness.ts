import type { PlanSnapshot } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { planApi } from '../../data/plan-client.js';
import { Resource } from '../../data/resource.js';
import { today } from '../../features/plan/al-goal-steps.js';
import '../../features/plan/al-session-notice.js';
import { planPageStyles } from '../../features/plan/plan-page-styles.js';
import { planStyles } from '../../features/plan/plan-styles.js';
import type { AlWellnessPrint } from '../../features/wellness/al-wellness-print.js';
import '../../features/wellness/al-wellness-plan.js';
import '../../features/wellness/al-wellness-print.js';
import { wellnessPageStyles } from '../../features/wellness/wellness-page-styles.js';
import { renderCrisisLines } from '../../features/wellness/wellness-parts.js';
import { formatDate } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import '../../ui/al-button.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { LivePlanPage } from '../live-plan-page.js';

/**
 * The person's own wellness and crisis plan, live like their plan page: the crisis lines first
 * and always, then the seven parts with their items, their specialist's suggestions in place, and
 * "I reviewed my plan today". Printing is a mode of this page (one page, or the crisis section as
 * a wallet card), not a route of its own: each route adds to the first screen's script.
 */
@customElement('page-wellness')
export class PageWellness extends LivePlanPage {
  @state() private printing: '' | 'page' | 'card' = '';
  /** The organisation's crisis lines come with the wellness part of the plan (the live plan has none). */
  private readonly wellnessPart = new Resource(this, (signal) => planApi.plan.wellness(this.participantId, signal));

  protected override get participantId(): string {
    return this.me?.id ?? '';
  }

  override async focusHeading(): Promise<boolean> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector<AlWellnessPrint>('al-wellness-print');
    return view ? view.focusHeading() : super.focusHeading();
  }

  override render() {
    const plan = this.live.plan;
    if (this.printing && plan) {
      return html`<al-wellness-print
        .plan=${plan}
        .lines=${this.wellnessPart.value?.crisisLines ?? []}
        kind=${this.printing}
        @al-print-close=${() => this.print('')}
      ></al-wellness-print>`;
    }
    return super.render();
  }

  protected override renderHeader() {
    const lines = this.wellnessPart.value?.crisisLines;
    return html`<div class="page-header">
        <h1 tabindex="-1">${tp('wellness.title')}</h1>
        <p class="lead">${tp('wellness.lead')}</p>
      </div>
      ${lines ? renderCrisisLines(lines) : nothing}`;
  }

  protected override renderPlan(plan: PlanSnapshot) {
    const busy = this.actions.busy === 'review';
    return html`
      <al-session-notice .session=${this.live.session}></al-session-notice>
      <section class="card review" aria-labelledby="review-title">
        <p id="review-title">${
          plan.wellnessReviewedOn
            ? tp('wellness.reviewedOn', { date: formatDate(plan.wellnessReviewedOn) })
            : tp('wellness.notReviewed')
        }</p>
        <div class="actions">
          <al-button variant="primary" ?busy=${busy} @click=${this.review}>${tp('wellness.review')}</al-button>
          <al-button @click=${() => this.print('page')}>${tp('wellness.print')}</al-button>
          <al-button @click=${() => this.print('card')}>${tp('wellness.printWallet')}</al-button>
        </div>
      </section>
      <al-wellness-plan own .plan=${plan}></al-wellness-plan>
    `;
  }

  private async review(): Promise<void> {
    await this.actions.run('review', async () => {
      await this.live.send({ type: 'wellness.review', reviewedOn: today() });
      this.actions.say(tp('wellness.reviewed'));
    });
  }

  private async print(kind: '' | 'page' | 'card'): Promise<void> {
    this.printing = kind;
    await this.focusHeading();
  }

  static override styles = [sharedStyles, planStyles, planPageStyles, wellnessPageStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-wellness': PageWellness;
  }
}
