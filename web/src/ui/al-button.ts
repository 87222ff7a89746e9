import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AlElement } from './al-element.js';

/**
 * A button. Inside a `<form>` with `type="submit"` it submits that form (it is form-associated,
 * so this works across the shadow boundary). While `busy`, clicks are swallowed and the button
 * says so with `aria-disabled`, keeping focus where it is (a disabled button would drop focus).
 *
 * @slot - the label; add visually hidden text for context ("Withdraw <span>invitation for …</span>")
 * @csspart button - the native button
 */
@customElement('al-button')
export class AlButton extends AlElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property() type: 'button' | 'submit' = 'button';
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'quiet' | 'danger' = 'secondary';
  @property({ type: Boolean, reflect: true }) busy = false;
  @property({ type: Boolean, reflect: true }) disabled = false;

  private readonly internals = this.attachInternals();

  override render() {
    return html`<button
      part="button"
      type="button"
      ?disabled=${this.disabled}
      aria-disabled=${this.busy ? 'true' : 'false'}
      @click=${this.onClick}
    >
      <slot></slot>
    </button>`;
  }

  private onClick(event: MouseEvent): void {
    if (this.busy || this.disabled) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (this.type === 'submit') this.internals.form?.requestSubmit();
  }

  static override styles = css`
    :host {
      display: inline-block;
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5rem;
      min-height: var(--target);
      min-width: var(--target);
      padding: 0.5rem 1.1rem;
      font: inherit;
      font-weight: 600;
      line-height: 1.25;
      border-radius: var(--radius-small);
      border: 2px solid var(--c-primary);
      background: var(--c-surface);
      color: var(--c-primary);
      cursor: pointer;
      transition: background-color var(--motion-duration, 0s) ease;
    }
    button:hover {
      background: var(--c-surface-soft);
    }
    button:focus-visible {
      outline: 3px solid var(--c-focus);
      outline-offset: 2px;
    }
    :host([variant='primary']) button {
      background: var(--c-primary);
      color: var(--c-on-primary);
    }
    :host([variant='primary']) button:hover {
      background: var(--c-primary-strong);
      border-color: var(--c-primary-strong);
    }
    :host([variant='quiet']) button {
      border-color: transparent;
      background: transparent;
      color: var(--c-link);
      text-decoration: underline;
      text-underline-offset: 0.18em;
    }
    :host([variant='quiet']) button:hover {
      background: var(--c-surface-soft);
    }
    :host([variant='danger']) button {
      border-color: var(--c-error);
      color: var(--c-error);
    }
    :host([variant='danger']) button:hover {
      background: var(--c-error-bg);
    }
    :host([busy]) button {
      cursor: progress;
      opacity: 0.8;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'al-button': AlButton;
  }
}
