/**
 * What the person may do with a referral on their own plan — the `owner` part that
 * referral-sections.ts draws into each one: the lead with the link to the directory, moving a
 * referral on, its follow-up date and goal, and removing it. A helper drawn into the plan page's
 * own shadow root (not an element of its own), using the page's actions, so the busy buttons,
 * alert and status region are the page's; the specialist's page reads referrals without it.
 */
import type { Referral, ReferralStatus } from '@alongside/shared';
import { html, nothing } from 'lit';
import '../../ui/al-button.js';
import '../../ui/al-select.js';
import type { LivePlan } from '../../data/live-plan.js';
import { t } from '../../i18n/i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import type { Actions } from '../../ui/actions.js';
import { readForm } from '../../ui/form-helpers.js';

/** The referral actions' behaviour; they keep no state beyond the live plan and the page's actions. */
export class ReferralActions {
  constructor(
    private readonly live: LivePlan,
    private readonly actions: Actions,
  ) {}

  /** The `owner` argument of `renderReferrals` for the person's own page. */
  owner() {
    return {
      lead: html`<p>${tres('referrals.lead')}</p>
          <p><a class="find-link" href="/resources">${tres('referrals.find')}</a></p>`,
      actions: (r: Referral) => this.render(r),
    };
  }

  /** Moving a referral on, its follow-up date and goal, and removing it: all the person's own. */
  private render(r: Referral) {
    const goals = (this.live.plan?.goals ?? []).filter(
      (g) => g.status === 'active' || g.status === 'on-hold' || g.id === r.goalId,
    );
    const name = html`<span class="visually-hidden"> — ${r.resourceName}</span>`;
    const move = (
      status: ReferralStatus,
      key: 'referrals.markContacted' | 'referrals.markConnected' | 'referrals.markNotConnected',
    ) =>
      html`<al-button ?busy=${this.actions.busy === `referral:${r.id}:${status}`} @click=${() => this.moveReferral(r, status)}>
        ${tres(key)}${name}
      </al-button>`;
    const open = r.status === 'chosen' || r.status === 'contacted';
    return html`<div class="actions">
        ${r.status === 'chosen' ? move('contacted', 'referrals.markContacted') : nothing}
        ${open ? move('connected', 'referrals.markConnected') : nothing}
        ${open ? move('not-connected', 'referrals.markNotConnected') : nothing}
        <al-button variant="quiet" ?busy=${this.actions.busy === `referral:${r.id}:delete`} @click=${() => this.removeReferral(r)}>
          ${tres('referrals.remove')}${name}
        </al-button>
      </div>
      <details class="add-support">
        <summary>${tres('referrals.followUp')} / ${tres('referrals.goal')}${name}</summary>
        <form class="form-grid" novalidate @submit=${(e: SubmitEvent) => this.updateReferral(e, r)}>
          <div class="date">
            <label for="follow-${r.id}">${tres('referrals.followUp')} <span class="muted">${t('field.optional')}</span></label>
            <input id="follow-${r.id}" name="followUpOn" type="date" .value=${r.followUpOn ?? ''} />
          </div>
          <al-select
            name="goalId"
            label=${tres('referrals.goal')}
            optional
            .value=${r.goalId ?? ''}
            .options=${[{ value: '', label: tres('suggest.noGoal') }, ...goals.map((g) => ({ value: g.id, label: g.title }))]}
          ></al-select>
          <div><al-button type="submit" ?busy=${this.actions.busy === `referral:${r.id}:update`}>${tres('referrals.save')}</al-button></div>
        </form>
      </details>`;
  }

  private async moveReferral(r: Referral, status: ReferralStatus): Promise<void> {
    await this.actions.run(`referral:${r.id}:${status}`, async () => {
      await this.live.send({ type: 'referral.update', referralId: r.id, status });
      this.actions.say(tres('referrals.updated', { name: r.resourceName }));
    });
  }

  private async updateReferral(event: SubmitEvent, r: Referral): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const followUpOn = values.followUpOn?.trim() || null;
    const goalId = values.goalId?.trim() || null;
    await this.actions.run(`referral:${r.id}:update`, async () => {
      await this.live.send({ type: 'referral.update', referralId: r.id, followUpOn, goalId });
      this.actions.say(tres('referrals.updated', { name: r.resourceName }));
    });
  }

  private async removeReferral(r: Referral): Promise<void> {
    await this.actions.run(`referral:${r.id}:delete`, async () => {
      await this.live.send({ type: 'referral.delete', referralId: r.id });
      this.actions.say(tres('referrals.removed', { name: r.resourceName }));
    });
  }
}
