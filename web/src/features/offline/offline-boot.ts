import { Workbox } from 'workbox-window';
import { session } from '../../app/session.js';
import type { AlAppStatus } from './al-app-status.js';

/**
 * Everything offline that is not one page's: registers the service worker (this module loads
 * after the first screen has settled), offers a waiting new version, says on the staff screens
 * that they need a connection, and points the manifest link at the page's language. The bar
 * that says so is loaded only when it has something to say.
 */
export function bootOffline(): void {
  followManifestLanguage();
  let bar: Promise<AlAppStatus> | undefined;
  const showBar = () => {
    bar ??= import('./al-app-status.js').then((m) => m.mountAppStatus());
    return bar;
  };
  const showConnection = () => {
    const me = session.me;
    const staffOffline = !navigator.onLine && !!me && me.role !== 'participant';
    if (staffOffline || bar) void showBar().then((b) => (b.staffOffline = staffOffline));
  };
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);
  session.addEventListener('change', showConnection);
  showConnection();
  if ('serviceWorker' in navigator) registerWorker(showBar);
}

function registerWorker(showBar: () => Promise<AlAppStatus>): void {
  const wb = new Workbox('/sw.js', { scope: '/', type: 'classic' });
  // A new version installed and waiting: offered, and applied only when the person clicks.
  wb.addEventListener('waiting', () => {
    void showBar().then((bar) => {
      bar.updateReady = true;
      bar.addEventListener(
        'al-update',
        () => {
          wb.addEventListener('controlling', () => location.reload());
          wb.messageSkipWaiting();
        },
        { once: true },
      );
    });
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
