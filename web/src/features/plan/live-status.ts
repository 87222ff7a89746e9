import type { Me } from '@alongside/shared';
import { html, nothing } from 'lit';
import '../../ui/al-notice.js';
import type { LivePlan } from '../../data/live-plan.js';
import { tp } from '../../i18n/plan-i18n.js';
import { renderOfflineNotice } from '../offline/offline-notice.js';

/**
 * The connection line (offline banner, changes waiting to be saved) and who else is here.
 * The text sits in a polite live region so a change of connection is announced once.
 */
export function renderLiveStatus(live: LivePlan, me: Me | null) {
  const others = live.members.filter((m) => m.userId !== me?.id);
  // One line per person, even with the plan open on two of their devices.
  const unique = [...new Map(others.map((m) => [m.userId, m])).values()];
  const pending = live.unacknowledged;
  return html`<div class="banner" role="status">
      ${
        live.offline && live.connection !== 'ended'
          ? renderOfflineNotice(live)
          : live.connection === 'offline'
            ? html`<al-notice tone="warm"><p>${tp('live.offline')}</p>${pending ? html`<p>${tp('live.pending', { count: pending })}</p>` : nothing}</al-notice>`
            : live.connection === 'ended'
              ? html`<al-notice tone="error"><p>${tp('live.ended')}</p></al-notice>`
              : nothing
      }
    </div>
    ${
      unique.length
        ? html`<ul class="presence plain-list">
            ${unique.map(
              (m) => html`<li>
                <span class="presence-dot" aria-hidden="true"></span>${
                  m.focus
                    ? tp('live.hereWorkingOn', { name: m.name, what: tp(`live.focus.${m.focus.kind}`) })
                    : tp('live.here', { name: m.name })
                }
              </li>`,
            )}
          </ul>`
        : nothing
    }`;
}
