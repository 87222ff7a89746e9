import { type Goal, type Step, zStep, zStepText } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isApiError } from '../../data/api-error.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import { nudged } from '../language/nudge-field.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-textarea.js';
import { readForm } from '../../ui/form-helpers.js';
import { focusWhenReady } from '../../ui/part-element.js';
import { PlanPart } from './plan-part.js';

/** Today in the person's own calendar (YYYY-MM-DD). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The steps section of a goal card: the list, the owner's tick boxes and editing of one step at a
 * time, how a step reads to a partner, and the owner's "add a step" form. Sends its commands
 * through the live plan (context); renders into the card's tree (light DOM), which styles it.
 *
 * @property goal - the goal the steps belong to
 * @property steps - its steps, in order
 * @property mode - `owner` (the participant: ticks, edits, adds) or `partner` (reads, and suggests new words for a step)
 * @property participantName - whose plan it is (partner mode's words)
 * @fires al-announce - what a change did, or why it failed, for the card's status region and alert
 */
@customElement('al-goal-steps')
export class AlGoalSteps extends PlanPart {
  @property({ attribute: false }) goal!: Goal;
  @property({ attribute: false }) steps: readonly Step[] = [];
  @property() mode: 'owner' | 'partner' = 'owner';
  /** Whose plan it is, for the words after a suggestion. */
  @property() participantName = '';

  @state() private editingStep: Step | undefined;
  /** Partner mode: the step whose new words are being suggested. */
  @state() private rewordingStep: Step | undefined;
  /** The step as it is now, after saving found it changed since the editor opened. */
  @state() private staleStep: Step | undefined;
  @state() private editError = '';
  @state() private addStepError = '';
  private readonly actions = new Actions(this, { announce: true });

  override render() {
    const steps = this.steps;
    const owner = this.mode === 'owner';
    const done = steps.filter((s) => s.doneOn !== null).length;
    // A group, not a region: every goal card has one, and many landmarks of one name help no one.
    return html`<div class="steps" role="group" aria-labelledby="steps-title">
      <h5 id="steps-title">
        ${tp('goal.stepsTitle')}
        ${steps.length ? html`<span class="muted count">(${tp('goal.stepsDone', { done, total: steps.length })})</span>` : nothing}
      </h5>
      ${
        steps.length === 0
          ? html`<p class="muted">${tp('goal.noSteps')}</p>`
          : html`<ul class="step-list">
              ${repeat(
                steps,
                (s) => s.id,
                (s) => (owner ? this.renderOwnStep(s) : this.renderPartnerStep(s)),
              )}
            </ul>`
      }
      ${owner ? this.renderAddStep() : nothing}
    </div>`;
  }

  private renderOwnStep(s: Step) {
    const id = `step-${s.id}`;
    if (this.editingStep?.id === s.id) {
      const from = this.editingStep;
      return html`<li class="step step-edit">
        <form class="form-grid" novalidate @submit=${(e: SubmitEvent) => this.saveStep(e, from)}>
          ${
            this.staleStep
              ? html`<al-notice tone="warm">
                  <p>${tp('step.stale')}</p>
                  <p><strong>${this.staleStep.text}</strong></p>
                  <p>${tp('goal.staleKeep')}</p>
                </al-notice>`
              : nothing
          }
          <al-field name="text" label=${tp('step.editLabel')} maxlength="280" .value=${from.text} .error=${this.editError}></al-field>
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'step-edit'}>
              ${tp('goal.saveEdit')}<span class="visually-hidden"> — ${tp('step.of', { text: from.text })}</span>
            </al-button>
            <al-button variant="quiet" @click=${() => this.editStep(undefined)}>
              ${t('common.cancel')}<span class="visually-hidden"> — ${tp('step.of', { text: from.text })}</span>
            </al-button>
          </div>
        </form>
      </li>`;
    }
    return html`<li class="step">
      <input
        type="checkbox"
        id=${id}
        .checked=${s.doneOn !== null}
        @change=${(e: Event) => this.setDone(s, e.target as HTMLInputElement)}
      />
      <label for=${id}>
        <span class="step-text">${s.text}</span>
        ${s.doneOn ? html`<span class="muted small">${tp('goal.doneOn', { date: formatDate(s.doneOn) })}</span>` : nothing}
      </label>
      <al-button class="step-button" variant="quiet" @click=${() => this.editStep(s)}>
        ${tp('goal.edit')}<span class="visually-hidden"> — ${tp('step.of', { text: s.text })}</span>
      </al-button>
    </li>`;
  }

  private async editStep(step: Step | undefined): Promise<void> {
    const previous = this.editingStep;
    this.editingStep = step;
    this.staleStep = undefined;
    this.editError = '';
    this.present(step ? { kind: 'step', id: step.id } : null);
    await this.updateComplete;
    if (step) await focusWhenReady(this.querySelector('.step-edit al-field'));
    else if (previous) this.querySelector<HTMLElement>(`#step-${CSS.escape(previous.id)}`)?.focus();
  }

