/**
 * The card for one goal in a person's recovery plan, as the participant and a specialist use it
 * together: its head and who chose its words, the buttons each of them is offered, and the
 * confidence chart. The steps section (goal-steps.ts), the panels the buttons open
 * (goal-panels.ts) and the card's styles (goal-card-styles.ts) live beside it, all drawn into this
 * card's own shadow root.
 */
import { type CheckIn, type Goal, type GoalStatus, goalStatuses, type Step } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../ui/al-button.js';
import './al-confidence-chart.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';
import type { LivePlan } from '../../data/live-plan.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import { AlElement } from '../../ui/al-element.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { FieldError } from './goal-card-shared.js';
import { goalCardStyles } from './goal-card-styles.js';
import { GoalPanels } from './goal-panels.js';
import { GoalSteps } from './goal-steps.js';
import { planStyles } from './plan-styles.js';

/**
 * One goal with its steps. `owner` (the participant) may change everything; `partner` (a
 * specialist) reads the words and is offered only "suggest a step" and "suggest a rewording" —
 * the same rule the server enforces.
 *
 * @fires al-move - `detail: -1 | 1` the owner asked to move the goal up or down
 */
@customElement('al-goal-card')
export class AlGoalCard extends AlElement {
  @property({ attribute: false }) goal!: Goal;
  @property({ attribute: false }) steps: readonly Step[] = [];
  @property({ attribute: false }) checkIns: readonly CheckIn[] = [];
  @property({ attribute: false }) live!: LivePlan;
  @property() mode: 'owner' | 'partner' = 'owner';
  @property() participantName = '';
  /** Who suggested the goal, when it came from a suggestion and kept its words. */
  @property() suggestedBy = '';
  /** Partner mode, in a session the person has joined: a check-in may be recorded together. */
  @property({ type: Boolean }) together = false;
  @property({ type: Boolean }) first = false;
  @property({ type: Boolean }) last = false;

  private readonly actions = new Actions(this);
  // Each part has its own field error: with a step's editor and a panel open together, a message
  // shows under the field it is about, not under both.
  private readonly stepList = new GoalSteps(this, this.actions, new FieldError(this));
  private readonly panels = new GoalPanels(this, this.actions, new FieldError(this));

  /** Puts focus back on a move button after the goal moved (the list re-rendered around it). */
  async focusMove(direction: -1 | 1): Promise<void> {
    await this.updateComplete;
    const id = direction === -1 && !this.first ? 'move-up' : !this.last ? 'move-down' : 'move-up';
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  override render() {
    const g = this.goal;
    const owner = this.mode === 'owner';
    const points = this.checkIns
      .filter((c) => c.confidence !== null)
      .map((c) => ({ at: c.at, value: c.confidence ?? 0 }))
      .sort((a, b) => a.at.localeCompare(b.at));
    const latest = points.at(-1);
    return html`<article class="card goal" aria-labelledby="goal-title">
      <div class="goal-head">
        <h4 id="goal-title">${g.title}</h4>
        <span class=${g.status === 'active' ? 'badge badge-good' : 'badge badge-quiet'}>${tp(`status.${g.status}`)}</span>
      </div>
      <p class="voice muted">${this.voiceText(g.voice)}</p>
      ${g.why ? html`<p class="why"><span class="label">${tp('goal.why')}:</span> ${g.why}</p>` : nothing}
      ${latest ? html`<p class="muted">${tp('goal.confidenceNow', { value: latest.value })}</p>` : nothing}

      <div role="status" id="feedback" class="visually-hidden">${this.actions.feedback}</div>
      <div role="alert">${this.actions.failure ? html`<al-notice tone="error"><p>${this.actions.failure}</p></al-notice>` : nothing}</div>

      ${this.stepList.render(owner)}

      ${owner ? this.renderOwnerActions() : this.renderPartnerActions()}
      ${this.panels.render()}

      <section class="chart" aria-labelledby="chart-title">
        <h5 id="chart-title">
          ${this.mode === 'owner' ? tp('chart.title') : tp('chart.titleOther', { name: this.participantName })}
        </h5>
        <al-confidence-chart .goalTitle=${g.title} .points=${points}></al-confidence-chart>
      </section>
    </article>`;
  }

  private voiceText(voice: Goal['voice']): string {
    if (voice === 'specialist') {
      return this.suggestedBy ? tp('voice.specialist', { name: this.suggestedBy }) : tp('voice.specialistGeneric');
    }
    return this.mode === 'owner'
      ? tp('voice.participant')
      : tp('voice.participantOther', { name: this.participantName });
  }

  private renderOwnerActions() {
    const of = html`<span class="visually-hidden"> — ${tp('goal.of', { title: this.goal.title })}</span>`;
    const panel = this.panels.open;
    return html`<div class="actions goal-actions">
      <al-select
        class="status"
        label=${tp('status.label')}
        .value=${this.goal.status}
        .options=${goalStatuses.map((s) => ({ value: s, label: tp(`status.${s}`) }))}
        @change=${(e: Event) => this.setStatus((e.target as HTMLSelectElement).value as GoalStatus)}
      ></al-select>
      <al-button aria-expanded=${panel === 'rate' ? 'true' : 'false'} @click=${() => this.panels.toggle('rate')}>
        ${tp('goal.rate')}${of}
      </al-button>
      <al-button aria-expanded=${panel === 'edit' ? 'true' : 'false'} @click=${() => this.panels.toggle('edit')}>
        ${tp('goal.edit')}${of}
      </al-button>
      ${
        this.first && this.last
          ? nothing
          : html`<al-button id="move-up" variant="quiet" ?disabled=${this.first} @click=${() => this.move(-1)}>
                ${tp('goal.moveUp')}${of}
              </al-button>
              <al-button id="move-down" variant="quiet" ?disabled=${this.last} @click=${() => this.move(1)}>
                ${tp('goal.moveDown')}${of}
              </al-button>`
      }
    </div>`;
  }

  private renderPartnerActions() {
    const of = html`<span class="visually-hidden"> — ${tp('goal.of', { title: this.goal.title })}</span>`;
    const panel = this.panels.open;
    return html`<div class="actions goal-actions">
      <al-button
        aria-expanded=${panel === 'suggest-step' ? 'true' : 'false'}
        @click=${() => this.panels.toggle('suggest-step')}
      >
        ${tp('goal.suggestStep')}${of}
      </al-button>
      <al-button aria-expanded=${panel === 'reword' ? 'true' : 'false'} @click=${() => this.panels.toggle('reword')}>
        ${tp('goal.suggestRewording')}${of}
      </al-button>
      ${
        this.together
          ? html`<al-button aria-expanded=${panel === 'rate' ? 'true' : 'false'} @click=${() => this.panels.toggle('rate')}>
              ${tp('goal.rateTogether')}${of}
            </al-button>`
          : nothing
      }
    </div>`;
  }

  private async setStatus(status: GoalStatus): Promise<void> {
    if (status === this.goal.status) return;
    await this.actions.run('status', async () => {
      await this.live.send({ type: 'goal.set-status', goalId: this.goal.id, status });
      this.actions.say(tp('goal.statusChanged', { status: tp(`status.${status}`) }));
    });
  }

  private move(direction: -1 | 1): void {
    this.dispatchEvent(new CustomEvent<-1 | 1>('al-move', { detail: direction, bubbles: true, composed: true }));
  }

  static override styles = [sharedStyles, planStyles, goalCardStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-goal-card': AlGoalCard;
  }
  interface HTMLElementEventMap {
    'al-move': CustomEvent<-1 | 1>;
  }
}
