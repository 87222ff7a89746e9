import type { PlanSnapshot } from '@alongside/shared';
import { ContextProvider } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { livePlanContext } from '../data/contexts.js';
import { LivePlan } from '../data/live-plan.js';
import '../features/offline/al-outbox-panel.js';
import { renderLiveStatus } from '../features/plan/live-status.js';
import { t } from '../i18n/i18n.js';
import { tp } from '../i18n/plan-i18n.js';
import { Actions } from '../ui/actions.js';
import '../ui/al-notice.js';
import { PageElement } from './page-element.js';

/**
 * Base for the pages that open one person's plan live (the person's own, their specialist's view
 * of it): opens the live plan and provides it to the page's parts (`livePlanContext`); shows
 * the connection and who else is here, one status region and one alert for every part's words
 * (`al-announce`), and the plan once it has arrived.
 */
export abstract class LivePlanPage extends PageElement {
  protected readonly live = new LivePlan(
    this,
    () => this.participantId || undefined,
    // Only the participant's own plan works offline; a specialist's view needs a connection.
    () => (this.me?.role === 'participant' && this.me.id === this.participantId ? this.me.id : undefined),
  );
  protected readonly actions = new Actions(this);

  constructor() {
    super();
    new ContextProvider(this, { context: livePlanContext, initialValue: this.live });
    this.actions.hear();
  }

  /** Whose plan the page opens. */
  protected abstract get participantId(): string;
  /** The page's heading and lead; `plan` is undefined until it has arrived. */
  protected abstract renderHeader(plan: PlanSnapshot | undefined): TemplateResult;
  protected abstract renderPlan(plan: PlanSnapshot): TemplateResult;

  override render() {
    const plan = this.live.plan;
    return html`
      ${this.renderHeader(plan)}
      ${renderLiveStatus(this.live, this.me)}
      <al-outbox-panel .live=${this.live} .revision=${this.live.revision}></al-outbox-panel>
      <div role="status" class="visually-hidden">${this.actions.feedback}</div>
      <div role="alert">${this.actions.failure ? html`<al-notice tone="error"><p>${this.actions.failure}</p></al-notice>` : nothing}</div>
      ${
        this.live.status === 'error'
          ? html`<al-notice tone="error"><p>${tp('live.notFound')}</p></al-notice>`
          : plan
            ? this.renderPlan(plan)
            : html`<p class="muted loading" role="status">${t('common.loading')}</p>`
      }
    `;
  }
}
