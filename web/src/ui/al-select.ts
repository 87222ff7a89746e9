import { css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { FormControl, formControlStyles } from './form-control.js';
import { sharedStyles } from './shared-styles.js';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled native `<select>`, form-associated like `al-field` (see FormControl).
 *
 * @property options - `SelectOption[]`, in order
 * @fires change - (bubbling, composed) with the new value in `value`
 */
@customElement('al-select')
export class AlSelect extends FormControl {
  @property({ attribute: false }) options: readonly SelectOption[] = [];

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Options render after the value is first set, so keep the control in step with it.
    const select = this.control;
    if (select && select.value !== this.value) select.value = this.value;
  }

  override render() {
    const { invalid, describedBy } = this.aria;
    return html`
      ${this.renderLabel()}
      <select id="control" name=${this.name} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${this.onChange}>
        ${this.options.map(
          (o) => html`<option value=${o.value} ?selected=${o.value === this.value}>${o.label}</option>`,
        )}
      </select>
      ${this.renderError()}
    `;
  }

  private onChange(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  static override styles = [
    sharedStyles,
    formControlStyles,
    css`
      select {
        width: 100%;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-select': AlSelect;
  }
}
