import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { FormControl, formControlStyles } from './form-control.js';
import { sharedStyles } from './shared-styles.js';

/**
 * A labelled multi-line text box, form-associated like `al-field` (see FormControl).
 *
 * @property maxlength - counted, never cut (see FormControl); @property rows - its height in lines
 */
@customElement('al-textarea')
export class AlTextarea extends FormControl {
  @property({ type: Number }) rows = 3;

  formResetCallback(): void {
    this.value = '';
  }

  override render() {
    const { invalid, describedBy } = this.aria;
    return html`
      ${this.renderLabel()}
      <textarea
        id="control"
        name=${this.name}
        rows=${this.rows}
        .value=${this.value}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${(e: Event) => {
          this.value = (e.target as HTMLTextAreaElement).value;
        }}
      ></textarea>
      ${this.renderError()}
    `;
  }

  static override styles = [
    sharedStyles,
    formControlStyles,
    css`
      textarea {
        display: block;
        width: 100%;
        min-height: calc(var(--target) * 2);
        resize: vertical;
      }
      textarea:focus-visible {
        outline: 3px solid var(--c-focus);
        outline-offset: 1px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-textarea': AlTextarea;
  }
}
