import { type CompiledTerms, findLanguageNudges, type LanguageMatch, replaceRange } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { tlang } from '../../i18n/language-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import '../../ui/al-button.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { loadTerms } from './language-terms.js';
import { recordNudge } from './nudge-outcomes.js';

/** The field it wraps: an `al-field` or `al-textarea` (anything with a `value` and `focus()`). */
type TextControl = HTMLElement & { value: string };

/**
 * A match is "the same" while its term, words and rank among the same words are: typing elsewhere
 * does not show it anew, and a second "clean" is a second nudge.
 */
function identities(matches: readonly LanguageMatch[]): string[] {
  const seen = new Map<string, number>();
  return matches.map((m) => {
    const base = `${m.term.key}|${m.text.toLowerCase()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
}
const settleMs = 400;

/**
 * Respectful-language help for one staff text field (PRODUCT.md rule 7). Wrap the field:
 * `<al-language-nudge><al-textarea …></al-textarea></al-language-nudge>`. As the writer types,
 * stigmatizing or controlling words are listed under the field with the words highlighted, each
 * with its person-first alternatives (one tap replaces just those words) and "keep my words".
 * It never blocks sending and never reads a participant's own field: only staff forms mount it.
 * Screen readers hear once, politely, that a new suggestion appeared — not at every key.
 *
 * @slot - the field
 */
@customElement('al-language-nudge')
export class AlLanguageNudge extends AlElement {
  @state() private found: LanguageMatch[] = [];
  @state() private news = '';
  /** The identity of each match in `found`. */
  private keys: string[] = [];
  private terms: CompiledTerms | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Matches already shown (counted once) and those the writer chose to keep. */
  private readonly seen = new Set<string>();
  private readonly kept = new Set<string>();
  private form: HTMLFormElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('input', this.onInput);
    this.form = this.closest('form');
    this.form?.addEventListener('reset', this.onReset);
    void loadTerms().then((terms) => {
      this.terms = terms;
      this.check(false);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('input', this.onInput);
    this.form?.removeEventListener('reset', this.onReset);
    if (this.timer) clearTimeout(this.timer);
  }

  private get control(): TextControl | null {
    return this.querySelector<TextControl>('al-field, al-textarea');
  }

  private readonly onInput = () => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(true), settleMs);
  };

  private readonly onReset = () => {
    this.found = [];
    this.seen.clear();
    this.kept.clear();
  };

  /** Matches the field's text; new ones are counted as shown and announced once. */
  private check(announce: boolean): void {
    const text = this.control?.value ?? '';
    if (!this.terms) return;
    const all = findLanguageNudges(text, this.terms);
    const ids = identities(all);
    const matches: LanguageMatch[] = [];
    const keys: string[] = [];
    let fresh = 0;
    all.forEach((m, i) => {
      const key = ids[i] ?? '';
      if (this.kept.has(key)) return;
      matches.push(m);
      keys.push(key);
      if (this.seen.has(key)) return;
      this.seen.add(key);
      fresh++;
      recordNudge(m.term.key, 'shown');
    });
    this.found = matches;
    this.keys = keys;
    if (announce && fresh > 0) this.news = tlang('nudge.announce', { count: matches.length });
  }

  private replace(match: LanguageMatch, alternative: string): void {
    const control = this.control;
    if (!control) return;
    control.value = replaceRange(control.value, match, alternative);
    recordNudge(match.term.key, 'replaced');
    this.news = tlang('nudge.replaced', { alternative });
    this.check(false);
    control.focus();
  }

  private keep(match: LanguageMatch): void {
    this.kept.add(this.keys[this.found.indexOf(match)] ?? '');
    recordNudge(match.term.key, 'kept');
    this.check(false);
    this.control?.focus();
  }

  override render() {
    return html`<slot></slot>
      <div class="live visually-hidden" aria-live="polite">${this.news}</div>
      ${
        this.found.length === 0
          ? nothing
          : html`<ul class="nudges" aria-label=${tlang('nudge.region')}>
              ${this.found.map((m) => this.renderMatch(m))}
            </ul>`
      }`;
  }

  private renderMatch(m: LanguageMatch) {
    const words = m.text;
    // The term's words (why, alternatives) are in the language it was written in; the rest in the app's.
    return html`<li>
      <p lang=${m.term.language}><mark>${words}</mark> ${m.term.why}</p>
      <div class="actions">
        ${m.alternatives.map(
          (alternative) =>
            html`<al-button class="alternative" @click=${() => this.replace(m, alternative)}
              ><span class="visually-hidden">${tlang('nudge.replacePrefix', { words })}</span
              ><span lang=${m.term.language}>${alternative}</span></al-button
            >`,
        )}
        <al-button variant="quiet" @click=${() => this.keep(m)}
          >${tlang('nudge.keep')}<span class="visually-hidden">${tlang('nudge.keepSuffix', { words })}</span></al-button
        >
      </div>
    </li>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .nudges {
        list-style: none;
        margin: var(--space-2) 0 0;
        padding: 0;
        display: grid;
        gap: var(--space-2);
      }
      li {
        border-inline-start: 4px solid var(--c-focus);
        background: var(--c-surface-soft);
        padding: var(--space-2) var(--space-3);
        border-radius: 4px;
      }
      p {
        margin: 0 0 var(--space-2);
      }
      mark {
        background: transparent;
        color: inherit;
        font-weight: 600;
        text-decoration: underline wavy;
        text-underline-offset: 0.2em;
        margin-inline-end: var(--space-2);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-language-nudge': AlLanguageNudge;
  }
}
