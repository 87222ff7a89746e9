import { html, nothing } from 'lit';
import type { LivePlan } from '../../data/live-plan.js';
import { toff } from '../../i18n/offline-i18n.js';
import '../../ui/al-notice.js';
import { savedAtText } from './command-text.js';

/**
 * The line that says the plan on screen is the one kept on this device, and as of when — shown
 * whenever the person's own plan is open without a connection. Inside the page's status region,
 * so going offline is announced once.
 */
export function renderOfflineNotice(live: LivePlan) {
  const offline = live.offline;
  // Not while the first connection is being made: only once the socket knows it has none.
  if (!offline || live.connection !== 'offline') return nothing;
  const saved = offline.syncedAt;
  return html`<al-notice tone="warm" class="offline-notice">
    <p>${saved ? savedAtText(saved) : toff('offline.nothingSaved')}</p>
    <p>${toff('offline.kept')}</p>
  </al-notice>`;
}
