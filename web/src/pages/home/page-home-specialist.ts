import type { PartnerOverview } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { isApiError } from '../../data/api-error.js';
import { overviewApi } from '../../data/overview-client.js';
import { partnershipsApi } from '../../data/people-client.js';
import { Resource } from '../../data/resource.js';
import type { AlInvitationList } from '../../features/people/al-invitation-list.js';
import { th } from '../../i18n/home-i18n.js';
import { formatDate } from '../../i18n/i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import { homeStyles } from './home-styles.js';
import '../../features/people/al-invitation-list.js';
import '../../features/people/al-invite-form.js';

/** One person on the home page: the overview when the server gives it, else just the partnership. */
interface Partner {
  participant: { id: string; name: string };
  since: string;
  overview: PartnerOverview | null;
}

/**
 * A specialist's start page: the people they walk alongside (last session, suggestions waiting,
 * next steps), and inviting someone new. Should the overview not be available from this server,
 * the page falls back to the plain list of partnerships.
 */
@customElement('page-home-specialist')
export class PageHomeSpecialist extends PageElement {
  @query('al-invitation-list') private invitationList: AlInvitationList | undefined;
  private readonly partners = new Resource(this, async (signal): Promise<Partner[]> => {
    let list: Partner[];
    try {
      const { people } = await overviewApi.people(signal);
      list = people.map((o) => ({ participant: o.participant, since: o.since, overview: o }));
    } catch (error) {
      if (!(isApiError(error) && error.status === 404)) throw error;
      const { partnerships } = await partnershipsApi.list(signal);
      list = partnerships
        .filter((p) => p.endedAt === null)
        .map((p) => ({ participant: p.participant, since: p.startedAt, overview: null }));
    }
    return list.sort((a, b) => a.participant.name.localeCompare(b.participant.name));
  });

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${th('home.welcome', { name: this.me?.name ?? '' })}</h1>
        <p class="lead">${th('homeSpecialist.lead')}</p>
      </div>
      <section aria-labelledby="alongside-title">
        <h2 id="alongside-title">${th('homeSpecialist.alongsideTitle')}</h2>
        ${renderResource(this.partners, (list) =>
          list.length === 0
            ? html`<p class="muted">${th('homeSpecialist.alongsideEmpty')}</p>`
            : html`<ul class="item-list">
                ${list.map((p) => this.renderPartner(p))}
              </ul>`,
        )}
      </section>
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">${th('homeSpecialist.inviteTitle')}</h2>
        <p>${th('homeSpecialist.inviteText')}</p>
        <div class="card">
          <al-invite-form mode="specialist" @al-invited=${this.onInvited}></al-invite-form>
        </div>
      </section>
      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">${th('homeSpecialist.invitationsTitle')}</h2>
        <al-invitation-list></al-invitation-list>
      </section>
    `;
  }

  private renderPartner(p: Partner) {
    const o = p.overview;
    return html`<li class="item partner">
      <div class="item-main">
        <h3 class="item-title">${p.participant.name}</h3>
        <p class="item-meta">${th('homeSpecialist.since', { date: formatDate(p.since) })}</p>
        ${o ? this.renderOverview(o) : nothing}
      </div>
      <div class="actions">${this.renderPartnerActions(p)}</div>
    </li>`;
  }

  private renderOverview(o: PartnerOverview) {
    const session = o.lastSession;
    return html`
      <p class="item-meta">
        ${
          session
            ? th('homeSpecialist.lastSession', {
                date: formatDate(session.startedAt),
                mode: th(`homeSpecialist.mode.${session.mode}`),
              })
            : th('homeSpecialist.noSession')
        }
      </p>
      <ul class="badges" role="list">
        ${session?.open ? html`<li class="badge badge-good">${th('homeSpecialist.sessionOpen')}</li>` : nothing}
        <li class=${o.suggestionsWaiting > 0 ? 'badge' : 'badge badge-quiet'}>
          ${
            o.suggestionsWaiting > 0
              ? th('homeSpecialist.waiting', { count: o.suggestionsWaiting })
              : th('homeSpecialist.noneWaiting')
          }
        </li>
        <li class="badge">${th('homeSpecialist.activeGoals', { count: o.activeGoals })}</li>
      </ul>
      ${
        o.nextSteps.length === 0
          ? nothing
          : html`<h4 class="steps-title">${th('homeSpecialist.nextSteps')}</h4>
              <ul class="steps">
                ${o.nextSteps.map(
                  (step) => html`<li>
                    ${step.text} <span class="muted">${th('homeSpecialist.stepOfGoal', { goal: step.goalTitle })}</span>
                  </li>`,
                )}
              </ul>`
      }
    `;
  }

  /** Into this person's plan, where sessions start and suggestions are made. */
  private renderPartnerActions(p: Partner) {
    return html`<a class="link-target" href="/people/${encodeURIComponent(p.participant.id)}">
      ${th('homeSpecialist.openPlan')}<span class="visually-hidden"> ${th('homeSpecialist.planOf', { name: p.participant.name })}</span>
    </a>`;
  }

  private onInvited(): void {
    void this.invitationList?.reload();
  }

  static override styles = [
    sharedStyles,
    homeStyles,
    css`
      h3.item-title {
        font-size: 1.05rem;
      }
      .partner {
        align-items: flex-start;
      }
      .badges {
        list-style: none;
        padding: 0;
        margin: var(--space-2) 0 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
      }
      .badge {
        white-space: normal;
      }
      .steps-title {
        font-size: 1rem;
        margin: var(--space-3) 0 var(--space-1);
      }
      .steps {
        margin: 0;
        padding-inline-start: 1.25rem;
        overflow-wrap: anywhere;
      }
      .steps li + li {
        margin-top: var(--space-1);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-home-specialist': PageHomeSpecialist;
  }
}
