import { css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-button.js';

/**
 * Shows a link to pass on, read-only, with a copy button. Copying says so in a polite live
 * region; where the clipboard is unavailable (plain http on another machine), the link is
 * selected so the person can copy it themselves.
 *
 * @property link - the link; @property label - the box's label; @property hint - help under it
 */
@customElement('al-link-box')
export class AlLinkBox extends AlElement {
  @property() link = '';
  @property() label = '';
  @property() hint = '';

  @state() private status: 'idle' | 'copied' | 'select' = 'idle';
  @query('input') private input: HTMLInputElement | undefined;
  private resetTimer: number | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.resetTimer);
  }

  override render() {
    const message =
      this.status === 'copied' ? t('linkBox.copied') : this.status === 'select' ? t('linkBox.selectToCopy') : '';
    return html`
      <div class="box">
        <label for="link">${this.label || t('linkBox.label')}</label>
        <div class="row">
          <input id="link" type="text" readonly .value=${this.link} @focus=${this.selectAll} aria-describedby="hint" />
          <al-button variant="primary" @click=${this.copy}>${t('linkBox.copy')}</al-button>
        </div>
        <p id="hint" class="hint">${this.hint}</p>
        <p class="status" role="status">${message}</p>
      </div>
    `;
  }

  private selectAll(): void {
    this.input?.select();
  }

  private async copy(): Promise<void> {
    let copied = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(this.link);
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied) {
      this.input?.focus();
      this.input?.select();
    }
    this.status = copied ? 'copied' : 'select';
    window.clearTimeout(this.resetTimer);
    this.resetTimer = window.setTimeout(() => {
      this.status = 'idle';
    }, 6000);
  }

  static override styles = [
    sharedStyles,
    css`
      .box {
        background: var(--c-warm);
        border-radius: var(--radius);
        padding: var(--space-4);
      }
      label {
        display: block;
        font-weight: 600;
        margin-bottom: var(--space-2);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
      }
      input {
        flex: 1 1 14rem;
        min-width: 0;
        min-height: var(--target);
        padding: 0.5rem 0.75rem;
        font: inherit;
        font-size: 0.95rem;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        color: var(--c-text);
        background: var(--c-surface);
        border: 1px solid var(--c-control-border);
        border-radius: var(--radius-small);
      }
      .hint {
        margin: var(--space-3) 0 0;
      }
      .status {
        margin: var(--space-2) 0 0;
        font-weight: 600;
      }
      .status:empty {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-link-box': AlLinkBox;
  }
}
