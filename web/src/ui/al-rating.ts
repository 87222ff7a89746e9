import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AlElement } from './al-element.js';
import { sharedStyles } from './shared-styles.js';

/**
 * A 0–10 rating as a group of native radio buttons: arrow keys move along it, every number is a
 * large target (≥ 44 px), and the legend and hint are read with the group.
 *
 * @property legend - what is rated; @property hint - help read with the group
 * @property name - the radio group's name; @property value - the chosen number (null: none yet)
 * @fires change - (bubbling, composed) with the chosen number in `value`
 */
@customElement('al-rating')
export class AlRating extends AlElement {
  @property() legend = '';
  @property() hint = '';
  @property() name = 'rating';
  /** The chosen number, or null while nothing is chosen. */
  @property({ attribute: false }) value: number | null = null;

  override focus(options?: FocusOptions): void {
    const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input')];
    (inputs.find((i) => i.checked) ?? inputs[0])?.focus(options);
  }

  override render() {
    return html`<fieldset aria-describedby=${this.hint ? 'hint' : nothing}>
      <legend>${this.legend}</legend>
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      <div class="scale">
        ${Array.from({ length: 11 }, (_, n) => {
          const id = `r${n}`;
          return html`<span class="choice">
            <input
              type="radio"
              id=${id}
              name=${this.name}
              .value=${String(n)}
              .checked=${this.value === n}
              @change=${() => this.choose(n)}
            />
            <label for=${id}>${n}</label>
          </span>`;
        })}
      </div>
    </fieldset>`;
  }

  private choose(n: number): void {
    this.value = n;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  static override styles = [
    sharedStyles,
    css`
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
        min-width: 0;
      }
      legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: var(--space-1);
      }
      .hint {
        margin: 0 0 var(--space-2);
        color: var(--c-muted);
        font-size: 0.95rem;
      }
      .scale {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-1);
      }
      .choice {
        position: relative;
      }
      input {
        position: absolute;
        opacity: 0;
        inset: 0;
        margin: 0;
        width: 100%;
        height: 100%;
        cursor: pointer;
      }
      label {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        min-width: var(--target);
        min-height: var(--target);
        border: 2px solid var(--c-control-border);
        border-radius: var(--radius-small);
        background: var(--c-surface);
        font-weight: 600;
        cursor: pointer;
      }
      input:checked + label {
        background: var(--c-primary);
        border-color: var(--c-primary);
        color: var(--c-on-primary);
      }
      input:focus-visible + label {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-rating': AlRating;
  }
}
