import type { PlanSnapshot, Suggestion } from '@alongside/shared';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { focusWhenReady, PartElement } from '../../ui/part-element.js';
import '../../ui/al-textarea.js';
import { describeSuggestion, type EditableText, editableTexts } from './suggestion-text.js';

/** What the person decided about a suggestion: accept it (in their own words when `edits`), or decline it. */
export interface SuggestionDecision {
  suggestion: Suggestion;
  /** Only the texts the person changed: the rest stay in the specialist's words. */
  edits?: Partial<Record<EditableText['field'], string>>;
}

/**
 * One suggestion waiting for the person: what it is, who made it and why, and the three answers —
 * accept it as it is, put it in their own words and accept that, or decline it (no reason
 * needed). It decides nothing itself: it says what the person chose, and the list sends it.
 * Renders into the list item that holds it (light DOM), which it names by its words (`s-<id>`).
 *
 * @property suggestion - the pending suggestion
 * @property plan - the plan, to name the goal or step a suggestion is about
 * @property busy - `accept` or `decline` while that answer is being saved
 * @property editing - the words are open for the person to change (the list allows one at a time)
 * @fires al-suggestion-accept - `SuggestionDecision`: accept (with `edits`: in the person's words)
 * @fires al-suggestion-decline - `SuggestionDecision`: decline
 * @fires al-suggestion-editing - `{ suggestion, editing }`: the person asks to start or stop putting it in their words
 */
@customElement('al-suggestion-card')
export class AlSuggestionCard extends PartElement {
  @property({ attribute: false }) suggestion!: Suggestion;
  @property({ attribute: false }) plan!: PlanSnapshot;
  @property() busy: '' | 'accept' | 'decline' = '';
  /** The person is putting this suggestion in their own words (the list allows one at a time). */
  @property({ type: Boolean }) editing = false;
  /** What is wrong with the person's own words, shown under them. */
  @state() private editError = '';

  override render() {
    const s = this.suggestion;
    const d = describeSuggestion(s, this.plan);
    const texts = editableTexts(s);
    const context = html`<span class="visually-hidden"> — ${d.text}</span>`;
    return html`<div class="item-main suggestion">
      <p class="muted">${d.kind}</p>
      <p class="suggestion-text" id="s-${s.id}">${d.text}</p>
      ${d.detail ? html`<p>${d.detail}</p>` : nothing}
      ${s.rationale ? html`<p class="muted">${tp('suggestions.because', { text: s.rationale })}</p>` : nothing}
      <p class="muted">${tp('suggestions.from', { name: s.author.name })}</p>
      ${
        this.editing && texts.length > 0
          ? html`<form class="form-grid" novalidate @submit=${(e: SubmitEvent) => this.acceptEdited(e, texts)}>
              <p class="muted">${tp('suggestions.yourWordsHint')}</p>
              ${texts.map((text) => this.renderText(text))}
              <div class="actions">
                <al-button type="submit" variant="primary" ?busy=${this.busy === 'accept'}>${tp('suggestions.acceptEdited')}</al-button>
                <al-button variant="quiet" @click=${() => this.setEditing(false)}>${t('common.cancel')}</al-button>
              </div>
            </form>`
          : html`<div class="actions">
              <al-button variant="primary" ?busy=${this.busy === 'accept'} @click=${() => fire(this, 'al-suggestion-accept', { suggestion: s })}>
                ${tp('suggestions.accept')}${context}
              </al-button>
              ${texts.length > 0 ? html`<al-button @click=${() => this.setEditing(true)}>${tp('suggestions.edit')}${context}</al-button>` : nothing}
              <al-button variant="quiet" ?busy=${this.busy === 'decline'} @click=${() => fire(this, 'al-suggestion-decline', { suggestion: s })}>
                ${tp('suggestions.decline')}${context}
              </al-button>
            </div>`
      }
    </div>`;
  }

  /** One text in a box: the main words in a one-line field (labelled as before), the others in a text area. */
  private renderText(text: EditableText) {
    const label = text.required ? tp('suggestions.yourWords') : tp(`suggestions.yourWords.${text.field}`);
    return text.multiline
      ? html`<al-textarea name=${text.field} label=${label} optional maxlength=${text.maxlength} rows="2" .value=${text.value}></al-textarea>`
      : html`<al-field name=${text.field} label=${label} maxlength=${text.maxlength} .value=${text.value} .error=${this.editError}></al-field>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('editing')) this.editError = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('editing') && this.editing) void focusWhenReady(this.querySelector('al-field'));
  }

  private setEditing(editing: boolean): void {
    fire(this, 'al-suggestion-editing', { suggestion: this.suggestion, editing });
  }

  private async acceptEdited(event: SubmitEvent, texts: readonly EditableText[]): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const main = texts.find((x) => x.required);
    if (main && !(values[main.field] ?? '').trim()) {
      this.editError = tp('suggestions.yourWordsEmpty');
      await this.updateComplete;
      form.querySelector<HTMLElement>('al-field')?.focus();
      return;
    }
    this.editError = '';
    // Only what the person changed is sent: a text left as suggested stays in the specialist's words.
    const edits: SuggestionDecision['edits'] = {};
    for (const text of texts) {
      const value = (values[text.field] ?? '').trim();
      if (value !== text.value.trim()) edits[text.field] = value;
    }
    fire(this, 'al-suggestion-accept', {
      suggestion: this.suggestion,
      ...(Object.keys(edits).length > 0 ? { edits } : {}),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-suggestion-card': AlSuggestionCard;
  }
  interface HTMLElementEventMap {
    'al-suggestion-accept': CustomEvent<SuggestionDecision>;
    'al-suggestion-decline': CustomEvent<SuggestionDecision>;
    'al-suggestion-editing': CustomEvent<{ suggestion: Suggestion; editing: boolean }>;
  }
}
