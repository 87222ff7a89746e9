import type { Language } from '@alongside/shared';
import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { AlElement } from '../ui/al-element.js';
import { chooseLanguage } from './session.js';

/** Each language is named in itself, so people can find theirs whatever is showing. */
const names: Record<Language, string> = { en: 'English', es: 'Español' };

/**
 * Two toggle buttons, one per language. Choosing one switches at once, is remembered on this
 * device and, when someone is signed in, saved to their account.
 */
@customElement('al-language-switch')
export class AlLanguageSwitch extends AlElement {
  @state() private busy = false;

  override render() {
    const active = currentLanguage();
    return html`<div class="switch" role="group" aria-label=${t('language.label')}>
      ${(Object.keys(names) as Language[]).map(
        (language) => html`<button
          type="button"
          lang=${language}
          aria-pressed=${language === active ? 'true' : 'false'}
          @click=${() => this.choose(language)}
        >
          ${names[language]}
        </button>`,
      )}
    </div>`;
  }

  private async choose(language: Language): Promise<void> {
    if (this.busy || language === currentLanguage()) return;
    this.busy = true;
    try {
      await chooseLanguage(language);
    } finally {
      this.busy = false;
    }
  }

  static override styles = css`
    .switch {
      display: inline-flex;
      border: 1px solid var(--c-control-border);
      border-radius: var(--radius-small);
      overflow: hidden;
      background: var(--c-surface);
    }
    button {
      min-height: var(--target);
      min-width: var(--target);
      padding: 0 0.75rem;
      font: inherit;
      font-size: 0.95rem;
      border: 0;
      background: transparent;
      color: var(--c-text);
      cursor: pointer;
    }
    button + button {
      border-inline-start: 1px solid var(--c-control-border);
    }
    button[aria-pressed='true'] {
      background: var(--c-primary);
      color: var(--c-on-primary);
      font-weight: 600;
    }
    button:focus-visible {
      outline: 3px solid var(--c-focus);
      outline-offset: -3px;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'al-language-switch': AlLanguageSwitch;
  }
}
