import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { t } from '../i18n/i18n.js';
import { AlElement } from './al-element.js';
import { sharedStyles } from './shared-styles.js';

type FieldType = 'text' | 'email' | 'password' | 'number';

/**
 * A labelled text input with an optional hint and an error, for use inside a `<form>`.
 * It is form-associated: its `value` travels in `FormData` under its `name`, and Enter submits
 * the form it sits in. The error is tied to the input with `aria-describedby`/`aria-invalid`;
 * announcing it is the form's job (its `role="alert"` summary).
 *
 * @fires input - (native, composed) whenever the value changes
 */
@customElement('al-field')
export class AlField extends AlElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property() label = '';
  @property({ reflect: true }) name = '';
  @property() type: FieldType = 'text';
  @property() value = '';
  @property() hint = '';
  @property() error = '';
  @property() autocomplete: string | undefined;
  @property() inputmode: string | undefined;
  @property({ type: Boolean }) required = false;
  /** Adds "(optional)" to the label; fields are assumed to be needed otherwise. */
  @property({ type: Boolean }) optional = false;
  @property({ type: Boolean }) readonly = false;
  @property({ type: Number }) min: number | undefined;
  @property({ type: Number }) max: number | undefined;
  @property({ type: Number }) maxlength: number | undefined;

  @state() private revealed = false;
  @query('input') private input: HTMLInputElement | undefined;
  private readonly internals = this.attachInternals();

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  formResetCallback(): void {
    this.value = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value);
  }

  override render() {
    const describedBy = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    const isPassword = this.type === 'password';
    return html`
      <label for="input">
        ${this.label}${this.optional ? html` <span class="optional">${t('field.optional')}</span>` : nothing}
      </label>
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      <div class="control">
        <input
          id="input"
          name=${this.name}
          type=${isPassword && this.revealed ? 'text' : this.type}
          .value=${this.value}
          autocomplete=${ifDefined(this.autocomplete)}
          inputmode=${ifDefined(this.inputmode)}
          min=${ifDefined(this.min)}
          max=${ifDefined(this.max)}
          maxlength=${ifDefined(this.maxlength)}
          ?required=${this.required}
          ?readonly=${this.readonly}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
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
      ${this.error ? html`<p id="error" class="error">${this.error}</p>` : nothing}
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
    css`
      :host {
        display: block;
      }
      label {
        display: block;
        font-weight: 600;
        margin-bottom: var(--space-1);
      }
      .optional {
        font-weight: 400;
        color: var(--c-muted);
      }
      .hint {
        margin: 0 0 var(--space-2);
        color: var(--c-muted);
        font-size: 0.95rem;
      }
      .control {
        display: flex;
        gap: var(--space-2);
      }
      input {
        flex: 1 1 auto;
        min-width: 0;
        min-height: var(--target);
        padding: 0.5rem 0.75rem;
        font: inherit;
        font-size: 1rem;
        color: var(--c-text);
        background: var(--c-surface);
        border: 1px solid var(--c-control-border);
        border-radius: var(--radius-small);
      }
      input[readonly] {
        background: var(--c-surface-soft);
      }
      input[aria-invalid='true'] {
        border: 2px solid var(--c-error);
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
      .error {
        margin: var(--space-2) 0 0;
        color: var(--c-error);
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
