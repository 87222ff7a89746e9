import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { api } from '../../data/client.js';
import { planApi } from '../../data/plan-client.js';
import { Resource } from '../../data/resource.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import { homeStyles } from './home-styles.js';
import '../../ui/al-notice.js';

/** A participant's start page: their plan, notes about them, their specialist, and their record's access log. */
@customElement('page-home-participant')
export class PageHomeParticipant extends PageElement {
  private readonly partnerships = new Resource(this, async (signal) => {
    const { partnerships } = await api.partnerships.list(signal);
    return partnerships.filter((p) => p.endedAt === null);
  });

  /** A session a specialist has started and the person has not joined yet: they join it from their plan. */
  private readonly openSession = new Resource(this, async (signal) => {
    const { sessions } = await planApi.sessions.list(this.me?.id ?? '', signal);
    return sessions.find((s) => s.endedAt === null) ?? null;
  });

  /** Drafts waiting for the person's view and answer: the notes section says how many. */
  private readonly draftNotes = new Resource(this, async (signal) => {
    const { notes } = await planApi.notes.list(this.me?.id ?? '', signal);
    return notes.filter((n) => n.lockedAt === null).length;
  });

  override render() {
    const session = this.openSession.value;
    const drafts = this.draftNotes.value ?? 0;
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${t('home.welcome', { name: this.me?.name ?? '' })}</h1>
        <p class="lead">${t('homeParticipant.lead')}</p>
      </div>
      ${
        session
          ? html`<al-notice tone="info" class="session">
              <p>${t('homeParticipant.sessionOpen', { name: session.specialist.name })}</p>
              <p><a class="link-target" href="/plan">${t('homeParticipant.sessionJoin')}</a></p>
            </al-notice>`
          : nothing
      }
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">${t('homeParticipant.planTitle')}</h2>
        <p>${t('homeParticipant.planText')}</p>
        <p><a class="link-target" href="/plan">${t('homeParticipant.planLink')}</a></p>
      </section>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">${t('homeParticipant.notesTitle')}</h2>
        <p>${t('homeParticipant.notesText')}</p>
        ${drafts > 0 ? html`<p><strong>${t('homeParticipant.notesWaiting', { count: drafts })}</strong></p>` : nothing}
        <p><a class="link-target" href="/notes">${t('homeParticipant.notesLink')}</a></p>
      </section>
      <section aria-labelledby="specialists-title">
        <h2 id="specialists-title">${t('homeParticipant.specialistsTitle')}</h2>
        ${renderResource(this.partnerships, (list) =>
          list.length === 0
            ? html`<p class="muted">${t('homeParticipant.specialistsEmpty')}</p>`
            : html`<ul class="item-list">
                ${list.map(
                  (p) => html`<li class="item">
                    <div class="item-main">
                      <p class="item-title">${p.specialist.name}</p>
                      <p class="item-meta">${t('homeParticipant.since', { date: formatDate(p.startedAt) })}</p>
                    </div>
                  </li>`,
                )}
              </ul>`,
        )}
      </section>
      <section aria-labelledby="record-title">
        <h2 id="record-title">${t('homeParticipant.recordTitle')}</h2>
        <p>${t('homeParticipant.recordText')}</p>
        <p><a class="link-target" href="/access-log">${t('homeParticipant.recordLink')}</a></p>
      </section>
    `;
  }

  static override styles = [
    sharedStyles,
    homeStyles,
    css`
      .session {
        display: block;
        margin-bottom: var(--space-5);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-home-participant': PageHomeParticipant;
  }
}
