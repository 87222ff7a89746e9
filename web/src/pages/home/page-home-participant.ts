import type { MyOverview } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { overviewApi } from '../../data/overview-client.js';
import { partnershipsApi } from '../../data/people-client.js';
import { planApi } from '../../data/plan-client.js';
import { Resource } from '../../data/resource.js';
import { th } from '../../i18n/home-i18n.js';
import { formatDate, formatCalendarDay as formatDay, t } from '../../i18n/i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import { homeStyles } from './home-styles.js';
import '../../ui/al-notice.js';

/** A participant's start page: their plan, notes about them, their specialist, and their record (print, copies, access log). */
@customElement('page-home-participant')
export class PageHomeParticipant extends PageElement {
  private readonly partnerships = new Resource(this, async (signal) => {
    const { partnerships } = await partnershipsApi.list(signal);
    return partnerships.filter((p) => p.endedAt === null);
  });

  /** A session a specialist has started and the person has not joined yet: they join it from their plan. */
  private readonly openSession = new Resource(this, async (signal) => {
    const { sessions } = await planApi.sessions.list(this.me?.id ?? '', signal);
    return sessions.find((s) => s.endedAt === null) ?? null;
  });

  /** What is waiting for the person, in one read: suggestions, notes, next steps, follow-ups. */
  private readonly waiting = new Resource(this, (signal) => overviewApi.mine(signal));

  override render() {
    const session = this.openSession.value;
    const drafts = this.waiting.value?.notesWaitingCount ?? 0;
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${th('home.welcome', { name: this.me?.name ?? '' })}</h1>
        <p class="lead">${th('homeParticipant.lead')}</p>
      </div>
      ${
        session
          ? html`<al-notice tone="info" class="session">
              <p>${th('homeParticipant.sessionOpen', { name: session.specialist.name })}</p>
              <p><a class="link-target" href="/plan">${th('homeParticipant.sessionJoin')}</a></p>
            </al-notice>`
          : nothing
      }
      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">${th('homeParticipant.waitingTitle')}</h2>
        ${renderResource(this.waiting, (w) => this.renderWaiting(w))}
      </section>
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">${th('homeParticipant.planTitle')}</h2>
        <p>${th('homeParticipant.planText')}</p>
        <p><a class="link-target" href="/plan">${th('homeParticipant.planLink')}</a></p>
        <p><a class="link-target" href="/my-wellness">${t('title.wellness')}</a></p>
      </section>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">${th('homeParticipant.notesTitle')}</h2>
        <p>${th('homeParticipant.notesText')}</p>
        ${drafts > 0 ? html`<p><strong>${th('homeParticipant.notesWaiting', { count: drafts })}</strong></p>` : nothing}
        <p><a class="link-target" href="/notes">${th('homeParticipant.notesLink')}</a></p>
      </section>
      <section aria-labelledby="specialists-title">
        <h2 id="specialists-title">${th('homeParticipant.specialistsTitle')}</h2>
        ${renderResource(this.partnerships, (list) =>
          list.length === 0
            ? html`<p class="muted">${th('homeParticipant.specialistsEmpty')}</p>`
            : html`<ul class="item-list">
                ${list.map(
                  (p) => html`<li class="item">
                    <div class="item-main">
                      <p class="item-title">${p.specialist.name}</p>
                      <p class="item-meta">${th('homeParticipant.since', { date: formatDate(p.startedAt) })}</p>
                    </div>
                  </li>`,
                )}
              </ul>`,
        )}
      </section>
      <section aria-labelledby="record-title">
        <h2 id="record-title">${th('homeParticipant.recordTitle')}</h2>
        <p>${th('homeParticipant.recordText')}</p>
        <p><a class="link-target" href="/my-record">${th('homeParticipant.recordLink')}</a></p>
      </section>
    `;
  }

  private renderWaiting(w: MyOverview) {
    const nothingWaiting =
      w.suggestionsWaiting === 0 && w.notesWaitingCount === 0 && w.nextSteps.length === 0 && w.followUps.length === 0;
    if (nothingWaiting) return html`<p class="muted">${th('homeParticipant.nothingWaiting')}</p>`;
    return html`<ul class="waiting">
      ${
        w.suggestionsWaiting > 0
          ? html`<li>
              <a class="link-target" href="/plan">${th('homeParticipant.suggestionsWaiting', { count: w.suggestionsWaiting })}</a>
            </li>`
          : nothing
      }
      ${
        w.notesWaitingCount > 0
          ? html`<li>
              <a class="link-target" href="/notes">${th('homeParticipant.notesWaitingFor', { count: w.notesWaitingCount })}</a>
            </li>`
          : nothing
      }
      ${w.followUps.map(
        (f) => html`<li class=${f.due ? 'due' : ''}>
          <a class="link-target" href="/plan">
            ${f.due ? th('homeParticipant.followUpDue', { name: f.resourceName, date: formatDay(f.followUpOn) }) : th('homeParticipant.followUpSoon', { name: f.resourceName, date: formatDay(f.followUpOn) })}
          </a>
        </li>`,
      )}
      ${
        w.nextSteps.length > 0
          ? html`<li>
              <p class="steps-title">${th('homeParticipant.nextSteps')}</p>
              <ul class="steps">
                ${w.nextSteps.map((s) => html`<li>${s.text} <span class="muted">— ${s.goalTitle}</span></li>`)}
              </ul>
              <a class="link-target" href="/plan">${th('homeParticipant.planLink')}</a>
            </li>`
          : nothing
      }
    </ul>`;
  }

  static override styles = [
    sharedStyles,
    homeStyles,
    css`
      .session {
        display: block;
        margin-bottom: var(--space-5);
      }
      .waiting {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--space-2);
      }
      .waiting > li {
        padding: var(--space-2) var(--space-3);
        border: 1px solid var(--c-line);
        border-radius: 0.5rem;
      }
      .waiting > li.due {
        border-width: 3px;
      }
      .steps-title {
        font-weight: 600;
        margin: 0;
      }
      .steps {
        margin: var(--space-1) 0;
        padding-inline-start: var(--space-5);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-home-participant': PageHomeParticipant;
  }
}
