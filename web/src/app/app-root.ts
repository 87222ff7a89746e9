import type { Me } from '@alongside/shared';
import { ContextProvider } from '@lit/context';
import { css, html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { AlElement } from '../ui/al-element.js';
import type { AlAppHeader } from './al-app-header.js';
import './al-app-header.js';
import '../ui/al-button.js';
import { setReconfirmListener } from '../data/client.js';
import { meContext } from '../data/contexts.js';
import { initialLanguage, type MessageKey, setLanguage, t } from '../i18n/i18n.js';
import type { PageElement } from '../pages/page-element.js';
import { sharedStyles } from '../ui/shared-styles.js';
import type { NavigateDetail } from './navigation.js';
import { type PageRef, Router, resolve } from './router.js';
import { session } from './session.js';

/** Runs `work` after the page has loaded and a moment more, when the browser is idle. */
function afterFirstScreen(work: () => void): void {
  const later = () => window.setTimeout(() => (window.requestIdleCallback ?? window.setTimeout)(work), 1500);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

type View =
  | { kind: 'starting' }
  | { kind: 'page'; element: PageElement; ref: PageRef; path: string }
  | { kind: 'load-failed' };

/**
 * The shell: skip link, header, one `<main>` holding the current page. It owns the router,
 * provides the signed-in person to everything below it (`meContext`), re-routes whenever that
 * person changes (so guards apply at once) and moves focus to the new page's heading after
 * every navigation but the first.
 *
 * @csspart header - the skip link and the app header, hidden on paper by global.css
 */
@customElement('alongside-app')
export class AlongsideApp extends AlElement {
  @state() private view: View = { kind: 'starting' };
  /** A page chunk is taking a while to arrive: say so, while the previous page stays in place. */
  @state() private slowLoad = false;
  private slowTimer: number | undefined;
  @query('al-app-header') private header: AlAppHeader | undefined;
  @query('main') private main: HTMLElement | undefined;

  private readonly router = new Router(() => void this.route());
  private readonly me = new ContextProvider(this, { context: meContext, initialValue: null as Me | null });
  private routeSeq = 0;
  private navigatedOnce = false;
  private started = false;
  private readonly onSessionChange = () => {
    if (!this.started) return;
    this.requestUpdate(); // the header shows who is signed in
    // After signing out on purpose there is nowhere to come back to: plain sign-in page.
    if (session.me === null && session.signedOutReason === 'signed-out') this.router.navigate('/sign-in');
    else void this.route();
  };
  private readonly onNavigate = (event: CustomEvent<NavigateDetail>) => {
    this.router.navigate(event.detail.to, { replace: event.detail.replace ?? false });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // The re-confirm dialog and its words load only when a sensitive act first asks for it.
    setReconfirmListener(async () => (await import('../features/second-factor/reconfirm.js')).reconfirm());
    session.addEventListener('change', this.onSessionChange);
    window.addEventListener('al-navigate', this.onNavigate);
    this.router.start();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    session.removeEventListener('change', this.onSessionChange);
    window.removeEventListener('al-navigate', this.onNavigate);
    this.router.stop();
    window.clearTimeout(this.slowTimer);
  }

  private async start(): Promise<void> {
    // Settle the language first (Spanish is its own small chunk), then ask who is signed in.
    await setLanguage(initialLanguage());
    await session.load();
    this.started = true;
    await this.route();
    // The service worker comes once the first screen has settled: never in its budget or its way.
    afterFirstScreen(() => void import('../features/offline/offline-boot.js').then((m) => m.bootOffline()));
  }

  private async route(): Promise<void> {
    const seq = ++this.routeSeq;
    const me = session.me ?? null;
    const resolution = resolve(location.pathname, location.search, me);
    if (resolution.kind === 'redirect') {
      this.router.navigate(resolution.to, { replace: true });
      return;
    }
    const { page, path } = resolution;
    const shown = this.view;
    if (shown.kind === 'page' && shown.ref.tag === page.tag && shown.path === path) {
      // Same page, new facts (e.g. signed in on it): it follows the context, keeping what was typed.
      this.me.setValue(me);
      return;
    }
    window.clearTimeout(this.slowTimer);
    this.slowTimer = window.setTimeout(() => {
      this.slowLoad = true;
    }, 300);
    try {
      await page.load();
    } catch {
      if (seq === this.routeSeq) this.view = { kind: 'load-failed' };
      return;
    } finally {
      if (seq === this.routeSeq) {
        window.clearTimeout(this.slowTimer);
        this.slowLoad = false;
      }
    }
    if (seq !== this.routeSeq) return;
    // Set only now: the page shown while the next one loads keeps the facts it was opened with.
    this.me.setValue(me);
    const element = document.createElement(page.tag) as PageElement;
    element.params = resolution.params;
    if (resolution.kind === 'not-allowed') element.setAttribute('reason', 'not-allowed');
    this.view = { kind: 'page', element, ref: page, path };
    await this.updateComplete;
    if (this.navigatedOnce) await element.focusHeading();
    this.navigatedOnce = true;
  }

  protected override updated(): void {
    const titleKey: MessageKey = this.view.kind === 'page' ? this.view.ref.titleKey : 'app.name';
    const title = t(titleKey);
    document.title = titleKey === 'app.name' ? title : `${title} · ${t('app.name')}`;
  }

  override render() {
    const me = session.me ?? null;
    const path = this.view.kind === 'page' ? this.view.path : location.pathname;
    return html`
      <header part="header">
        <a class="skip-link" href="#main" @click=${this.skipToMain}>${t('nav.skipToMain')}</a>
        <al-app-header .me=${me} .path=${path} @al-sign-out=${this.signOut}></al-app-header>
      </header>
      <main id="main" tabindex="-1" aria-busy=${this.slowLoad ? 'true' : 'false'}>
        ${this.slowLoad ? html`<p class="muted" role="status">${t('common.loading')}</p>` : nothing}
        ${this.renderView()}
      </main>
    `;
  }

  private renderView(): TemplateResult | HTMLElement | typeof nothing {
    switch (this.view.kind) {
      case 'starting':
        return html`<p class="muted" role="status">${t('common.loading')}</p>`;
      case 'load-failed':
        return html`<div role="alert">
          <h1>${t('app.loadFailedTitle')}</h1>
          <p>${t('app.loadFailed')}</p>
          <al-button variant="primary" @click=${() => location.reload()}>${t('app.reload')}</al-button>
        </div>`;
      case 'page':
        return this.view.element;
    }
  }

  private async skipToMain(event: Event): Promise<void> {
    event.preventDefault();
    const onHeading = this.view.kind === 'page' && (await this.view.element.focusHeading());
    if (!onHeading) this.main?.focus();
  }

  private async signOut(): Promise<void> {
    const me = session.me;
    try {
      // Unsent changes would be wiped with this device's copy: the person is asked first (lazily loaded).
      const guard = me && (await import('../features/offline/sign-out-guard.js'));
      if (me && guard && !(await guard.confirmSignOut(me.id, this.renderRoot))) return;
      await session.signOut();
    } catch {
      // The session ends on this device either way; the server forgets it at its idle timeout.
    } finally {
      this.header?.signOutDone();
    }
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
      }
      .skip-link {
        position: absolute;
        inset-inline-start: var(--space-2);
        top: -100px;
        z-index: 10;
        padding: var(--space-3) var(--space-4);
        background: var(--c-primary);
        color: var(--c-on-primary);
        border-radius: var(--radius-small);
        font-weight: 600;
      }
      .skip-link:focus {
        top: var(--space-2);
      }
      main {
        flex: 1 0 auto;
        width: 100%;
        max-width: var(--content-width);
        margin: 0 auto;
        padding: var(--space-5) var(--space-4) var(--space-6);
      }
      main:focus {
        outline: none;
      }
      @media (max-width: 30rem) {
        main {
          padding: var(--space-4) var(--space-3) var(--space-6);
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'alongside-app': AlongsideApp;
  }
}
