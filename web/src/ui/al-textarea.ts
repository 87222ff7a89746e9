import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { t } from '../i18n/i18n.js';
import { AlElement } from './al-element.js';
import { sharedStyles } from './shared-styles.js';

/** A labelled multi-line text box, form-associated like `al-field`. */
@customElement('al-textarea')
export class AlTextarea extends AlElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property() label = '';
  @property({ reflect: true }) name = '';
  @property() value = '';
  @property() hint = '';
  @property() error = '';
  @property({ type: Boolean }) optional = false;
  @property({ type: Number }) maxlength: number | undefined;
  @property({ type: Number }) rows = 3;

  @query('textarea') private textarea: HTMLTextAreaElement | undefined;
  private readonly internals = this.attachInternals();

  override focus(options?: FocusOptions): void {
    this.textarea?.focus(options);
  }

  formResetCallback(): void {
    this.value = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value);
  }

  override render() {
    const describedBy = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <label for="input">
        ${this.label}${this.optional ? html` <span class="optional">${t('field.optional')}</span>` : nothing}
      </label>
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      <textarea
        id="input"
        name=${this.name}
        rows=${this.rows}
        .value=${this.value}
        maxlength=${ifDefined(this.maxlength)}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => {
          this.value = (e.target as HTMLTextAreaElement).value;
        }}
      ></textarea>
      ${this.error ? html`<p id="error" class="error">${this.error}</p>` : nothing}
    `;
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
      textarea {
        display: block;
        width: 100%;
        min-height: calc(var(--target) * 2);
        padding: 0.5rem 0.75rem;
        font: inherit;
        font-size: 1rem;
        color: var(--c-text);
        background: var(--c-surface);
        border: 1px solid var(--c-control-border);
        border-radius: var(--radius-small);
        resize: vertical;
      }
      textarea[aria-invalid='true'] {
        border: 2px solid var(--c-error);
      }
      textarea:focus-visible {
        outline: 3px solid var(--c-focus);
        outline-offset: 1px;
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
    'al-textarea': AlTextarea;
  }
}
