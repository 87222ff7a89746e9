import { Workbox } from 'workbox-window';
import { session } from '../../app/session.js';
import { toff } from '../../i18n/offline-i18n.js';
import './al-app-status.js';

/**
 * Everything offline that is not one page's: registers the service worker (after first paint —
 * this module is imported lazily), offers a waiting new version, says on the staff screens that
 * they need a connection, and points the manifest link at the page's language.
 */
export function bootOffline(): void {
  const bar = document.createElement('al-app-status');
  // A landmark of its own: it sits outside the app's, at the foot of the screen.
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', toff('offline.updateLabel'));
  document.body.append(bar);
  followManifestLanguage();
  const showConnection = () => {
    const me = session.me;
    bar.staffOffline = !navigator.onLine && !!me && me.role !== 'participant';
  };
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);
  session.addEventListener('change', showConnection);
  showConnection();
  if ('serviceWorker' in navigator) registerWorker(bar);
}

function registerWorker(bar: HTMLElementTagNameMap['al-app-status']): void {
  const wb = new Workbox('/sw.js', { scope: '/', type: 'classic' });
  // A new version installed and waiting: offered, and applied only when the person clicks.
  wb.addEventListener('waiting', () => {
    bar.updateReady = true;
  });
  bar.addEventListener('al-update', () => {
    wb.addEventListener('controlling', () => location.reload());
    wb.messageSkipWaiting();
  });
  void wb.register().catch(() => {
    // No worker (a private window, an old browser): the app still works, online only.
  });
}

/** The manifest named in the page's language (`manifest.es.webmanifest` in Spanish). */
function followManifestLanguage(): void {
  const root = document.documentElement;
  const apply = () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) return;
    const href = root.lang.startsWith('es') ? '/manifest.es.webmanifest' : '/manifest.webmanifest';
    if (link.getAttribute('href') !== href) link.setAttribute('href', href);
  };
  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['lang'] });
}