  private async saveStep(event: SubmitEvent, from: Step): Promise<void> {
    event.preventDefault();
    const text = zStepText.safeParse(readForm(event.target as HTMLFormElement).text ?? '');
    if (!text.success) {
      this.editError = tp('goal.stepInvalid');
      return;
    }
    this.editError = '';
    const version = this.staleStep?.version ?? from.version;
    await this.actions.run('step-edit', async () => {
      try {
        await this.send({ type: 'step.edit', stepId: from.id, version, text: text.data });
      } catch (error) {
        if (isApiError(error) && error.code === 'stale_version') {
          const current = zStep.safeParse(error.current);
          if (current.success) {
            this.staleStep = current.data;
            return;
          }
        }
        throw error;
      }
      void this.editStep(undefined);
      this.actions.say(tp('goal.saved'));
    });
  }

  private renderPartnerStep(s: Step) {
    const of = html`<span class="visually-hidden"> — ${tp('step.of', { text: s.text })}</span>`;
    if (this.rewordingStep?.id === s.id) {
      return html`<li class="step step-edit">
        <form class="form-grid" novalidate @submit=${(e: SubmitEvent) => this.suggestRewording(e, s)}>
          ${nudged(html`<al-field name="text" label=${tp('step.rewordLabel', { text: s.text })} maxlength="280" .value=${s.text} .error=${this.editError}></al-field>`)}
          ${nudged(html`<al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>`)}
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'reword'}>${tp('step.suggestRewording')}${of}</al-button>
            <al-button variant="quiet" @click=${() => this.rewordStep(undefined)}>${t('common.cancel')}${of}</al-button>
          </div>
        </form>
      </li>`;
    }
    return html`<li class="step step-read">
      <span class=${s.doneOn ? 'tick done' : 'tick'} aria-hidden="true">${s.doneOn ? '✓' : ''}</span>
      <span>
        <span class="step-text">${s.text}</span>
        ${
          s.doneOn
            ? html`<span class="muted small">${tp('goal.doneOn', { date: formatDate(s.doneOn) })}</span>`
            : html`<span class="visually-hidden">${tp('status.active')}</span>`
        }
      </span>
      <al-button class="step-button" id="reword-${s.id}" variant="quiet" @click=${() => this.rewordStep(s)}>
        ${tp('step.suggestRewording')}${of}
      </al-button>
    </li>`;
  }

  /** Opens (or, with undefined, closes) a partner's "new words for this step" form; focus follows. */
  private async rewordStep(step: Step | undefined): Promise<void> {
    const previous = this.rewordingStep;
    this.rewordingStep = step;
    this.editError = '';
    this.present(step ? { kind: 'step', id: step.id } : null);
    await this.updateComplete;
    if (step) await focusWhenReady(this.querySelector('.step-edit al-field'));
    else if (previous) this.querySelector<HTMLElement>(`#reword-${CSS.escape(previous.id)}`)?.focus();
  }

  private async suggestRewording(event: SubmitEvent, step: Step): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const text = zStepText.safeParse(values.text ?? '');
    if (!text.success) {
      this.editError = tp('goal.stepInvalid');
      return;
    }
    this.editError = '';
    const rationale = (values.rationale ?? '').trim();
    await this.actions.run('reword', async () => {
      await this.send({
        type: 'suggestion.create',
        proposal: { kind: 'step-rewording', stepId: step.id, version: step.version, text: text.data },
        ...(rationale ? { rationale } : {}),
      });
      void this.rewordStep(undefined);
      this.actions.say(tp('goal.suggestionSent', { name: this.participantName }));
    });
  }

  private renderAddStep() {
    return html`<form class="inline-form" novalidate @submit=${this.addStep}>
      <al-field name="text" label=${tp('goal.newStep')} maxlength="280" .error=${this.addStepError}></al-field>
      <al-button type="submit" ?busy=${this.actions.busy === 'step'}>
        ${tp('goal.addStep')}<span class="visually-hidden"> — ${tp('goal.of', { title: this.goal.title })}</span>
      </al-button>
    </form>`;
  }

  private async setDone(step: Step, input: HTMLInputElement): Promise<void> {
    const done = input.checked;
    await this.actions.run('done', async () => {
      try {
        await this.send({ type: 'step.set-done', stepId: step.id, done, ...(done ? { doneOn: today() } : {}) });
      } catch (error) {
        // Refused: the box shows the plan as it is, not the click.
        input.checked = !done;
        throw error;
      }
      this.actions.say(done ? tp('goal.stepDone', { text: step.text }) : tp('goal.stepUndone', { text: step.text }));
    });
  }

  private async addStep(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const parsed = zStepText.safeParse(readForm(form).text ?? '');
    if (!parsed.success) {
      this.addStepError = tp('goal.stepInvalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.addStepError = '';
    await this.actions.run('step', async () => {
      await this.send({ type: 'step.create', goalId: this.goal.id, text: parsed.data });
      form.reset();
      this.actions.say(tp('goal.stepAdded'));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-goal-steps': AlGoalSteps;
  }
}
