import {
  type LifeArea,
  type LiveServerMessage,
  type LiveSession,
  lifeAreas,
  type SessionMode,
  type Suggestion,
  sessionModes,
  zGoalTitle,
} from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { planApi } from '../../data/plan-client.js';
import { resourcesApi } from '../../data/resources-client.js';
import { renderResource } from '../../ui/async-state.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import { LivePlan } from '../../data/live-plan.js';
import { Resource } from '../../data/resource.js';
import { formatDateTime, t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import { readForm } from '../../ui/form-helpers.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../features/plan/al-goal-card.js';
import '../../features/plan/al-plan-history.js';
import type { AlPersonNotes } from '../../features/notes/al-person-notes.js';
import { renderNoteFields } from '../../features/notes/note-sections.js';
import { renderLiveStatus } from '../../features/plan/live-status.js';
import { renderChoices, renderSupports } from '../../features/plan/plan-sections.js';
import { planStyles } from '../../features/plan/plan-styles.js';
import { renderReferrals } from '../../features/plan/referral-sections.js';
import { describeSuggestion } from '../../features/plan/suggestion-text.js';
import { Actions } from '../../ui/actions.js';
import '../../features/notes/al-person-notes.js';

/**
 * A specialist with one person's plan: read the plan as the person wrote it, suggest (never
 * change), run a session from start to the note drafted together. Suggestion cards show the
 * person's decision the moment it is made.
 */
@customElement('page-person')
export class PagePerson extends PageElement {
  private readonly live = new LivePlan(this, () => this.participantId);
  private readonly sessions = new Resource(this, (signal) =>
    planApi.sessions.list(this.participantId, signal).then((r) => r.sessions),
  );
  private readonly actions = new Actions(this);
  @state() private suggestError = '';
  @state() private noteSaved = false;
  @state() private resourceQuery = '';
  @state() private resourceError = '';
  private readonly directory = new Resource(this, (signal) =>
    resourcesApi.search(this.resourceQuery ? { q: this.resourceQuery } : {}, signal).then((r) => r.resources),
  );
  private stopListening: (() => void) | undefined;
  @query('al-person-notes') private personNotes: AlPersonNotes | undefined;

  private get participantId(): string {
    return this.params.participantId ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = this.live.onMessage((m) => this.onLive(m));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  /**
   * Says out loud when the person decides on one of my suggestions; refreshes sessions when one
   * changes, and notes when one does.
   */
  private onLive(m: LiveServerMessage): void {
    const name = this.live.plan?.participant.name ?? '';
    if (m.type === 'events') {
      for (const e of m.events) {
        for (const effect of e.effects) {
          if (effect.kind !== 'suggestion' || effect.value.author.id !== this.me?.id) continue;
          const status = effect.value.status;
          if (status === 'accepted' || status === 'edited' || status === 'declined') {
            this.actions.say(
              tp('suggestions.decidedLive', { name, status: tp(`suggestions.status.${status}`, { name }) }),
            );
          }
        }
      }
    }
    // After a dropped connection, session and note changes made meanwhile are read again.
    const missed = m.type === 'subscribed' && this.live.resubscribed;
    if (m.type === 'session' || missed) void this.sessions.reload();
    if (m.type === 'note' || missed) void this.personNotes?.refresh();
  }

  override render() {
    const plan = this.live.plan;
    const name = plan?.participant.name ?? '';
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${plan ? tp('plan.personTitle', { name }) : t('title.person')}</h1>
        ${plan ? html`<p class="lead">${tp('plan.personLead', { name })}</p>` : nothing}
      </div>
      ${renderLiveStatus(this.live, this.me)}
      <div role="status" class="visually-hidden">${this.actions.feedback}</div>
      <div role="alert">${this.actions.failure ? html`<al-notice tone="error"><p>${this.actions.failure}</p></al-notice>` : nothing}</div>
      ${this.renderBody()}
    `;
  }

  private renderBody() {
    const plan = this.live.plan;
    if (this.live.status === 'error') return html`<al-notice tone="error"><p>${tp('live.notFound')}</p></al-notice>`;
    if (!plan) return html`<p class="muted loading" role="status">${t('common.loading')}</p>`;
    const name = plan.participant.name;
    const mine = plan.suggestions
      .filter((s) => s.author.id === this.me?.id)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return html`
      ${this.renderSession(name)}
      <section aria-labelledby="suggest-goal-title">
        <h2 id="suggest-goal-title">${tp('suggestions.suggestGoalTitle')}</h2>
        <div class="card">
          <form class="form-grid" novalidate @submit=${this.suggestGoal}>
            <al-field name="title" label=${tp('plan.goalTitle')} maxlength="280" .error=${this.suggestError}></al-field>
            <al-textarea name="why" label=${tp('goal.why')} optional maxlength="2000" rows="2"></al-textarea>
            <al-select
              name="lifeArea"
              label=${tp('plan.lifeArea')}
              value="health"
              .options=${lifeAreas.map((a) => ({ value: a, label: tp(`area.${a}`) }))}
            ></al-select>
            <al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>
            <div>
              <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'suggest'}>${tp('suggestions.suggestGoal')}</al-button>
            </div>
          </form>
        </div>
      </section>
      ${this.renderSuggestResource(name)}
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">${tp('suggestions.mineTitle')}</h2>
        ${
          mine.length === 0
            ? html`<p class="muted">${tp('suggestions.mineNone')}</p>`
            : html`<ul class="item-list">
                ${repeat(
                  mine,
                  (s) => s.id,
                  (s) => this.renderMine(s, name),
                )}
              </ul>`
        }
      </section>
      <section aria-labelledby="goals-title">
        <h2 id="goals-title">${tp('plan.personGoalsTitle')}</h2>
        ${plan.goals.length === 0 ? html`<p class="muted">${tp('plan.noGoalsPerson', { name })}</p>` : nothing}
        ${lifeAreas.map((area) => this.renderArea(area, name))}
      </section>
      <div class="two-col">${renderChoices(plan, 'choices.personTitle')} ${renderSupports(plan, 'supports.personTitle')}</div>
      ${renderReferrals(plan, 'referrals.personTitle')}
      <al-person-notes .participantId=${plan.participant.id} .participantName=${name} .me=${this.me}></al-person-notes>
      <al-plan-history .participantId=${plan.participant.id} .plan=${plan}></al-plan-history>
    `;
  }

  /** Pick a resource from the directory (searching it here) and, if it helps, the goal it serves. */
  private renderSuggestResource(name: string) {
    const goals = (this.live.plan?.goals ?? []).filter((g) => g.status === 'active' || g.status === 'on-hold');
    return html`<section aria-labelledby="suggest-resource-title">
      <h2 id="suggest-resource-title">${tres('suggest.title')}</h2>
      <div class="card">
        <p>${tres('suggest.lead', { name })}</p>
        <form class="find-resource" role="search" novalidate @submit=${this.findResources}>
          <al-field name="q" label=${tres('suggest.search')} maxlength="100" .value=${this.resourceQuery}></al-field>
          <al-button type="submit">${tres('suggest.find')}</al-button>
        </form>
        ${renderResource(this.directory, (list) =>
          list.length === 0
            ? html`<p class="muted">${tres('suggest.noResults')} <a href="/resources">${tres('suggest.openDirectory')}</a></p>`
            : html`<form class="form-grid" novalidate @submit=${this.suggestResource}>
                <al-select
                  name="resourceId"
                  label=${tres('suggest.resource')}
                  .error=${this.resourceError}
                  .options=${[
                    { value: '', label: tres('suggest.chooseResource') },
                    ...list.map((r) => ({ value: r.id, label: `${r.name} (${tres(`category.${r.category}`)})` })),
                  ]}
                ></al-select>
                <al-select
                  name="goalId"
                  label=${tres('suggest.goal')}
                  optional
                  .options=${[{ value: '', label: tres('suggest.noGoal') }, ...goals.map((g) => ({ value: g.id, label: g.title }))]}
                ></al-select>
                <al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>
                <div>
                  <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'suggest-resource'}>${tres('suggest.submit')}</al-button>
                </div>
              </form>`,
        )}
      </div>
    </section>`;
  }

  private async findResources(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.resourceQuery = (readForm(event.target as HTMLFormElement).q ?? '').trim().slice(0, 100);
    await this.directory.reload();
  }

  private async suggestResource(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const resourceId = values.resourceId ?? '';
    if (!resourceId) {
      this.resourceError = tres('suggest.pickFirst');
      form.querySelector('al-select')?.focus();
      return;
    }
    this.resourceError = '';
    const goalId = values.goalId ?? '';
    const rationale = (values.rationale ?? '').trim();
    const name = this.live.plan?.participant.name ?? '';
    await this.actions.run('suggest-resource', async () => {
      await this.live.send({
        type: 'suggestion.create',
        proposal: { kind: 'referral', resourceId, ...(goalId ? { goalId } : {}) },
        ...(rationale ? { rationale } : {}),
      });
      form.reset();
      for (const select of form.querySelectorAll('al-select')) select.value = '';
      this.actions.say(tres('suggest.sent', { name }));
    });
  }

  private renderSession(name: string) {
    const open = this.live.session && !this.live.session.endedAt ? this.live.session : null;
    const needsNote = this.noteSession();
    return html`<section aria-labelledby="session-title" class="card card-soft">
      <h2 id="session-title">${tp('session.title')}</h2>
      ${!open && needsNote ? this.renderNoteForm(needsNote, name) : nothing}
      ${
        open
          ? html`<p class="running">${tp('session.running', { mode: tp(`mode.${open.mode}`), time: formatDateTime(open.startedAt) })}</p>
              <p>${open.participantJoinedAt ? tp('session.participantJoined', { name }) : tp('session.waiting', { name })}</p>
              <al-button ?busy=${this.actions.busy === 'end'} @click=${() => this.endSession(open)}>${tp('session.end')}</al-button>`
          : html`<form class="form-grid session-form" novalidate @submit=${this.startSession}>
              <h3>${tp('session.startTitle')}</h3>
              <al-select
                name="mode"
                label=${tp('session.modeLabel')}
                value="in-person"
                .options=${sessionModes.map((m) => ({ value: m, label: tp(`mode.${m}`) }))}
              ></al-select>
              <al-field name="placeLabel" label=${tp('session.placeLabel')} hint=${tp('session.placeHint')} optional maxlength="120"></al-field>
              <div><al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'start'}>${tp('session.start')}</al-button></div>
            </form>`
      }
      ${this.noteSaved ? html`<al-notice tone="success"><p>${tp('note.saved', { name })}</p></al-notice>` : nothing}
    </section>`;
  }

  /** The latest ended session that has no note yet. */
  private noteSession(): LiveSession | undefined {
    const s = this.live.session;
    if (s?.endedAt && !s.hasNote) return s;
    return (this.sessions.value ?? [])
      .filter((x) => x.endedAt && !x.hasNote && x.specialist.id === this.me?.id)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  }

  private renderNoteForm(session: LiveSession, name: string) {
    return html`<form class="form-grid note-form" novalidate @submit=${(e: SubmitEvent) => this.draftNote(e, session)}>
      <h3>${tp('note.title')}</h3>
      <p>${tp('note.lead', { name })}</p>
      ${renderNoteFields(tp('note.chosen', { name }))}
      <div><al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'note'}>${tp('note.save')}</al-button></div>
    </form>`;
  }

  private renderMine(s: Suggestion, name: string) {
    const plan = this.live.plan;
    if (!plan) return nothing;
    const d = describeSuggestion(s, plan);
    const status =
      s.status === 'withdrawn' ? tp('suggestions.status.withdrawn') : tp(`suggestions.status.${s.status}`, { name });
    const badge =
      s.status === 'accepted' || s.status === 'edited'
        ? 'badge badge-good'
        : s.status === 'pending'
          ? 'badge'
          : 'badge badge-quiet';
    const result = s.resultId ? plan.goals.find((g) => g.id === s.resultId) : undefined;
    return html`<li class="item" data-suggestion=${s.id}>
      <div class="item-main suggestion">
        <p class="muted">${d.kind}</p>
        <p class="suggestion-text">${d.text}</p>
        ${result && result.title !== d.text ? html`<p>${tp('voice.participantOther', { name })}: ${result.title}</p>` : nothing}
        ${result ? html`<p class="muted">${tp('status.label')}: ${tp(`status.${result.status}`)}</p>` : nothing}
      </div>
      <div class="actions">
        <span class=${badge}>${status}</span>
        ${
          s.status === 'pending'
            ? html`<al-button variant="quiet" ?busy=${this.actions.busy === `withdraw:${s.id}`} @click=${() => this.withdraw(s)}>
                ${tp('suggestions.withdraw')}<span class="visually-hidden"> — ${d.text}</span>
              </al-button>`
            : nothing
        }
      </div>
    </li>`;
  }

  private renderArea(area: LifeArea, name: string) {
    const plan = this.live.plan;
    if (!plan) return nothing;
    const goals = plan.goals.filter((g) => g.lifeArea === area);
    return html`<section class="area" aria-labelledby="area-${area}">
      <h3 id="area-${area}">${tp(`area.${area}`)}</h3>
      ${
        goals.length === 0
          ? html`<p class="muted">${tp('area.empty')}</p>`
          : html`<ul class="goal-list">
              ${repeat(
                goals,
                (g) => g.id,
                (g) => html`<li>
                  <al-goal-card
                    mode="partner"
                    ?together=${Boolean(this.live.session && !this.live.session.endedAt && this.live.session.participantJoinedAt)}
                    .goal=${g}
                    .steps=${plan.steps.filter((s) => s.goalId === g.id)}
                    .checkIns=${plan.checkIns.filter((c) => c.goalId === g.id)}
                    .live=${this.live}
                    .suggestedBy=${plan.suggestions.find((x) => x.id === g.fromSuggestionId)?.author.name ?? ''}
                    .participantName=${name}
                  ></al-goal-card>
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private async suggestGoal(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const title = zGoalTitle.safeParse(values.title ?? '');
    if (!title.success) {
      this.suggestError = tp('plan.goalTitleInvalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.suggestError = '';
    const why = (values.why ?? '').trim();
    const rationale = (values.rationale ?? '').trim();
    const lifeArea = lifeAreas.find((a) => a === values.lifeArea) ?? 'health';
    const name = this.live.plan?.participant.name ?? '';
    await this.actions.run('suggest', async () => {
      await this.live.send({
        type: 'suggestion.create',
        proposal: { kind: 'goal', title: title.data, lifeArea, ...(why ? { why } : {}) },
        ...(rationale ? { rationale } : {}),
      });
      form.reset();
      this.actions.say(tp('goal.suggestionSent', { name }));
    });
  }

  private async withdraw(s: Suggestion): Promise<void> {
    await this.actions.run(`withdraw:${s.id}`, async () => {
      await this.live.send({ type: 'suggestion.withdraw', suggestionId: s.id });
      this.actions.say(tp('suggestions.withdrawn'));
    });
  }

  private async startSession(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const mode: SessionMode = sessionModes.find((m) => m === values.mode) ?? 'in-person';
    const place = (values.placeLabel ?? '').trim();
    await this.actions.run('start', async () => {
      this.noteSaved = false;
      this.live.setSession(await planApi.sessions.start(this.participantId, mode, place || undefined));
      this.actions.say(tp('session.started'));
    });
  }

  private async endSession(session: LiveSession): Promise<void> {
    await this.actions.run('end', async () => {
      this.live.setSession(await planApi.sessions.end(session.id));
      this.actions.say(tp('session.ended'));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.note-form al-textarea')?.focus();
    });
  }

  private async draftNote(event: SubmitEvent, session: LiveSession): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    await this.actions.run('note', async () => {
      await planApi.notes.draft(session.id, {
        workedOn: (values.workedOn ?? '').trim(),
        chosen: (values.chosen ?? '').trim(),
        nextSteps: (values.nextSteps ?? '').trim(),
      });
      if (this.live.session?.id === session.id) this.live.setSession({ ...session, hasNote: true });
      this.noteSaved = true;
      await Promise.all([this.sessions.reload(), this.personNotes?.refresh()]);
      this.actions.say(tp('note.saved', { name: this.live.plan?.participant.name ?? '' }));
    });
  }

  static override styles = [
    sharedStyles,
    planStyles,
    css`
      .note-form {
        margin: var(--space-4) 0 var(--space-5);
      }
      .note-form h3,
      .note-form p,
      .session-form h3 {
        margin: 0;
      }
      .running {
        font-weight: 600;
        margin-bottom: var(--space-2);
      }
      .card-soft {
        margin-bottom: var(--space-5);
      }
      .find-resource {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--space-3);
        margin-bottom: var(--space-4);
      }
      .find-resource al-field {
        flex: 1 1 14rem;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-person': PagePerson;
  }
}
