import { type Goal, type LifeArea, lifeAreas, type PlanSnapshot } from '@alongside/shared';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import './al-goal-card.js';
import type { AlGoalCard } from './al-goal-card.js';
import { PlanPart } from './plan-part.js';

/**
 * A person's goals by life area, one `al-goal-card` each: the participant's own (`owner`: with
 * the area's hint, and moving a goal up or down within its area) or as their specialist reads
 * them (`partner`). The plan page and the person page both show their goals through this.
 *
 * @property plan - the plan as it is now
 * @property mode - `owner` or `partner`
 * @property together - partner mode, in a session the person has joined (check-ins together)
 * @property oneScreen - partner mode, the person confirmed they are at this screen (their ratings are theirs)
 * @fires al-announce - a goal moved, or why it could not, for the page's regions
 */
@customElement('al-goal-list')
export class AlGoalList extends PlanPart {
  @property({ attribute: false }) plan!: PlanSnapshot;
  @property() mode: 'owner' | 'partner' = 'owner';
  @property({ type: Boolean }) together = false;
  /** Partner mode, the person at this screen (confirmed): their ratings here are theirs. */
  @property({ type: Boolean }) oneScreen = false;

  private readonly actions = new Actions(this, { announce: true });
  /** A goal just moved: once the list shows it in its new place, focus goes back to its move button. */
  private moved: { goalId: string; direction: -1 | 1 } | undefined;

  override render() {
    const owner = this.mode === 'owner';
    const name = this.plan.participant.name;
    return html`<section aria-labelledby="goals-title">
      <h2 id="goals-title">${owner ? tp('plan.goalsTitle') : tp('plan.personGoalsTitle')}</h2>
      ${
        this.plan.goals.length === 0
          ? html`<p class="muted">${owner ? tp('plan.noGoals') : tp('plan.noGoalsPerson', { name })}</p>`
          : nothing
      }
      ${lifeAreas.map((area) => this.renderArea(area))}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const moved = this.moved;
    if (!moved || !changed.has('plan')) return;
    this.moved = undefined;
    const card = this.querySelector<AlGoalCard>(`al-goal-card[data-goal="${CSS.escape(moved.goalId)}"]`);
    void card?.focusMove(moved.direction);
  }

  private renderArea(area: LifeArea) {
    const plan = this.plan;
    const owner = this.mode === 'owner';
    const goals = plan.goals.filter((g) => g.lifeArea === area);
    return html`<section class="area" aria-labelledby="area-${area}">
      <h3 id="area-${area}">${tp(`area.${area}`)}</h3>
      ${owner ? html`<p class="area-hint">${tp(`area.${area}.hint`)}</p>` : nothing}
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
                    mode=${this.mode}
                    ?together=${this.together}
                    ?oneScreen=${this.oneScreen}
                    .goal=${g}
                    .steps=${plan.steps.filter((s) => s.goalId === g.id)}
                    .checkIns=${plan.checkIns.filter((c) => c.goalId === g.id)}
                    .suggestedBy=${plan.suggestions.find((x) => x.id === g.fromSuggestionId)?.author.name ?? ''}
                    .participantName=${plan.participant.name}
                    ?first=${i === 0}
                    ?last=${i === goals.length - 1}
                    @al-move=${(e: CustomEvent<-1 | 1>) => this.move(g, goals, e.detail)}
                    @al-goal-deleted=${(e: CustomEvent<string>) => this.deleted(area, e.detail)}
                  ></al-goal-card>
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  /** The card that had focus is gone: focus goes to its life area's heading, and the page says what happened. */
  private async deleted(area: LifeArea, title: string): Promise<void> {
    this.actions.say(tp('goal.deleted', { title }));
    await this.updateComplete;
    const heading = this.querySelector<HTMLElement>(`#area-${area}`);
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  private async move(goal: Goal, inArea: readonly Goal[], direction: -1 | 1): Promise<void> {
    const index = inArea.findIndex((g) => g.id === goal.id);
    const other = inArea[index + direction];
    if (!other) return;
    await this.actions.run('move', async () => {
      await this.send({ type: 'goal.reorder', goalIds: swap(this.plan.goals, goal.id, other.id) });
      // The page shows the plan with the goal moved at its next render, just after this.
      this.moved = { goalId: goal.id, direction };
      this.actions.say(tp('goal.moved'));
    });
  }
}

/** The plan's goal ids in order, with `a` and `b` changed places. */
function swap(goals: readonly Goal[], a: string, b: string): string[] {
  return goals.map((g) => (g.id === a ? b : g.id === b ? a : g.id));
}

declare global {
  interface HTMLElementTagNameMap {
    'al-goal-list': AlGoalList;
  }
}
