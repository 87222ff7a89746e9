import { lifeAreas, zGoalTitle } from '@alongside/shared';
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import { nudgeIf } from '../language/nudge-field.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import { readForm } from '../../ui/form-helpers.js';
import { PlanPart } from './plan-part.js';

/**
 * A new goal: the participant adds one to their own plan (`owner`), a specialist suggests one
 * for the person to decide on (`partner`, with their reason). The same fields and checks either
 * way; the command differs, as the partnership rules say.
 *
 * @property mode - `owner` (adds the goal) or `partner` (suggests it)
 * @property participantName - whose plan it is, for the words after a suggestion
 * @fires al-announce - the goal added or suggested, for the page's status region
 */
@customElement('al-goal-form')
export class AlGoalForm extends PlanPart {
  @property() mode: 'owner' | 'partner' = 'owner';
  @property() participantName = '';
  @state() private error = '';
  private readonly actions = new Actions(this, { announce: true });

  override render() {
    const owner = this.mode === 'owner';
    const titleId = owner ? 'add-goal-title' : 'suggest-goal-title';
    const busy = this.actions.busy === 'goal';
    return html`<section aria-labelledby=${titleId}>
      <h2 id=${titleId}>${owner ? tp('plan.addGoalTitle') : tp('suggestions.suggestGoalTitle')}</h2>
      <div class="card">
        <form class="form-grid" novalidate @submit=${this.submit}>
          ${nudgeIf(!owner, html`<al-field name="title" label=${tp('plan.goalTitle')} hint=${owner ? tp('plan.goalTitleHint') : ''} maxlength="280" .error=${this.error}></al-field>`)}
          ${nudgeIf(!owner, html`<al-textarea name="why" label=${owner ? tp('plan.goalWhy') : tp('goal.why')} optional maxlength="2000" rows="2"></al-textarea>`)}
          <al-select
            name="lifeArea"
            label=${tp('plan.lifeArea')}
            value="health"
            .options=${lifeAreas.map((a) => ({ value: a, label: tp(`area.${a}`) }))}
          ></al-select>
          ${owner ? '' : nudgeIf(true, html`<al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>`)}
          <div>
            <al-button type="submit" variant="primary" ?busy=${busy}>${owner ? tp('plan.addGoal') : tp('suggestions.suggestGoal')}</al-button>
          </div>
        </form>
      </div>
    </section>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const title = zGoalTitle.safeParse(values.title ?? '');
    if (!title.success) {
      this.error = tp('plan.goalTitleInvalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.error = '';
    const why = (values.why ?? '').trim();
    const rationale = (values.rationale ?? '').trim();
    const lifeArea = lifeAreas.find((a) => a === values.lifeArea) ?? 'health';
    const goal = { title: title.data, lifeArea, ...(why ? { why } : {}) };
    await this.actions.run('goal', async () => {
      const owner = this.mode === 'owner';
      await this.send(
        owner
          ? { type: 'goal.create', ...goal }
          : { type: 'suggestion.create', proposal: { kind: 'goal', ...goal }, ...(rationale ? { rationale } : {}) },
      );
      form.reset();
      this.actions.say(
        owner ? tp('plan.goalAdded', { title: title.data }) : tp('goal.suggestionSent', { name: this.participantName }),
      );
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-goal-form': AlGoalForm;
  }
}
