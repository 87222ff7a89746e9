import type { PlanSnapshot, Suggestion } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import './al-suggestion-card.js';
import type { SuggestionDecision } from './al-suggestion-card.js';
import { PlanPart } from './plan-part.js';

/**
 * The participant's "waiting for you" section: each pending suggestion (`al-suggestion-card`),
 * and saving what the person decides about it — with focus moved to the section's heading once
 * the suggestion is gone, and the others here told while they put one in their own words.
 *
 * @property plan - the plan as it is now
 * @property atOneScreen - the person decides at their specialist's screen (a confirmed one-screen session)
 * @fires al-announce - the answer saved, or why it was not, for the page's regions
 */
@customElement('al-plan-suggestions')
export class AlPlanSuggestions extends PlanPart {
  @property({ attribute: false }) plan!: PlanSnapshot;
  /**
   * At one screen: the person decides here, on their specialist's screen, in a session where they
   * confirmed they are here. Their answers go to the server marked so, and are theirs.
   */
  @property({ type: Boolean }) atOneScreen = false;
  /** The suggestion being accepted in the person's own words, if any. */
  @state() private editing: string | undefined;
  private readonly actions = new Actions(this, { announce: true });
  private focusHeading = false;

  override render() {
    const pending = this.plan.suggestions.filter((s) => s.status === 'pending');
    const busy = (s: Suggestion) => {
      const [what, id] = this.actions.busy.split(':');
      return id === s.id && (what === 'accept' || what === 'decline') ? what : '';
    };
    const name = this.plan.participant.name;
    const here = this.atOneScreen;
    return html`<section aria-labelledby="suggestions-title" class=${here ? 'card one-screen' : ''}>
        <h2 id="suggestions-title">${here ? tp('oneScreen.decideTitle', { name }) : tp('suggestions.title')}</h2>
        ${here ? html`<p>${tp('oneScreen.decideLead', { name })}</p>` : nothing}
        ${
          pending.length === 0
            ? html`<p class="muted">${here ? tp('oneScreen.none', { name }) : tp('suggestions.none')}</p>`
            : html`<p>${tp('suggestions.lead')}</p>
                <ul class="item-list">
                  ${repeat(
                    pending,
                    (s) => s.id,
                    (s) => html`<li class="item suggestion" aria-labelledby="s-${s.id}">
                      <al-suggestion-card
                        .suggestion=${s}
                        .plan=${this.plan}
                        .busy=${busy(s)}
                        ?editing=${this.editing === s.id}
                        @al-suggestion-accept=${this.accept}
                        @al-suggestion-decline=${this.decline}
                        @al-suggestion-editing=${this.onEditing}
                      ></al-suggestion-card>
                    </li>`,
                  )}
                </ul>`
        }
      </section>`;
  }

  protected override updated(): void {
    // After the card that had focus is gone, focus goes somewhere sensible rather than the page top.
    if (!this.focusHeading) return;
    this.focusHeading = false;
    const heading = this.querySelector<HTMLElement>('#suggestions-title');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  private onEditing(event: CustomEvent<{ suggestion: Suggestion; editing: boolean }>): void {
    const { suggestion, editing } = event.detail;
    this.editing = editing ? suggestion.id : undefined;
    // The other person sees what this one is working on, and that they stopped.
    this.present(editing ? { kind: 'suggestion', id: suggestion.id } : null);
  }

  private async accept(event: CustomEvent<SuggestionDecision>): Promise<void> {
    const { suggestion, edits } = event.detail;
    await this.actions.run(`accept:${suggestion.id}`, async () => {
      await this.send(
        { type: 'suggestion.accept', suggestionId: suggestion.id, ...(edits ? { edits } : {}) },
        { atOneScreen: this.atOneScreen },
      );
      if (edits) {
        this.editing = undefined;
        this.present(null);
      }
      this.answered(tp('suggestions.accepted'));
    });
  }

  private async decline(event: CustomEvent<SuggestionDecision>): Promise<void> {
    const { suggestion } = event.detail;
    await this.actions.run(`decline:${suggestion.id}`, async () => {
      await this.send({ type: 'suggestion.decline', suggestionId: suggestion.id }, { atOneScreen: this.atOneScreen });
      this.answered(tp('suggestions.declined'));
    });
  }

  private answered(text: string): void {
    this.actions.say(text);
    this.focusHeading = true;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plan-suggestions': AlPlanSuggestions;
  }
}
