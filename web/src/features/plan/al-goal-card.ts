import { type CheckIn, type Goal, type GoalStatus, goalStatuses, type Step } from '@alongside/shared';
import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../../ui/al-button.js';
import './al-confidence-chart.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';
import '../../ui/al-confirm.js';
import { livePlanContext } from '../../data/contexts.js';
import type { LivePlan } from '../../data/live-plan.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import type { AlConfirm } from '../../ui/al-confirm.js';
import { AlElement } from '../../ui/al-element.js';
import { fire } from '../../ui/events.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import './al-goal-panel.js';
import type { Panel } from './al-goal-panel.js';
import './al-goal-steps.js';
import { goalCardStyles } from './goal-card-styles.js';
import { requireLive } from './plan-part.js';
import { planStyles } from './plan-styles.js';

/**
 * One goal of a person's recovery plan, as the participant and a specialist use it together: its
 * head and whose words it is, its steps (`al-goal-steps`), the buttons each of them is offered and
 * the panel they open (`al-goal-panel`), and the confidence chart. `owner` (the participant) may
 * change everything; `partner` (a specialist) reads the words and is offered only "suggest a
 * step" and "suggest a rewording" — the same rule the server enforces. Commands go through the
 * live plan (context); the card's status region and alert speak for its parts too.
 *
 * @property goal - the goal
 * @property steps - its steps; @property checkIns - its check-ins, for the chart
 * @property mode - `owner` or `partner`
 * @property participantName - whose plan it is; @property suggestedBy - who suggested the goal's words
 * @property together - partner mode, in a session the person has joined: a check-in may be recorded together
 * @property oneScreen - partner mode, the person confirmed they are at this screen: they rate here, in their voice
 * @property first, last - where the goal stands in its life area (the owner's move buttons)
 * @method focusMove - after a move, puts focus back on the move button (the list re-rendered around it)
 * @fires al-move - `detail: -1 | 1` the owner asked to move the goal up or down
 * @fires al-goal-deleted - `detail: title` the owner deleted the goal (after saying yes in a dialog)
 */
@customElement('al-goal-card')
export class AlGoalCard extends AlElement {
  @property({ attribute: false }) goal!: Goal;
  @property({ attribute: false }) steps: readonly Step[] = [];
  @property({ attribute: false }) checkIns: readonly CheckIn[] = [];
  @consume({ context: livePlanContext }) private live: LivePlan | undefined;
  @property() mode: 'owner' | 'partner' = 'owner';
  @property() participantName = '';
  /** Who suggested the goal, when it came from a suggestion and kept its words. */
  @property() suggestedBy = '';
  /** Partner mode, in a session the person has joined: a check-in may be recorded together. */
  @property({ type: Boolean }) together = false;
  /** Partner mode, the person confirmed they are at this screen: the rating is theirs, made here. */
  @property({ type: Boolean }) oneScreen = false;
  @property({ type: Boolean }) first = false;
  @property({ type: Boolean }) last = false;

  /** The panel open under the buttons ('none' when none is). */
  @state() private panel: Panel = 'none';
  private readonly actions = new Actions(this);

