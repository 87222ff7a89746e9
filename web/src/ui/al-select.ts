import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { t } from '../i18n/i18n.js';
import { AlElement } from './al-element.js';
import { sharedStyles } from './shared-styles.js';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled native `<select>`, form-associated like `al-field` (its value travels in FormData).
 *
 * @fires change - (bubbling, composed) with the new value in `value`
 */
@customElement('al-select')
export class AlSelect extends AlElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property() label = '';
  @property({ reflect: true }) name = '';
  @property() value = '';
  @property() hint = '';
  @property() error = '';
  @property({ type: Boolean }) optional = false;
  @property({ attribute: false }) options: readonly SelectOption[] = [];

  @query('select') private select: HTMLSelectElement | undefined;
  private readonly internals = this.attachInternals();

  override focus(options?: FocusOptions): void {
    this.select?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value);
    // Options render after the value is first set, so keep the control in step with it.
    if (this.select && this.select.value !== this.value) this.select.value = this.value;
  }

  override render() {
    const describedBy = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <label for="select">
        ${this.label}${this.optional ? html` <span class="optional">${t('field.optional')}</span>` : nothing}
      </label>
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      <select
        id="select"
        name=${this.name}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @change=${this.onChange}
      >
        ${this.options.map(
          (o) => html`<option value=${o.value} ?selected=${o.value === this.value}>${o.label}</option>`,
        )}
      </select>
      ${this.error ? html`<p id="error" class="error">${this.error}</p>` : nothing}
    `;
  }

  private onChange(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  static override styles = [
    sharedStyles,
    css`
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
      select {
        width: 100%;
        min-height: var(--target);
        padding: 0.5rem 0.75rem;
        font: inherit;
        font-size: 1rem;
        color: var(--c-text);
        background: var(--c-surface);
        border: 1px solid var(--c-control-border);
        border-radius: var(--radius-small);
      }
      select[aria-invalid='true'] {
        border: 2px solid var(--c-error);
      }
      .error {
        margin: var(--space-2) 0 0;
        color: var(--c-error);
        font-weight: 600;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-select': AlSelect;
  }
}
