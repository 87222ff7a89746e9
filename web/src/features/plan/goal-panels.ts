/**
 * The panel that opens under a goal card's buttons, one at a time: the owner's edit form, the
 * check-in (the owner's own, or one recorded together in a partner's session), and a partner's
 * "suggest a step" and "suggest a rewording" — each with what its submit sends. It draws into the
 * card's own shadow root (see goal-card-shared.ts) and uses the card's actions, so the panels'
 * busy buttons, the alert and the status region are the card's as before.
 */
import { type Goal, type SuggestionProposal, zGoal, zGoalTitle, zStepText } from '@alongside/shared';
import { html, nothing } from 'lit';
import { isApiError } from '../../data/api-error.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-rating.js';
import '../../ui/al-textarea.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import type { Actions } from '../../ui/actions.js';
import { readForm } from '../../ui/form-helpers.js';
import type { FieldError, GoalCardView } from './goal-card-shared.js';

export type Panel = 'none' | 'edit' | 'rate' | 'suggest-step' | 'reword';

/** The panels' state and behaviour; every change re-renders the card that holds them. */
export class GoalPanels {
  private panel: Panel = 'none';
  private stale: Goal | undefined;
  /** The goal as it was when the edit form opened: the form starts from it and is not rewritten under the person's fingers. */
  private editFrom: Goal | undefined;
  private editBase: number | undefined;
  private confidence: number | null = null;
  private wellbeing: number | null = null;

  constructor(
    private readonly card: GoalCardView,
    private readonly actions: Actions,
    private readonly fieldError: FieldError,
  ) {}

  /** The panel that is open ('none' when none is). */
  get open(): Panel {
    return this.panel;
  }

