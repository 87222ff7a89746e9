import { type Goal, type SuggestionProposal, zGoal, zGoalTitle, zStepText } from '@alongside/shared';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { isApiError } from '../../data/api-error.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import { nudged } from '../language/nudge-field.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-rating.js';
import '../../ui/al-textarea.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { focusWhenReady } from '../../ui/part-element.js';
import { PlanPart } from './plan-part.js';

export type Panel = 'none' | 'edit' | 'rate' | 'suggest-step' | 'reword';

/**
 * The panel that opens under a goal card's buttons, one at a time: the owner's edit form, the
 * check-in (the owner's own, or one recorded together in a partner's session), and a partner's
 * "suggest a step" and "suggest a rewording". Each opening starts afresh, takes focus in its
 * first field and tells the others here the person is working on the goal. Renders into the
 * card's tree (light DOM), which styles it.
 *
 * @property goal - the goal the panel is about
 * @property mode - `owner` or `partner`, as on the card
 * @property participantName - whose plan it is, for the partner's wording
 * @property panel - which panel is open (`none`: none); the card's buttons set it
 * @property oneScreen - partner mode, the person confirmed they are at this screen: their rating is sent as theirs
 * @fires al-panel-close - Cancel was pressed, or what the panel sent went through
 * @fires al-announce - what the panel did, or why it failed, for the card's regions
 */
@customElement('al-goal-panel')
export class AlGoalPanel extends PlanPart {
  @property({ attribute: false }) goal!: Goal;
  @property() mode: 'owner' | 'partner' = 'owner';
  @property() participantName = '';
  @property() panel: Panel = 'none';
  /** The person is at this (their specialist's) screen, confirmed: the rating is theirs. */
  @property({ type: Boolean }) oneScreen = false;

