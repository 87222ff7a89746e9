import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { t } from '../i18n/i18n.js';
import { FormControl, formControlStyles } from './form-control.js';
import { sharedStyles } from './shared-styles.js';

type FieldType = 'text' | 'email' | 'password' | 'number';

/**
 * A labelled text input with an optional hint and an error, for use inside a `<form>` (see
 * FormControl for the label, hint, error and form association). Enter submits the form it sits
 * in; a password field has a button that shows what was typed.
 *
 * @property type - `text`, `email`, `password` or `number`
 * @property autocomplete, inputmode, min, max, required, readonly - as on a native input
 * @property maxlength - counted, never cut (see FormControl); a password field does not show a count
 * @fires input - (native, composed) whenever the value changes
 */
@customElement('al-field')
export class AlField extends FormControl {
  @property() type: FieldType = 'text';
  @property() autocomplete: string | undefined;
  @property() inputmode: string | undefined;
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean }) readonly = false;
  @property({ type: Number }) min: number | undefined;
  @property({ type: Number }) max: number | undefined;

  @state() private revealed = false;

  protected override get counts(): boolean {
    return this.maxlength !== undefined && this.type !== 'password';
  }

  formResetCallback(): void {
    this.value = '';
  }

  override render() {
    const { invalid, describedBy } = this.aria;
    const isPassword = this.type === 'password';
    return html`
      ${this.renderLabel()}
      <div class="control">
        <input
          id="control"
          name=${this.name}
          type=${isPassword && this.revealed ? 'text' : this.type}
          .value=${this.value}
          autocomplete=${ifDefined(this.autocomplete)}
          inputmode=${ifDefined(this.inputmode)}
          min=${ifDefined(this.min)}
          max=${ifDefined(this.max)}
          ?required=${this.required}
          ?readonly=${this.readonly}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          spellcheck=${this.type === 'text' ? 'true' : 'false'}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
        />
        ${
          isPassword
            ? html`<button
                type="button"
                class="reveal"
                aria-pressed=${this.revealed ? 'true' : 'false'}
                @click=${() => {
                  this.revealed = !this.revealed;
                }}
              >
                ${t('field.showPassword')}
              </button>`
            : nothing
        }
      </div>
      ${this.renderError()}
    `;
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.internals.form?.requestSubmit();
    }
  }

  static override styles = [
    sharedStyles,
    formControlStyles,
    css`
      .control {
        display: flex;
        gap: var(--space-2);
      }
      input {
        flex: 1 1 auto;
        min-width: 0;
      }
      input[readonly] {
        background: var(--c-surface-soft);
      }
      input:focus-visible {
        outline: 3px solid var(--c-focus);
        outline-offset: 1px;
      }
      .reveal {
        flex: 0 0 auto;
        min-height: var(--target);
        min-width: var(--target);
        padding: 0 var(--space-3);
        font: inherit;
        font-size: 0.95rem;
        color: var(--c-link);
        background: var(--c-surface);
        border: 1px solid var(--c-control-border);
        border-radius: var(--radius-small);
        cursor: pointer;
      }
      .reveal[aria-pressed='true'] {
        background: var(--c-surface-soft);
        font-weight: 600;
      }
      .error::before {
        content: '';
        display: inline-block;
        width: 0.6em;
        height: 0.6em;
        margin-inline-end: 0.4em;
        border-radius: 50%;
        background: currentColor;
        vertical-align: 0.05em;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-field': AlField;
  }
}