  render() {
    const goal = this.card.goal;
    const owner = this.card.mode === 'owner';
    const name = this.card.participantName;
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
          <al-field name="title" label=${tp('plan.goalTitle')} maxlength="280" .value=${(this.editFrom ?? goal).title} .error=${this.fieldError.text}></al-field>
          <al-textarea name="why" label=${tp('plan.goalWhy')} optional maxlength="2000" .value=${(this.editFrom ?? goal).why ?? ''}></al-textarea>
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
              owner
                ? tp('checkIn.confidence', { title: goal.title })
                : tp('checkIn.confidenceOf', { name, title: goal.title })
            }
            hint=${owner ? tp('checkIn.confidenceHint') : tp('checkIn.togetherHint', { name })}
            .value=${this.confidence}
            @change=${(e: Event) => {
              this.confidence = (e.target as HTMLElement & { value: number | null }).value;
              this.card.requestUpdate();
            }}
          ></al-rating>
          <al-rating
            name="wellbeing"
            legend=${owner ? tp('checkIn.wellbeing') : tp('checkIn.wellbeingOf', { name })}
            hint=${tp('checkIn.wellbeingHint')}
            .value=${this.wellbeing}
            @change=${(e: Event) => {
              this.wellbeing = (e.target as HTMLElement & { value: number | null }).value;
              this.card.requestUpdate();
            }}
          ></al-rating>
          ${owner ? html`<al-textarea name="note" label=${tp('checkIn.note')} optional maxlength="500" rows="2"></al-textarea>` : nothing}
          ${this.fieldError.text ? html`<p class="error-text">${this.fieldError.text}</p>` : nothing}
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'rate'}>
              ${owner ? tp('checkIn.save') : tp('checkIn.saveTogether')}
            </al-button>
            <al-button variant="quiet" @click=${() => this.toggle('none')}>${t('common.cancel')}</al-button>
          </div>
        </form>`;
      case 'suggest-step':
        return html`<form class="panel form-grid" novalidate @submit=${this.suggestStep}>
          <al-field name="text" label=${tp('goal.suggestStepLabel')} maxlength="280" .error=${this.fieldError.text}></al-field>
          <al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'suggest'}>${tp('goal.suggestStep')}</al-button>
            <al-button variant="quiet" @click=${() => this.toggle('none')}>${t('common.cancel')}</al-button>
          </div>
        </form>`;
      case 'reword':
        return html`<form class="panel form-grid" novalidate @submit=${this.suggestRewording}>
          <al-field name="title" label=${tp('goal.rewordLabel')} maxlength="280" .value=${goal.title} .error=${this.fieldError.text}></al-field>
          <al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>
          <div class="actions">
            <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'suggest'}>${tp('goal.suggestRewording')}</al-button>
            <al-button variant="quiet" @click=${() => this.toggle('none')}>${t('common.cancel')}</al-button>
          </div>
        </form>`;
    }
  }

  /** Opens `panel`, or closes it if it is the one open, starting afresh either way. */
  toggle(panel: Panel): void {
    this.panel = this.panel === panel ? 'none' : panel;
    this.fieldError.set('');
    this.actions.clearFailure();
    this.stale = undefined;
    this.editBase = undefined;
    this.editFrom = this.panel === 'edit' ? this.card.goal : undefined;
    this.confidence = null;
    this.wellbeing = null;
    this.card.requestUpdate();
    this.card.live.setFocus(this.panel === 'none' ? null : { kind: 'goal', id: this.card.goal.id });
    if (this.panel !== 'none') {
      void this.card.updateComplete.then(() => {
        this.card.renderRoot.querySelector<HTMLElement>('.panel al-field, .panel al-rating')?.focus();
      });
    }
  }

  /** Closes the panel after its submit went through; the goal is no longer what this person works on. */
  private close(): void {
    this.panel = 'none';
    this.card.requestUpdate();
    this.card.live.setFocus(null);
  }

  // Submit listeners are arrow functions: lit calls a listener with `this` set to the card element.
  private readonly saveEdit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const title = zGoalTitle.safeParse(values.title ?? '');
    if (!title.success) {
      this.fieldError.set(tp('plan.goalTitleInvalid'));
      return;
    }
    this.fieldError.set('');
    const why = (values.why ?? '').trim();
    const version = this.editBase ?? this.editFrom?.version ?? this.card.goal.version;
    await this.actions.run('edit', async () => {
      try {
        await this.card.live.send({
          type: 'goal.edit',
          goalId: this.card.goal.id,
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
            this.card.requestUpdate();
            return;
          }
        }
        throw error;
      }
      this.stale = undefined;
      this.editBase = undefined;
      this.close();
      this.actions.say(tp('goal.saved'));
    });
  };

  private readonly saveCheckIn = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.confidence === null) {
      this.fieldError.set(tp('checkIn.chooseFirst'));
      return;
    }
    this.fieldError.set('');
    const note = (readForm(event.target as HTMLFormElement).note ?? '').trim();
    const confidence = this.confidence;
    await this.actions.run('rate', async () => {
      await this.card.live.send({
        type: 'check-in.record',
        goalId: this.card.goal.id,
        confidence,
        ...(this.wellbeing !== null ? { wellbeing: this.wellbeing } : {}),
        ...(note ? { note } : {}),
      });
      this.close();
      this.actions.say(tp('checkIn.saved', { value: confidence }));
    });
  };

  private readonly suggestStep = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const text = zStepText.safeParse(values.text ?? '');
    if (!text.success) {
      this.fieldError.set(tp('goal.stepInvalid'));
      return;
    }
    await this.sendSuggestion(values, { kind: 'step', goalId: this.card.goal.id, text: text.data });
  };

  private readonly suggestRewording = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const title = zGoalTitle.safeParse(values.title ?? '');
    if (!title.success) {
      this.fieldError.set(tp('plan.goalTitleInvalid'));
      return;
    }
    const goal = this.card.goal;
    await this.sendSuggestion(values, {
      kind: 'goal-rewording',
      goalId: goal.id,
      version: goal.version,
      title: title.data,
    });
  };

  /** Sends a partner's suggestion, with their reason if they gave one, and closes its panel. */
  private async sendSuggestion(values: Record<string, string>, proposal: SuggestionProposal): Promise<void> {
    this.fieldError.set('');
    const rationale = (values.rationale ?? '').trim();
    await this.actions.run('suggest', async () => {
      await this.card.live.send({ type: 'suggestion.create', proposal, ...(rationale ? { rationale } : {}) });
      this.close();
      this.actions.say(tp('goal.suggestionSent', { name: this.card.participantName }));
    });
  }
}
