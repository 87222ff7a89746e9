/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/**
 * The service worker: the app shell and its chunks, precached at install, so the app opens with
 * no network. It caches nothing from the API — who is signed in is the page's business, so the
 * person's own plan is kept by the page (IndexedDB, per user) and nobody else's is ever stored
 * here. A new version waits until the person chooses "Reload to update" (never mid-edit).
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every app route opens the shell; the API never gets it (an API path answers for itself, or fails).
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
