import { css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { AlElement } from './al-element.js';
import './al-button.js';
import { fire } from './events.js';
import { sharedStyles } from './shared-styles.js';

/** A modal `<dialog>`'s frame and backdrop, shared by the app's dialogs. */
export const dialogStyles = css`
  dialog {
    border: 1px solid var(--c-line);
    border-radius: var(--radius-small);
    padding: var(--space-5);
    max-width: min(32rem, calc(100vw - 2rem));
    background: var(--c-surface);
    color: var(--c-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
`;

/**
 * A question that needs a yes before something cannot be undone: a modal `<dialog>` (focus moves
 * into it, the rest of the page is inert, Escape or the cancel button closes it), named by its
 * question (`heading`). Focus goes back to what had it when the dialog opened.
 *
 * @property heading - the question; @property body - what saying yes does
 * @property confirmLabel - the yes button; @property cancelLabel - the no button
 * @property busy - the yes is being carried out
 * @method open - shows the dialog; @method close - hides it (`close(false)`: the host moves focus itself)
 * @fires al-confirm - the person said yes (the host carries it out, then closes the dialog)
 */
@customElement('al-confirm')
export class AlConfirm extends AlElement {
  @property() heading = '';
  @property() body = '';
  @property() confirmLabel = '';
  @property() cancelLabel = '';
  @property({ type: Boolean }) busy = false;
  @query('dialog') private dialog: HTMLDialogElement | undefined;
  private returnTo: HTMLElement | null = null;

  async open(): Promise<void> {
    this.returnTo = deepActiveElement();
    await this.updateComplete;
    this.dialog?.showModal();
    // The safe answer takes focus first: saying yes is a choice, never an accident of Enter.
    this.renderRoot.querySelector<HTMLElement>('#cancel')?.focus();
  }

  /** Hides the dialog; focus goes back where it was, unless the host moves it (`returnFocus` false). */
  close(returnFocus = true): void {
    if (!returnFocus) this.returnTo = null;
    this.dialog?.close();
  }

  override render() {
    return html`<dialog aria-labelledby="confirm-heading" aria-describedby="confirm-body" @close=${this.closed}>
      <!-- Not a heading element: the dialog opens inside whatever holds it, and must not break that page's heading order. -->
      <p id="confirm-heading" class="title">${this.heading}</p>
      <p id="confirm-body">${this.body}</p>
      <div class="actions">
        <al-button variant="danger" ?busy=${this.busy} @click=${() => fire(this, 'al-confirm', undefined)}>${this.confirmLabel}</al-button>
        <al-button id="cancel" @click=${() => this.close()}>${this.cancelLabel}</al-button>
      </div>
    </dialog>`;
  }

  private closed(): void {
    const target = this.returnTo;
    this.returnTo = null;
    if (target?.isConnected) target.focus();
  }

  static override styles = [
    sharedStyles,
    dialogStyles,
    css`
      .title {
        margin-top: 0;
        font-size: 1.25rem;
        font-weight: 700;
        overflow-wrap: anywhere;
      }
    `,
  ];
}

/** What has focus, looking into shadow roots (a button inside a card inside a page). */
export function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'al-confirm': AlConfirm;
  }
  interface HTMLElementEventMap {
    'al-confirm': CustomEvent<undefined>;
  }
}