  @state() private error = '';
  /** The goal as it is now, after saving found it changed since the edit form opened. */
  @state() private stale: Goal | undefined;
  /** The goal as it was when the edit form opened: the form starts from it and is not rewritten under the person's fingers. */
  private editFrom: Goal | undefined;
  private editBase: number | undefined;
  @state() private confidence: number | null = null;
  @state() private wellbeing: number | null = null;
  private readonly actions = new Actions(this, { announce: true });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('panel') || changed.get('panel') === undefined) return;
    this.error = '';
    this.stale = undefined;
    this.editBase = undefined;
    this.editFrom = this.panel === 'edit' ? this.goal : undefined;
    this.confidence = null;
    this.wellbeing = null;
    this.actions.clearFailure();
    this.present(this.panel === 'none' ? null : { kind: 'goal', id: this.goal.id });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('panel') && this.panel !== 'none') void focusWhenReady(this.querySelector('al-field, al-rating'));
  }

  override render() {
    switch (this.panel) {
      case 'none':
        return nothing;
      case 'edit':
        return this.renderEdit();
      case 'rate':
        return this.renderRate();
      case 'suggest-step':
        return html`<form class="panel form-grid" novalidate @submit=${this.suggestStep}>
          ${nudged(html`<al-field name="text" label=${tp('goal.suggestStepLabel')} maxlength="280" .error=${this.error}></al-field>`)}
          ${this.renderRationaleAndButtons(tp('goal.suggestStep'))}
        </form>`;
      case 'reword':
        return html`<form class="panel form-grid" novalidate @submit=${this.suggestRewording}>
          ${nudged(html`<al-field name="title" label=${tp('goal.rewordLabel')} maxlength="280" .value=${this.goal.title} .error=${this.error}></al-field>`)}
          ${this.renderRationaleAndButtons(tp('goal.suggestRewording'))}
        </form>`;
    }
  }

  private renderEdit() {
    const from = this.editFrom ?? this.goal;
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
      <al-field name="title" label=${tp('plan.goalTitle')} maxlength="280" .value=${from.title} .error=${this.error}></al-field>
      <al-textarea name="why" label=${tp('plan.goalWhy')} optional maxlength="2000" .value=${from.why ?? ''}></al-textarea>
      ${this.renderButtons(tp('goal.saveEdit'), 'edit')}
    </form>`;
  }

  private renderRate() {
    const owner = this.mode === 'owner';
    const name = this.participantName;
    const title = this.goal.title;
    return html`<form class="panel form-grid" novalidate @submit=${this.saveCheckIn}>
      <al-rating
        name="confidence"
        legend=${owner ? tp('checkIn.confidence', { title }) : tp('checkIn.confidenceOf', { name, title })}
        hint=${owner ? tp('checkIn.confidenceHint') : tp('checkIn.togetherHint', { name })}
        .value=${this.confidence}
        @change=${(e: Event) => {
          this.confidence = (e.target as HTMLElement & { value: number | null }).value;
        }}
      ></al-rating>
      <al-rating
        name="wellbeing"
        legend=${owner ? tp('checkIn.wellbeing') : tp('checkIn.wellbeingOf', { name })}
        hint=${tp('checkIn.wellbeingHint')}
        .value=${this.wellbeing}
        @change=${(e: Event) => {
          this.wellbeing = (e.target as HTMLElement & { value: number | null }).value;
        }}
      ></al-rating>
      ${owner ? html`<al-textarea name="note" label=${tp('checkIn.note')} optional maxlength="500" rows="2"></al-textarea>` : nothing}
      ${this.error ? html`<p class="error-text">${this.error}</p>` : nothing}
      ${this.renderButtons(owner ? tp('checkIn.save') : tp('checkIn.saveTogether'), 'rate')}
    </form>`;
  }

  private renderRationaleAndButtons(submit: string) {
    return html`${nudged(html`<al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>`)}
      ${this.renderButtons(submit, 'suggest')}`;
  }

  private renderButtons(submit: string, busy: string) {
    return html`<div class="actions">
      <al-button type="submit" variant="primary" ?busy=${this.actions.busy === busy}>${submit}</al-button>
      <al-button variant="quiet" @click=${this.close}>${t('common.cancel')}</al-button>
    </div>`;
  }

  private close(): void {
    fire(this, 'al-panel-close', undefined);
  }

  /**
   * The submitted form's values, with its one required field checked by the shared schema;
   * `undefined`, with the field's error shown, when it does not pass.
   */
  private check<T>(event: SubmitEvent, field: string, schema: z.ZodType<T>, message: string) {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const parsed = schema.safeParse(values[field] ?? '');
    this.error = parsed.success ? '' : message;
    return parsed.success ? { values, value: parsed.data } : undefined;
  }

  private async saveEdit(event: SubmitEvent): Promise<void> {
    const checked = this.check(event, 'title', zGoalTitle, tp('plan.goalTitleInvalid'));
    if (!checked) return;
    const { values, value: title } = checked;
    const why = (values.why ?? '').trim();
    const version = this.editBase ?? this.editFrom?.version ?? this.goal.version;
    await this.actions.run('edit', async () => {
      try {
        await this.send({
          type: 'goal.edit',
          goalId: this.goal.id,
          version,
          title,
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
      this.close();
      this.actions.say(tp('goal.saved'));
    });
  }

  private async saveCheckIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const confidence = this.confidence;
    if (confidence === null) {
      this.error = tp('checkIn.chooseFirst');
      return;
    }
    this.error = '';
    const note = (readForm(event.target as HTMLFormElement).note ?? '').trim();
    const wellbeing = this.wellbeing;
    await this.actions.run('rate', async () => {
      await this.send(
        {
          type: 'check-in.record',
          goalId: this.goal.id,
          confidence,
          ...(wellbeing !== null ? { wellbeing } : {}),
          ...(note ? { note } : {}),
        },
        { atOneScreen: this.mode === 'partner' && this.oneScreen },
      );
      this.close();
      this.actions.say(tp('checkIn.saved', { value: confidence }));
    });
  }

  private async suggestStep(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const text = zStepText.safeParse(values.text ?? '');
    if (!text.success) {
      this.error = tp('goal.stepInvalid');
      return;
    }
    await this.sendSuggestion(values, { kind: 'step', goalId: this.goal.id, text: text.data });
  }

  private async suggestRewording(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const title = zGoalTitle.safeParse(values.title ?? '');
    if (!title.success) {
      this.error = tp('plan.goalTitleInvalid');
      return;
    }
    const goal = this.goal;
    await this.sendSuggestion(values, {
      kind: 'goal-rewording',
      goalId: goal.id,
      version: goal.version,
      title: title.data,
    });
  }

  /** Sends a partner's suggestion, with their reason if they gave one, and closes the panel. */
  private async sendSuggestion(values: Record<string, string>, proposal: SuggestionProposal): Promise<void> {
    const rationale = (values.rationale ?? '').trim();
    await this.actions.run('suggest', async () => {
      await this.send({ type: 'suggestion.create', proposal, ...(rationale ? { rationale } : {}) });
      this.close();
      this.actions.say(tp('goal.suggestionSent', { name: this.participantName }));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-goal-panel': AlGoalPanel;
  }
  interface HTMLElementEventMap {
    'al-panel-close': CustomEvent<undefined>;
  }
}
