import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { t } from '../i18n/i18n.js';
import { AlElement } from './al-element.js';

/**
 * Base for the labelled form controls (`al-field`, `al-select`, `al-textarea`): the label (with
 * "(optional)"), the hint and the error, tied to the native control inside with `for`,
 * `aria-describedby` and `aria-invalid`; form association (the value travels in `FormData`
 * under `name`); focus passed to the native control. A control renders its native element with
 * `id="control"` between `renderLabel()` and `renderError()`. Announcing an error is the form's
 * job (its `role="alert"` summary).
 *
 * @property label - the visible label; @property name - the name the value travels under
 * @property value - the value; @property hint - help shown under the label
 * @property error - what is wrong (marks the control invalid); @property optional - adds "(optional)"
 */
export class FormControl extends AlElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property() label = '';
  @property({ reflect: true }) name = '';
  @property() value = '';
  @property() hint = '';
  @property() error = '';
  /** Adds "(optional)" to the label; fields are assumed to be needed otherwise. */
  @property({ type: Boolean }) optional = false;

  protected readonly internals = this.attachInternals();

  /** The native control inside. */
  protected get control(): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector('#control') ?? null;
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value);
  }

  /** For the native control: its error state and what describes it. */
  protected get aria() {
    const describedBy = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    return { invalid: this.error ? 'true' : 'false', describedBy: describedBy || nothing };
  }

  protected renderLabel(): TemplateResult {
    return html`<label for="control">
        ${this.label}${this.optional ? html` <span class="optional">${t('field.optional')}</span>` : nothing}
      </label>
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}`;
  }

  protected renderError(): TemplateResult | typeof nothing {
    return this.error ? html`<p id="error" class="error">${this.error}</p>` : nothing;
  }
}

/** The look the controls share: label, hint, error, and the native control's box. */
export const formControlStyles = css`
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
  :where(#control) {
    min-height: var(--target);
    padding: 0.5rem 0.75rem;
    font: inherit;
    font-size: 1rem;
    color: var(--c-text);
    background: var(--c-surface);
    border: 1px solid var(--c-control-border);
    border-radius: var(--radius-small);
  }
  :where(#control)[aria-invalid='true'] {
    border: 2px solid var(--c-error);
  }
  .error {
    margin: var(--space-2) 0 0;
    color: var(--c-error);
    font-weight: 600;
  }
`;
