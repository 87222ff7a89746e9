import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
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
 * @property maxlength - the most characters: shows "12 / 200" under the control, says politely
 *   when the end is near, and says "too long" past it — it never cuts what was typed or pasted
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
  @property({ type: Number }) maxlength: number | undefined;

  /** What the polite region last said about the length; said again only when the band changes. */
  @state() private lengthNews = '';
  private lengthBand: LengthBand = 'room';

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('value') && !changed.has('maxlength')) return;
    const band = this.maxlength === undefined ? 'room' : lengthBand(this.value.length, this.maxlength);
    // Announced when the band changes only (not at every key), and not for the value a form starts with.
    if (band !== this.lengthBand && this.hasUpdated) this.lengthNews = band === 'room' ? '' : this.counterWords();
    this.lengthBand = band;
  }

  /** Whether this control counts its characters (a password field does not show its length). */
  protected get counts(): boolean {
    return this.maxlength !== undefined;
  }

  private get tooLong(): boolean {
    return this.maxlength !== undefined && this.value.length > this.maxlength;
  }

  private counterWords(): string {
    const max = this.maxlength ?? 0;
    const length = this.value.length;
    if (length > max) return t('field.tooLong', { over: length - max, max });
    return t('field.left', { count: max - length, max });
  }

  /** For the native control: its error state and what describes it. */
  protected get aria() {
    const describedBy = [this.hint ? 'hint' : '', this.counts ? 'counter' : '', this.error ? 'error' : '']
      .filter(Boolean)
      .join(' ');
    return {
      invalid: this.error || (this.counts && this.tooLong) ? 'true' : 'false',
      describedBy: describedBy || nothing,
    };
  }

  protected renderLabel(): TemplateResult {
    return html`<label for="control">
        ${this.label}${this.optional ? html` <span class="optional">${t('field.optional')}</span>` : nothing}
      </label>
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}`;
  }

  /** The character counter (when the control counts) and the error, under the control. */
  protected renderError(): TemplateResult | typeof nothing {
    return html`${this.counts ? this.renderCounter() : nothing}${
      this.error ? html`<p id="error" class="error">${this.error}</p>` : nothing
    }`;
  }

  private renderCounter(): TemplateResult {
    const max = this.maxlength ?? 0;
    const over = this.tooLong;
    return html`<p id="counter" class=${over ? 'counter over' : 'counter'}>
        <span aria-hidden="true">${t('field.counter', { count: this.value.length, max })}</span>
        <span class=${over ? '' : 'visually-hidden'}>${over ? this.counterWords() : t('field.counterWords', { count: this.value.length, max })}</span>
      </p>
      <span class="visually-hidden" role="status">${this.lengthNews}</span>`;
  }
}

type LengthBand = 'room' | 'near' | 'full' | 'over';

/** Near the end: the last tenth, or the last 20 characters of a short field. */
function lengthBand(length: number, max: number): LengthBand {
  if (length > max) return 'over';
  if (length === max) return 'full';
  return max - length <= Math.max(20, Math.ceil(max / 10)) ? 'near' : 'room';
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
  .counter {
    margin: var(--space-1) 0 0;
    color: var(--c-muted);
    font-size: 0.875rem;
    text-align: end;
  }
  .counter.over {
    color: var(--c-error);
    font-weight: 600;
    text-align: start;
  }
  .counter.over span[aria-hidden] {
    margin-inline-end: var(--space-2);
  }
  .error {
    margin: var(--space-2) 0 0;
    color: var(--c-error);
    font-weight: 600;
  }
`;
