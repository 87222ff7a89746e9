import { type SelfCheckDimension, selfCheckDimensions } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import '../../ui/al-button.js';
import '../../ui/al-rating.js';
import '../../ui/al-textarea.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { PartElement } from '../../ui/part-element.js';

/** What the person rated (the dimensions they chose to rate) and their note. */
export interface SelfCheckInput {
  ratings: Partial<Record<SelfCheckDimension, number>>;
  note?: string;
}

/**
 * "How I'm doing": the four dimensions of recovery, 0–10 each, any of them, and a note. It sends
 * nothing itself: the page does, and tells it when (`reset()` after saving).
 *
 * @property busy - the page is saving what it last fired
 * @fires al-self-check - `SelfCheckInput`, at least one rating given
 */
@customElement('al-self-check-form')
export class AlSelfCheckForm extends PartElement {
  @property({ type: Boolean }) busy = false;
  @state() private ratings: Partial<Record<SelfCheckDimension, number>> = {};
  @state() private error = '';

  /** Clears the form after the page saved it. */
  reset(): void {
    this.ratings = {};
    this.querySelector('form')?.reset();
  }

  override render() {
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      <p>${tp('selfCheck.intro')}</p>
      ${selfCheckDimensions.map(
        (d) => html`<al-rating
          name=${`self-check-${d}`}
          legend=${tp(`area.${d}`)}
          hint=${tp(`area.${d}.hint`)}
          .value=${this.ratings[d] ?? null}
          @change=${(e: Event) => {
            const value = (e.target as HTMLElement & { value: number | null }).value;
            this.ratings = { ...this.ratings, [d]: value ?? undefined };
          }}
        ></al-rating>`,
      )}
      <al-textarea name="note" label=${tp('selfCheck.note')} optional maxlength="1000" rows="2"></al-textarea>
      ${this.error ? html`<p class="error-text" role="alert">${this.error}</p>` : nothing}
      <div><al-button type="submit" ?busy=${this.busy}>${tp('selfCheck.save')}</al-button></div>
    </form>`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const ratings = Object.fromEntries(Object.entries(this.ratings).filter(([, v]) => v !== undefined));
    if (Object.keys(ratings).length === 0) {
      this.error = tp('selfCheck.chooseOne');
      return;
    }
    this.error = '';
    const note = (readForm(event.target as HTMLFormElement).note ?? '').trim();
    fire(this, 'al-self-check', { ratings, ...(note ? { note } : {}) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-self-check-form': AlSelfCheckForm;
  }
  interface HTMLElementEventMap {
    'al-self-check': CustomEvent<SelfCheckInput>;
  }
}
