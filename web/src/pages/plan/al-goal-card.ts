import {
  type CheckIn,
  type Goal,
  type GoalStatus,
  goalStatuses,
  type Step,
  zGoal,
  zGoalTitle,
  zStep,
  zStepText,
} from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isApiError } from '../../api/api-error.js';
import '../../components/al-button.js';
import '../../components/al-confidence-chart.js';
import '../../components/al-field.js';
import '../../components/al-notice.js';
import '../../components/al-rating.js';
import '../../components/al-select.js';
import '../../components/al-textarea.js';
import { AlElement } from '../../components/al-element.js';
import { Actions } from '../../controllers/actions.js';
import type { LivePlan } from '../../controllers/live-plan.js';
import { readForm } from '../../forms/form-helpers.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { planStyles } from './plan-styles.js';

type Panel = 'none' | 'edit' | 'rate' | 'suggest-step' | 'reword';

/** Today in the person's own calendar (YYYY-MM-DD). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

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

  @state() private panel: Panel = 'none';
  private readonly actions = new Actions(this);
  @state() private fieldError = '';
  @state() private stale: Goal | undefined;
  /** The goal as it was when the edit form opened: the form starts from it and is not rewritten under the person's fingers. */
  @state() private editFrom: Goal | undefined;
  @state() private editingStep: Step | undefined;
  @state() private addStepError = '';
  @state() private staleStep: Step | undefined;
  @state() private editBase: number | undefined;
  @state() private confidence: number | null = null;
  @state() private wellbeing: number | null = null;

  /** Puts focus back on a move button after the goal moved (the list re-rendered around it). */
  async focusMove(direction: -1 | 1): Promise<void> {
    await this.updateComplete;
    const id = direction === -1 && !this.first ? 'move-up' : !this.last ? 'move-down' : 'move-up';
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  override render() {
    const g = this.goal;
    const owner = this.mode === 'owner';
    const done = this.steps.filter((s) => s.doneOn !== null).length;
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

      <section class="steps" aria-labelledby="steps-title">
        <h5 id="steps-title">
          ${tp('goal.stepsTitle')}
          ${this.steps.length ? html`<span class="muted count">(${tp('goal.stepsDone', { done, total: this.steps.length })})</span>` : nothing}
        </h5>
        ${
          this.steps.length === 0
            ? html`<p class="muted">${tp('goal.noSteps')}</p>`
            : html`<ul class="step-list">
                ${repeat(
                  this.steps,
                  (s) => s.id,
                  (s) => (owner ? this.renderOwnStep(s) : this.renderPartnerStep(s)),
                )}
              </ul>`
        }
        ${owner ? this.renderAddStep() : nothing}
      </section>

      ${owner ? this.renderOwnerActions() : this.renderPartnerActions()}
      ${this.renderPanel()}

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
          <al-field name="text" label=${tp('step.editLabel')} maxlength="280" .value=${from.text} .error=${this.fieldError}></al-field>
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'step-edit'}>${tp('goal.saveEdit')}</al-button>
            <al-button variant="quiet" @click=${() => this.editStep(undefined)}>${t('common.cancel')}</al-button>
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

  private editStep(step: Step | undefined): void {
    const previous = this.editingStep;
    this.editingStep = step;
    this.staleStep = undefined;
    this.fieldError = '';
    this.live.setFocus(step ? { kind: 'step', id: step.id } : null);
    void this.updateComplete.then(() => {
      if (step) this.renderRoot.querySelector<HTMLElement>('.step-edit al-field')?.focus();
      else if (previous) this.renderRoot.querySelector<HTMLElement>(`#step-${CSS.escape(previous.id)}`)?.focus();
    });
  }

  private async saveStep(event: SubmitEvent, from: Step): Promise<void> {
    event.preventDefault();
    const text = zStepText.safeParse(readForm(event.target as HTMLFormElement).text ?? '');
    if (!text.success) {
      this.fieldError = tp('goal.stepInvalid');
      return;
    }
    this.fieldError = '';
    const version = this.staleStep?.version ?? from.version;
    await this.actions.run('step-edit', async () => {
      try {
        await this.live.send({ type: 'step.edit', stepId: from.id, version, text: text.data });
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
      this.editStep(undefined);
      this.actions.say(tp('goal.saved'));
    });
  }

  private renderPartnerStep(s: Step) {
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
    </li>`;
  }

  private renderAddStep() {
    return html`<form class="inline-form" novalidate @submit=${this.addStep}>
      <al-field
        name="text"
        label=${tp('goal.newStep')}
        maxlength="280"
        .error=${this.addStepError}
      ></al-field>
      <al-button type="submit" ?busy=${this.actions.busy === 'step'}>
        ${tp('goal.addStep')}<span class="visually-hidden"> — ${tp('goal.of', { title: this.goal.title })}</span>
      </al-button>
    </form>`;
  }

  private renderOwnerActions() {
    const of = html`<span class="visually-hidden"> — ${tp('goal.of', { title: this.goal.title })}</span>`;
    return html`<div class="actions goal-actions">
      <al-select
        class="status"
        label=${tp('status.label')}
        .value=${this.goal.status}
        .options=${goalStatuses.map((s) => ({ value: s, label: tp(`status.${s}`) }))}
        @change=${(e: Event) => this.setStatus((e.target as HTMLSelectElement).value as GoalStatus)}
      ></al-select>
      <al-button aria-expanded=${this.panel === 'rate' ? 'true' : 'false'} @click=${() => this.toggle('rate')}>
        ${tp('goal.rate')}${of}
      </al-button>
      <al-button aria-expanded=${this.panel === 'edit' ? 'true' : 'false'} @click=${() => this.toggle('edit')}>
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
    return html`<div class="actions goal-actions">
      <al-button
        aria-expanded=${this.panel === 'suggest-step' ? 'true' : 'false'}
        @click=${() => this.toggle('suggest-step')}
      >
        ${tp('goal.suggestStep')}${of}
      </al-button>
      <al-button aria-expanded=${this.panel === 'reword' ? 'true' : 'false'} @click=${() => this.toggle('reword')}>
        ${tp('goal.suggestRewording')}${of}
      </al-button>
      ${
        this.together
          ? html`<al-button aria-expanded=${this.panel === 'rate' ? 'true' : 'false'} @click=${() => this.toggle('rate')}>
              ${tp('goal.rateTogether')}${of}
            </al-button>`
          : nothing
      }
    </div>`;
  }

  private renderPanel() {
    switch (this.panel) {
      case 'none':
        return nothing;
      case 'edit':
        return html`<form class="panel form-grid" novalidate @submit=${this.saveEdit}>
          <h5>${tp('goal.editTitle')}</h5>
          ${
            this.stale
              ? html`<al-notice tone="warm">
                  <p>${tp('goal.stale')}</p>
                  <p class="current"><strong>${this.stale.title}</strong>${this.stale.why ? html`<br />${this.stale.why}` : nothing}</p>
                  <p>${tp('goal.staleKeep')}</p>
                </al-notice>`
              : nothing
          }
          <al-field name="title" label=${tp('plan.goalTitle')} maxlength="280" .value=${(this.editFrom ?? this.goal).title} .error=${this.fieldError}></al-field>
          <al-textarea name="why" label=${tp('plan.goalWhy')} optional maxlength="2000" .value=${(this.editFrom ?? this.goal).why ?? ''}></al-textarea>
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'edit'}>${tp('goal.saveEdit')}</al-button>
            <al-button variant="quiet" @click=${() => this.toggle('none')}>${t('common.cancel')}</al-button>
          </div>
        </form>`;
      case 'rate':
        return html`<form class="panel form-grid" novalidate @submit=${this.saveCheckIn}>
          <al-rating
            name="confidence"
            legend=${
              this.mode === 'owner'
                ? tp('checkIn.confidence', { title: this.goal.title })
                : tp('checkIn.confidenceOf', { name: this.participantName, title: this.goal.title })
            }
            hint=${this.mode === 'owner' ? tp('checkIn.confidenceHint') : tp('checkIn.togetherHint', { name: this.participantName })}
            .value=${this.confidence}
            @change=${(e: Event) => {
              this.confidence = (e.target as HTMLElement & { value: number | null }).value;
            }}
          ></al-rating>
          <al-rating
            name="wellbeing"
            legend=${this.mode === 'owner' ? tp('checkIn.wellbeing') : tp('checkIn.wellbeingOf', { name: this.participantName })}
            hint=${tp('checkIn.wellbeingHint')}
            .value=${this.wellbeing}
            @change=${(e: Event) => {
              this.wellbeing = (e.target as HTMLElement & { value: number | null }).value;
            }}
          ></al-rating>
          ${this.mode === 'owner' ? html`<al-textarea name="note" label=${tp('checkIn.note')} optional maxlength="500" rows="2"></al-textarea>` : nothing}
          ${this.fieldError ? html`<p class="error-text">${this.fieldError}</p>` : nothing}
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'rate'}>
              ${this.mode === 'owner' ? tp('checkIn.save') : tp('checkIn.saveTogether')}
            </al-button>
            <al-button variant="quiet" @click=${() => this.toggle('none')}>${t('common.cancel')}</al-button>
          </div>
        </form>`;
      case 'suggest-step':
        return html`<form class="panel form-grid" novalidate @submit=${this.suggestStep}>
          <al-field name="text" label=${tp('goal.suggestStepLabel')} maxlength="280" .error=${this.fieldError}></al-field>
          <al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'suggest'}>${tp('goal.suggestStep')}</al-button>
            <al-button variant="quiet" @click=${() => this.toggle('none')}>${t('common.cancel')}</al-button>
          </div>
        </form>`;
      case 'reword':
        return html`<form class="panel form-grid" novalidate @submit=${this.suggestRewording}>
          <al-field name="title" label=${tp('goal.rewordLabel')} maxlength="280" .value=${this.goal.title} .error=${this.fieldError}></al-field>
          <al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'suggest'}>${tp('goal.suggestRewording')}</al-button>
            <al-button variant="quiet" @click=${() => this.toggle('none')}>${t('common.cancel')}</al-button>
          </div>
        </form>`;
    }
  }

  private toggle(panel: Panel): void {
    this.panel = this.panel === panel ? 'none' : panel;
    this.fieldError = '';
    this.actions.clearFailure();
    this.stale = undefined;
    this.editBase = undefined;
    this.editFrom = this.panel === 'edit' ? this.goal : undefined;
    this.confidence = null;
    this.wellbeing = null;
    this.live.setFocus(this.panel === 'none' ? null : { kind: 'goal', id: this.goal.id });
    if (this.panel !== 'none') {
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector<HTMLElement>('.panel al-field, .panel al-rating')?.focus();
      });
    }
  }

  private async setDone(step: Step, input: HTMLInputElement): Promise<void> {
    const done = input.checked;
    await this.actions.run('done', async () => {
      try {
        await this.live.send({ type: 'step.set-done', stepId: step.id, done, ...(done ? { doneOn: today() } : {}) });
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
      await this.live.send({ type: 'step.create', goalId: this.goal.id, text: parsed.data });
      form.reset();
      this.actions.say(tp('goal.stepAdded'));
    });
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

  private async saveEdit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const title = zGoalTitle.safeParse(values.title ?? '');
    if (!title.success) {
      this.fieldError = tp('plan.goalTitleInvalid');
      return;
    }
    this.fieldError = '';
    const why = (values.why ?? '').trim();
    const version = this.editBase ?? this.editFrom?.version ?? this.goal.version;
    await this.actions.run('edit', async () => {
      try {
        await this.live.send({
          type: 'goal.edit',
          goalId: this.goal.id,
          version,
          title: title.data,
          why: why === '' ? null : why,
        });
      } catch (error) {
        if (isApiError(error) && error.code === 'stale_version') {
          const current = zGoal.safeParse(error.current);
          if (current.success) {
            this.stale = current.data;
            // Saving again means "use my words over the current ones", knowingly.
            this.editBase = current.data.version;
            return;
          }
        }
        throw error;
      }
      this.panel = 'none';
      this.stale = undefined;
      this.editBase = undefined;
      this.live.setFocus(null);
      this.actions.say(tp('goal.saved'));
    });
  }

  private async saveCheckIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.confidence === null) {
      this.fieldError = tp('checkIn.chooseFirst');
      return;
    }
    this.fieldError = '';
    const note = (readForm(event.target as HTMLFormElement).note ?? '').trim();
    const confidence = this.confidence;
    await this.actions.run('rate', async () => {
      await this.live.send({
        type: 'check-in.record',
        goalId: this.goal.id,
        confidence,
        ...(this.wellbeing !== null ? { wellbeing: this.wellbeing } : {}),
        ...(note ? { note } : {}),
      });
      this.panel = 'none';
      this.live.setFocus(null);
      this.actions.say(tp('checkIn.saved', { value: confidence }));
    });
  }

  private async suggestStep(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const text = zStepText.safeParse(values.text ?? '');
    if (!text.success) {
      this.fieldError = tp('goal.stepInvalid');
      return;
    }
    const rationale = (values.rationale ?? '').trim();
    await this.actions.run('suggest', async () => {
      await this.live.send({
        type: 'suggestion.create',
        proposal: { kind: 'step', goalId: this.goal.id, text: text.data },
        ...(rationale ? { rationale } : {}),
      });
      this.panel = 'none';
      this.live.setFocus(null);
      this.actions.say(tp('goal.suggestionSent', { name: this.participantName }));
    });
  }

  private async suggestRewording(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const title = zGoalTitle.safeParse(values.title ?? '');
    if (!title.success) {
      this.fieldError = tp('plan.goalTitleInvalid');
      return;
    }
    const rationale = (values.rationale ?? '').trim();
    await this.actions.run('suggest', async () => {
      await this.live.send({
        type: 'suggestion.create',
        proposal: { kind: 'goal-rewording', goalId: this.goal.id, version: this.goal.version, title: title.data },
        ...(rationale ? { rationale } : {}),
      });
      this.panel = 'none';
      this.live.setFocus(null);
      this.actions.say(tp('goal.suggestionSent', { name: this.participantName }));
    });
  }

  static override styles = [
    sharedStyles,
    planStyles,
    css`
      .goal {
        display: grid;
        gap: var(--space-2);
      }
      .goal > p {
        margin: 0;
      }
      .goal-head {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
        align-items: baseline;
        justify-content: space-between;
      }
      .goal-head h4 {
        font-size: 1.1rem;
        margin: 0;
        overflow-wrap: anywhere;
      }
      .label {
        font-weight: 600;
      }
      h5 {
        font-size: 1rem;
        margin: var(--space-3) 0 var(--space-2);
      }
      .count {
        font-weight: 400;
        font-size: 0.95rem;
      }
      .step-list {
        list-style: none;
        padding: 0;
        margin: 0 0 var(--space-3);
        display: grid;
        gap: var(--space-1);
      }
      .step {
        display: flex;
        align-items: flex-start;
        gap: var(--space-2);
        position: relative;
      }
      .step input {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0.6rem 0 0;
        flex: 0 0 auto;
        accent-color: var(--c-primary);
      }
      .step label {
        flex: 1 1 auto;
        min-height: var(--target);
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 var(--space-2);
        padding: var(--space-1) 0;
        cursor: pointer;
        overflow-wrap: anywhere;
      }
      .step-button {
        flex: 0 0 auto;
      }
      .step-edit {
        display: block;
        padding: var(--space-2) 0;
      }
      .step-read {
        min-height: var(--target);
        align-items: center;
      }
      .tick {
        display: inline-flex;
        width: 1.5rem;
        height: 1.5rem;
        border: 2px solid var(--c-control-border);
        border-radius: 50%;
        font-size: 0.85rem;
        align-items: center;
        justify-content: center;
        font-weight: 700;
        flex: 0 0 auto;
      }
      .tick.done {
        background: var(--c-primary);
        border-color: var(--c-primary);
        color: var(--c-on-primary);
      }
      .small {
        font-size: 0.9rem;
      }
      .inline-form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
        align-items: flex-end;
      }
      .inline-form al-field {
        flex: 1 1 14rem;
      }
      .goal-actions {
        align-items: flex-end;
        margin-top: var(--space-2);
      }
      .status {
        min-width: 10rem;
      }
      .panel {
        border-top: 1px solid var(--c-line);
        padding-top: var(--space-3);
        margin-top: var(--space-2);
      }
      .panel h5 {
        margin: 0;
      }
      .error-text {
        color: var(--c-error);
        font-weight: 600;
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-goal-card': AlGoalCard;
  }
  interface HTMLElementEventMap {
    'al-move': CustomEvent<-1 | 1>;
  }
}
