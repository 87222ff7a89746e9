import { dayBounds, type Goal, type Referral, type ReferralStatus, zPlannedDay } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import { Actions } from '../../ui/actions.js';
import '../../ui/al-button.js';
import '../../ui/al-select.js';
import { readForm } from '../../ui/form-helpers.js';
import { PlanPart } from './plan-part.js';
import { formatDay } from './referral-sections.js';

/**
 * What the person may do with a referral on their own plan: move it on (contacted, connected,
 * not connected), set its follow-up date and goal, and remove it. Renders inside the referral's
 * list item (light DOM); the specialist's page reads referrals without it.
 *
 * @property referral - the referral
 * @property goals - the goals it may serve (the plan's active and on-hold ones)
 * @fires al-announce - the change saved, or why it was not, for the page's regions
 */
@customElement('al-referral-actions')
export class AlReferralActions extends PlanPart {
  @property({ attribute: false }) referral!: Referral;
  @property({ attribute: false }) goals: readonly Goal[] = [];
  private readonly actions = new Actions(this, { announce: true });

  override render() {
    const r = this.referral;
    const goals = this.goals.filter((g) => g.status === 'active' || g.status === 'on-hold' || g.id === r.goalId);
    const name = html`<span class="visually-hidden"> — ${r.resourceName}</span>`;
    const move = (
      status: ReferralStatus,
      key: 'referrals.markContacted' | 'referrals.markConnected' | 'referrals.markNotConnected',
    ) =>
      html`<al-button ?busy=${this.actions.busy === status} @click=${() => this.moveOn(status)}>
        ${tres(key)}${name}
      </al-button>`;
    const open = r.status === 'chosen' || r.status === 'contacted';
    // The date box offers only the days the shared schema accepts.
    const followUp = dayBounds('planned');
    return html`<div class="actions">
        ${r.status === 'chosen' ? move('contacted', 'referrals.markContacted') : nothing}
        ${open ? move('connected', 'referrals.markConnected') : nothing}
        ${open ? move('not-connected', 'referrals.markNotConnected') : nothing}
        <al-button variant="quiet" ?busy=${this.actions.busy === 'delete'} @click=${this.removeReferral}>
          ${tres('referrals.remove')}${name}
        </al-button>
      </div>
      <details class="add-support">
        <summary>${tres('referrals.followUp')} / ${tres('referrals.goal')}${name}</summary>
        <form class="form-grid" novalidate @submit=${this.saveFollowUp}>
          <div class="date">
            <label for="follow-${r.id}">${tres('referrals.followUp')} <span class="muted">${t('field.optional')}</span></label>
            <input
              id="follow-${r.id}"
              name="followUpOn"
              type="date"
              min=${followUp.earliest}
              max=${followUp.latest}
              .value=${r.followUpOn ?? ''}
            />
          </div>
          <al-select
            name="goalId"
            label=${tres('referrals.goal')}
            optional
            .value=${r.goalId ?? ''}
            .options=${[{ value: '', label: tres('suggest.noGoal') }, ...goals.map((g) => ({ value: g.id, label: g.title }))]}
          ></al-select>
          <div><al-button type="submit" ?busy=${this.actions.busy === 'update'}>${tres('referrals.save')}</al-button></div>
        </form>
      </details>`;
  }

  private async moveOn(status: ReferralStatus): Promise<void> {
    const r = this.referral;
    await this.actions.run(status, async () => {
      await this.send({ type: 'referral.update', referralId: r.id, status });
      this.actions.say(tres('referrals.updated', { name: r.resourceName }));
    });
  }

  private async saveFollowUp(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const r = this.referral;
    const values = readForm(event.target as HTMLFormElement);
    const followUpOn = values.followUpOn?.trim() || null;
    const goalId = values.goalId?.trim() || null;
    if (followUpOn !== null && !zPlannedDay.safeParse(followUpOn).success) {
      const { earliest, latest } = dayBounds('planned');
      this.actions.fail(
        tres('referrals.followUpInvalid', { earliest: formatDay(earliest), latest: formatDay(latest) }),
      );
      return;
    }
    await this.actions.run('update', async () => {
      await this.send({ type: 'referral.update', referralId: r.id, followUpOn, goalId });
      this.actions.say(tres('referrals.updated', { name: r.resourceName }));
    });
  }

  private async removeReferral(): Promise<void> {
    const r = this.referral;
    await this.actions.run('delete', async () => {
      await this.send({ type: 'referral.delete', referralId: r.id });
      this.actions.say(tres('referrals.removed', { name: r.resourceName }));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-referral-actions': AlReferralActions;
  }
}