  constructor() {
    super();
    this.actions.hear();
  }

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
      .map((c) => ({ at: c.at, value: c.confidence ?? 0, together: c.recordedTogether }))
      .sort((a, b) => a.at.localeCompare(b.at));
    const latest = points.at(-1);
    return html`<article class="card goal" aria-labelledby="goal-title">
      <div class="goal-head">
        <h4 id="goal-title">${g.title}</h4>
        <span class=${g.status === 'active' ? 'badge badge-good' : 'badge badge-quiet'}>${tp(`status.${g.status}`)}</span>
      </div>
      <p class="voice muted">${this.voiceText(g.voice)}</p>
      ${g.why ? html`<p class="why"><span class="label">${tp('goal.why')}:</span> ${g.why}</p>` : nothing}
      ${
        // Each text says whose words it is: a "why" left as suggested is not the person's because the title is.
        g.why && g.whyVoice !== g.voice
          ? html`<p class="voice muted">${tp('goal.whyVoice', { voice: this.voiceText(g.whyVoice) })}</p>`
          : nothing
      }
      ${latest ? html`<p class="muted">${tp('goal.confidenceNow', { value: latest.value })}</p>` : nothing}

      <div role="status" id="feedback" class="visually-hidden">${this.actions.feedback}</div>
      <div role="alert">${this.actions.failure ? html`<al-notice tone="error"><p>${this.actions.failure}</p></al-notice>` : nothing}</div>

      <al-goal-steps .goal=${g} .steps=${this.steps} mode=${this.mode} .participantName=${this.participantName}></al-goal-steps>

      ${owner ? this.renderOwnerActions() : this.renderPartnerActions()}
      <al-goal-panel
        .goal=${g}
        mode=${this.mode}
        .participantName=${this.participantName}
        .panel=${this.panel}
        ?oneScreen=${this.oneScreen}
        @al-panel-close=${this.closePanel}
      ></al-goal-panel>

      <!-- A group, not a region: every card has one, and landmarks of the same name would be many. -->
      <div class="chart" role="group" aria-labelledby="chart-title">
        <h5 id="chart-title">
          ${this.mode === 'owner' ? tp('chart.title') : tp('chart.titleOther', { name: this.participantName })}
        </h5>
        <al-confidence-chart .goalTitle=${g.title} .points=${points} ?own=${owner}></al-confidence-chart>
      </div>
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
    const panel = this.panel;
    return html`<div class="actions goal-actions">
      <al-select
        class="status"
        label=${tp('status.label')}
        .value=${this.goal.status}
        .options=${goalStatuses.map((s) => ({ value: s, label: tp(`status.${s}`) }))}
        @change=${(e: Event) => this.setStatus((e.target as HTMLSelectElement).value as GoalStatus)}
      ></al-select>
      <al-button aria-expanded=${panel === 'rate' ? 'true' : 'false'} @click=${() => this.toggle('rate')}>
        ${tp('goal.rate')}${of}
      </al-button>
      <al-button aria-expanded=${panel === 'edit' ? 'true' : 'false'} @click=${() => this.toggle('edit')}>
        ${tp('goal.edit')}${of}
      </al-button>
      <al-button id="delete" variant="quiet" @click=${this.askDelete}>${tp('goal.delete')}${of}</al-button>
      <al-confirm
        heading=${tp('goal.deleteHeading', { title: this.goal.title })}
        body=${tp('goal.deleteBody')}
        confirmLabel=${tp('goal.deleteConfirm')}
        cancelLabel=${tp('goal.deleteKeep')}
        ?busy=${this.actions.busy === 'delete'}
        @al-confirm=${this.deleteGoal}
      ></al-confirm>
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
    const panel = this.panel;
    return html`<div class="actions goal-actions">
      <al-button
        aria-expanded=${panel === 'suggest-step' ? 'true' : 'false'}
        @click=${() => this.toggle('suggest-step')}
      >
        ${tp('goal.suggestStep')}${of}
      </al-button>
      <al-button aria-expanded=${panel === 'reword' ? 'true' : 'false'} @click=${() => this.toggle('reword')}>
        ${tp('goal.suggestRewording')}${of}
      </al-button>
      ${
        this.together
          ? html`<al-button aria-expanded=${panel === 'rate' ? 'true' : 'false'} @click=${() => this.toggle('rate')}>
              ${tp('goal.rateTogether')}${of}
            </al-button>`
          : nothing
      }
    </div>`;
  }

  /** Opens `panel`, or closes it if it is the one open. */
  private toggle(panel: Panel): void {
    this.panel = this.panel === panel ? 'none' : panel;
  }

  private closePanel(event: Event): void {
    event.stopPropagation();
    this.panel = 'none';
  }

  private async setStatus(status: GoalStatus): Promise<void> {
    if (status === this.goal.status) return;
    await this.actions.run('status', async () => {
      await requireLive(this.live, this.localName).send({ type: 'goal.set-status', goalId: this.goal.id, status });
      this.actions.say(tp('goal.statusChanged', { status: tp(`status.${status}`) }));
    });
  }

  private askDelete(): void {
    void this.renderRoot.querySelector<AlConfirm>('al-confirm')?.open();
  }

  /** The person said yes: the goal goes, with its steps and ratings; the list says so (this card goes too). */
  private async deleteGoal(): Promise<void> {
    const title = this.goal.title;
    await this.actions.run('delete', async () => {
      await requireLive(this.live, this.localName).send({ type: 'goal.delete', goalId: this.goal.id });
      // The card goes with the goal: the list moves focus, not the dialog.
      this.renderRoot.querySelector<AlConfirm>('al-confirm')?.close(false);
      fire(this, 'al-goal-deleted', title);
    });
  }

  private move(direction: -1 | 1): void {
    fire(this, 'al-move', direction);
  }

  static override styles = [sharedStyles, planStyles, goalCardStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-goal-card': AlGoalCard;
  }
  interface HTMLElementEventMap {
    'al-move': CustomEvent<-1 | 1>;
    'al-goal-deleted': CustomEvent<string>;
  }
}
