/**
 * The participant's "waiting for you" section: each pending suggestion with who made it and why,
 * and accepting it as it is, in their own words, or declining it — with focus moved to the
 * section's heading once the suggestion is gone. A helper drawn into the plan page's own shadow
 * root (not an element of its own), using the page's actions, so the ids, aria links, busy
 * buttons, alert and status region are the page's as before.
 */
import type { PlanSnapshot, Suggestion } from '@alongside/shared';
import { html, type LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import type { LivePlan } from '../../data/live-plan.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import type { Actions } from '../../ui/actions.js';
import { readForm } from '../../ui/form-helpers.js';
import { describeSuggestion, editableField } from './suggestion-text.js';

/** The suggestions section's state and behaviour; every change re-renders the page that holds it. */
export class PlanSuggestions {
  /** The suggestion being accepted in the person's own words, if any. */
  private editing: string | undefined;
  /** What is wrong with the person's own words, shown under them. */
  private editError = '';

  constructor(
    private readonly host: LitElement,
    private readonly live: LivePlan,
    private readonly actions: Actions,
  ) {}

  render(plan: PlanSnapshot) {
    const pending = plan.suggestions.filter((s) => s.status === 'pending');
    return html`<section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">${tp('suggestions.title')}</h2>
        ${
          pending.length === 0
            ? html`<p class="muted">${tp('suggestions.none')}</p>`
            : html`<p>${tp('suggestions.lead')}</p>
                <ul class="item-list">
                  ${repeat(
                    pending,
                    (s) => s.id,
                    (s) => this.renderSuggestion(s),
                  )}
                </ul>`
        }
      </section>`;
  }

  private renderSuggestion(s: Suggestion) {
    const plan = this.live.plan;
    if (!plan) return nothing;
    const d = describeSuggestion(s, plan);
    const field = editableField(s);
    const editing = this.editing === s.id;
    const busy = (what: string) => this.actions.busy === `${what}:${s.id}`;
    const context = html`<span class="visually-hidden"> — ${d.text}</span>`;
    return html`<li class="item suggestion" aria-labelledby="s-${s.id}">
      <div class="item-main suggestion">
        <p class="muted">${d.kind}</p>
        <p class="suggestion-text" id="s-${s.id}">${d.text}</p>
        ${d.detail ? html`<p>${d.detail}</p>` : nothing}
        ${s.rationale ? html`<p class="muted">${tp('suggestions.because', { text: s.rationale })}</p>` : nothing}
        <p class="muted">${tp('suggestions.from', { name: s.author.name })}</p>
        ${
          editing && field
            ? html`<form class="form-grid" novalidate @submit=${(e: SubmitEvent) => this.acceptEdited(e, s, field)}>
                <al-field name=${field} label=${tp('suggestions.yourWords')} maxlength="280" .value=${d.text} .error=${this.editError}></al-field>
                <div class="actions">
                  <al-button type="submit" variant="primary" ?busy=${busy('accept')}>${tp('suggestions.acceptEdited')}</al-button>
                  <al-button variant="quiet" @click=${() => this.cancelEdit()}>${t('common.cancel')}</al-button>
                </div>
              </form>`
            : html`<div class="actions">
                <al-button variant="primary" ?busy=${busy('accept')} @click=${() => this.accept(s)}>
                  ${tp('suggestions.accept')}${context}
                </al-button>
                ${
                  field
                    ? html`<al-button @click=${() => this.startEdit(s)}>${tp('suggestions.edit')}${context}</al-button>`
                    : nothing
                }
                <al-button variant="quiet" ?busy=${busy('decline')} @click=${() => this.decline(s)}>
                  ${tp('suggestions.decline')}${context}
                </al-button>
              </div>`
        }
      </div>
    </li>`;
  }

  private setEditing(id: string | undefined): void {
    if (this.editing === id) return;
    this.editing = id;
    this.editError = '';
    this.host.requestUpdate();
  }

  /** Leaves the own-words form; the other person no longer sees them working on the suggestion. */
  private cancelEdit(): void {
    this.setEditing(undefined);
    this.live.setFocus(null);
  }

  private async accept(s: Suggestion): Promise<void> {
    await this.actions.run(`accept:${s.id}`, async () => {
      await this.live.send({ type: 'suggestion.accept', suggestionId: s.id });
      this.actions.say(tp('suggestions.accepted'));
      this.focusHeadingOf('suggestions-title');
    });
  }

  private startEdit(s: Suggestion): void {
    this.setEditing(s.id);
    this.live.setFocus({ kind: 'suggestion', id: s.id });
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('.suggestion al-field')?.focus(),
    );
  }

  private async acceptEdited(event: SubmitEvent, s: Suggestion, field: 'title' | 'text' | 'label'): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (readForm(form)[field] ?? '').trim();
    if (!value) {
      this.editError = tp('suggestions.yourWordsEmpty');
      this.host.requestUpdate();
      await this.host.updateComplete;
      form.querySelector<HTMLElement>('al-field')?.focus();
      return;
    }
    this.editError = '';
    await this.actions.run(`accept:${s.id}`, async () => {
      await this.live.send({ type: 'suggestion.accept', suggestionId: s.id, edits: { [field]: value } });
      this.setEditing(undefined);
      this.live.setFocus(null);
      this.actions.say(tp('suggestions.accepted'));
      this.focusHeadingOf('suggestions-title');
    });
  }

  private async decline(s: Suggestion): Promise<void> {
    await this.actions.run(`decline:${s.id}`, async () => {
      await this.live.send({ type: 'suggestion.decline', suggestionId: s.id });
      this.actions.say(tp('suggestions.declined'));
      this.focusHeadingOf('suggestions-title');
    });
  }

  /** After the card that had focus is gone, focus goes somewhere sensible rather than the page top. */
  private focusHeadingOf(id: string): void {
    void this.host.updateComplete.then(() => {
      const heading = this.host.renderRoot.querySelector<HTMLElement>(`#${id}`);
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    });
  }
}
