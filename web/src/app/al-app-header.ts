import { can, type Me } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../i18n/i18n.js';
import { AlElement } from '../ui/al-element.js';
import { sharedStyles } from '../ui/shared-styles.js';
import { navigation } from './router.js';
import '../ui/al-button.js';
import './al-language-switch.js';

/**
 * The contents of the page header (the app root wraps it in the `<header>` landmark, beside
 * the skip link): name of the app (and organisation), the main navigation for the signed-in
 * person's role, the language switch and sign-out.
 *
 * @fires al-sign-out - the person asked to sign out
 */
@customElement('al-app-header')
export class AlAppHeader extends AlElement {
  @property({ attribute: false }) me: Me | null = null;
  /** The path shown now, to mark the current link with `aria-current`. */
  @property() path = '/';
  @state() private signingOut = false;

  override render() {
    const me = this.me;
    // Before the second step (or enrolment) there is nowhere else to go: no links, only sign-out.
    const links =
      me && !me.secondFactor
        ? navigation.filter((item) => can(me.role, item.capability) && (!item.role || item.role === me.role))
        : [];
    return html`<div class="bar">
        <a class="brand" href="/">
          <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="#0b5560"></rect>
            <circle cx="12" cy="13" r="4" fill="#fff"></circle>
            <circle cx="20" cy="13" r="4" fill="#f3d9a4"></circle>
          </svg>
          <span>${t('app.name')}</span>
        </a>
        ${me ? html`<span class="org">${me.organisation.name}</span>` : nothing}
        <al-language-switch class="language"></al-language-switch>
        ${
          me
            ? html`<al-button class="sign-out" variant="quiet" ?busy=${this.signingOut} @click=${this.signOut}>
                ${t('nav.signOut')}
              </al-button>`
            : nothing
        }
      </div>
      ${
        links.length > 0
          ? html`<nav aria-label=${t('nav.label')}>
              <ul>
                ${links.map(
                  (item) => html`<li>
                    <a href=${item.path} aria-current=${this.isCurrent(item.path) ? 'page' : nothing}>
                      ${t(item.labelKey)}
                    </a>
                  </li>`,
                )}
              </ul>
            </nav>`
          : nothing
      }`;
  }

  private isCurrent(path: string): boolean {
    return path === this.path;
  }

  private signOut(): void {
    this.signingOut = true;
    this.dispatchEvent(new CustomEvent('al-sign-out', { bubbles: true, composed: true }));
  }

  /** The app root calls this when signing out finished (or failed), so the button is usable again. */
  signOutDone(): void {
    this.signingOut = false;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        background: var(--c-surface);
        border-bottom: 1px solid var(--c-line);
      }
      .bar,
      nav ul {
        max-width: var(--content-width);
        margin: 0 auto;
        padding: var(--space-2) var(--space-4);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-2) var(--space-4);
      }
      .brand {
        display: inline-flex;
        align-items: center;
        gap: var(--space-2);
        min-height: var(--target);
        font-weight: 700;
        font-size: 1.15rem;
        color: var(--c-text);
        text-decoration: none;
      }
      .org {
        color: var(--c-muted);
        overflow-wrap: anywhere;
      }
      .language {
        margin-inline-start: auto;
      }
      nav {
        border-top: 1px solid var(--c-line);
      }
      nav ul {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--space-1);
        padding-block: 0;
      }
      nav a {
        display: inline-flex;
        align-items: center;
        min-height: var(--target);
        padding: 0 var(--space-3);
        color: var(--c-text);
        text-decoration: none;
        border-bottom: 3px solid transparent;
      }
      nav a:hover {
        border-bottom-color: var(--c-line);
      }
      nav a[aria-current='page'] {
        font-weight: 700;
        color: var(--c-primary);
        border-bottom-color: var(--c-primary);
      }
      /* On a phone: name and language on the first line, organisation and sign-out on the second. */
      @media (max-width: 40rem) {
        .bar {
          display: grid;
          grid-template-columns: minmax(0, 1fr) auto;
          grid-template-areas: 'brand language' 'org sign-out';
          gap: 0 var(--space-2);
        }
        .brand {
          grid-area: brand;
        }
        .org {
          grid-area: org;
          align-self: center;
          font-size: 0.95rem;
        }
        .language {
          grid-area: language;
          justify-self: end;
        }
        .sign-out {
          grid-area: sign-out;
          justify-self: end;
        }
      }
      @media (max-width: 30rem) {
        .bar,
        nav ul {
          padding-inline: var(--space-3);
        }
        nav a {
          padding: 0 var(--space-2);
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-app-header': AlAppHeader;
  }
}
