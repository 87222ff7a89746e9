import type { PlanSnapshot, Referral } from '@alongside/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCalendarDay } from '../../i18n/i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import '../resources/al-resource-contact.js';

/** A calendar date (YYYY-MM-DD) in the person's language, read in their own time zone. */
export const formatDay = formatCalendarDay;

/**
 * The community resources saved to a plan and where each stands. The person's own page passes
 * `owner` to add the buttons that move a referral on; their specialist's page only reads it.
 */
export function renderReferrals(
  plan: PlanSnapshot,
  headingKey: 'referrals.title' | 'referrals.personTitle',
  owner?: { actions: (r: Referral) => TemplateResult; lead: TemplateResult },
) {
  const referrals = [...plan.referrals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return html`<section aria-labelledby="referrals-title">
    <h2 id="referrals-title" tabindex="-1">${tres(headingKey)}</h2>
    ${owner?.lead ?? nothing}
    ${
      referrals.length === 0
        ? html`<p class="muted">${tres('referrals.none')}</p>`
        : html`<ul class="item-list">
            ${referrals.map((r) => {
              const goal = r.goalId ? plan.goals.find((g) => g.id === r.goalId) : undefined;
              return html`<li class="item referral" data-referral=${r.id}>
                <div class="item-main stack">
                  <h3 class="item-title">${r.resourceName}</h3>
                  <p class="item-meta">
                    <span class=${r.status === 'connected' ? 'badge badge-good' : r.status === 'not-connected' ? 'badge badge-quiet' : 'badge'}
                      >${tres(`status.${r.status}`)}</span
                    >
                  </p>
                  ${goal ? html`<p class="item-meta">${tres('referrals.forGoal', { goal: goal.title })}</p>` : nothing}
                  ${r.followUpOn ? html`<p class="item-meta">${tres('referrals.followUpOn', { date: formatDay(r.followUpOn) })}</p>` : nothing}
                  ${
                    // How to reach them, beside "I contacted them", while the referral is still open.
                    owner && r.resourceId && (r.status === 'chosen' || r.status === 'contacted')
                      ? html`<al-resource-contact resourceId=${r.resourceId}></al-resource-contact>`
                      : nothing
                  }
                  ${owner ? owner.actions(r) : nothing}
                </div>
              </li>`;
            })}
          </ul>`
    }
  </section>`;
}
