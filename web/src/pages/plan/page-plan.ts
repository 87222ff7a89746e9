import {
  type Choice,
  type Goal,
  type LifeArea,
  lifeAreas,
  pathways,
  type Referral,
  type ReferralStatus,
  type Suggestion,
  supportKinds,
  zGoalTitle,
  zQuestion,
  zSupportLabel,
} from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { planApi } from '../../api/plan-client.js';
import '../../components/al-button.js';
import '../../components/al-field.js';
import '../../components/al-notice.js';
import '../../components/al-select.js';
import '../../components/al-textarea.js';
import { LivePlan } from '../../controllers/live-plan.js';
import { readForm } from '../../forms/form-helpers.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { PageElement } from '../page-element.js';
import './al-goal-card.js';
import './al-plan-history.js';
import { Actions } from '../../controllers/actions.js';
import type { AlGoalCard } from './al-goal-card.js';
import { renderLiveStatus } from './live-status.js';
import { renderChoices, renderSupports } from './plan-sections.js';
import { planStyles } from './plan-styles.js';
import { renderReferrals } from './referral-sections.js';
import { describeSuggestion, editableField } from './suggestion-text.js';

/**
 * The participant's own plan: suggestions waiting for them, goals by life area with steps to
 * tick, confidence over time, choices and supports — live, so a specialist's suggestion appears
 * the moment it is made, and a session can be joined from here.
 */
@customElement('page-plan')
export class PagePlan extends PageElement {
  private readonly live = new LivePlan(this, () => this.me?.id);
  private readonly actions = new Actions(this);
  @state() private editing: string | undefined;
  @state() private addError = '';
  @state() private supportError = '';
  @state() private choiceError = '';

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${tp('plan.title')}</h1>
        <p class="lead">${tp('plan.lead')}</p>
      </div>
      ${renderLiveStatus(this.live, this.me)}
      <div role="status" class="visually-hidden">${this.actions.feedback}</div>
      <div role="alert">${this.actions.failure ? html`<al-notice tone="error"><p>${this.actions.failure}</p></al-notice>` : nothing}</div>
      ${this.renderBody()}
    `;
  }

  private renderBody() {
    const plan = this.live.plan;
    if (this.live.status === 'error') {
      return html`<al-notice tone="error"><p>${tp('live.notFound')}</p></al-notice>`;
    }
    if (!plan) return html`<p class="muted loading" role="status">${t('common.loading')}</p>`;
    const pending = plan.suggestions.filter((s) => s.status === 'pending');
    return html`
      ${this.renderSession()}
      <section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">${tp('suggestions.title')}</h2>
        ${
          pending.length === 0
            ? html`<p class="muted">${tp('suggestions.none')}</p>`
            : html`<p>${tp('suggestions.lead')}</p>
                <ul class="item-list">
                  ${repeat(
                    pending,
                    (s) => s.id,
                    (s) => this.renderSuggestion(s),
                  )}
                </ul>`
        }
      </section>
      <section aria-labelledby="goals-title">
        <h2 id="goals-title">${tp('plan.goalsTitle')}</h2>
        ${plan.goals.length === 0 ? html`<p class="muted">${tp('plan.noGoals')}</p>` : nothing}
        ${lifeAreas.map((area) => this.renderArea(area))}
      </section>
      <section aria-labelledby="add-goal-title">
        <h2 id="add-goal-title">${tp('plan.addGoalTitle')}</h2>
        <div class="card">
          <form class="form-grid" novalidate @submit=${this.addGoal}>
            <al-field name="title" label=${tp('plan.goalTitle')} hint=${tp('plan.goalTitleHint')} maxlength="280" .error=${this.addError}></al-field>
            <al-textarea name="why" label=${tp('plan.goalWhy')} optional maxlength="2000" rows="2"></al-textarea>
            <al-select
              name="lifeArea"
              label=${tp('plan.lifeArea')}
              value="health"
              .options=${lifeAreas.map((a) => ({ value: a, label: tp(`area.${a}`) }))}
            ></al-select>
            <div><al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'add'}>${tp('plan.addGoal')}</al-button></div>
          </form>
        </div>
      </section>
      <div class="two-col">${renderChoices(plan, 'choices.title', {
        decide: (c) => this.renderDecide(c),
        addForm: this.renderAddChoice(),
      })} ${renderSupports(plan, 'supports.title', this.renderAddSupport())}</div>
      ${renderReferrals(plan, 'referrals.title', {
        lead: html`<p>${tres('referrals.lead')}</p>
          <p><a class="find-link" href="/resources">${tres('referrals.find')}</a></p>`,
        actions: (r) => this.renderReferralActions(r),
      })}
      <al-plan-history .participantId=${plan.participant.id} .plan=${plan}></al-plan-history>
    `;
  }

  /** Moving a referral on, its follow-up date and goal, and removing it: all the person's own. */
  private renderReferralActions(r: Referral) {
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

  private renderDecide(c: Choice) {
    return html`<form class="form-grid decide" novalidate @submit=${(e: SubmitEvent) => this.decide(e, c)}>
      <fieldset>
        <legend>${tp('choices.decideLegend', { question: c.question })}</legend>
        ${c.options.map(
          (o) => html`<div class="radio">
            <input type="radio" id="opt-${o.id}" name="optionId" value=${o.id} />
            <label for="opt-${o.id}">${o.label} <span class="muted">(${tp(`pathway.${o.pathway}`)})</span></label>
          </div>`,
        )}
      </fieldset>
      <al-textarea name="reasons" label=${tp('choices.reasonsLabel')} optional maxlength="2000" rows="2"></al-textarea>
      <div><al-button type="submit" ?busy=${this.actions.busy === `decide:${c.id}`}>${tp('choices.decide')}</al-button></div>
    </form>`;
  }

  private async decide(event: SubmitEvent, c: Choice): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const optionId = form.querySelector<HTMLInputElement>('input[name="optionId"]:checked')?.value;
    if (!optionId) {
      this.actions.fail(tp('choices.chooseOne'));
      return;
    }
    const reasons = (readForm(form).reasons ?? '').trim();
    await this.actions.run(`decide:${c.id}`, async () => {
      await this.live.send({ type: 'choice.decide', choiceId: c.id, optionId, ...(reasons ? { reasons } : {}) });
      this.actions.say(tp('choices.decided'));
    });
  }

  private renderAddChoice() {
    return html`<details class="add-support">
      <summary>${tp('choices.add')}</summary>
      <form class="form-grid" novalidate @submit=${this.addChoice}>
        <al-field name="question" label=${tp('choices.question')} hint=${tp('choices.questionHint')} maxlength="280" .error=${this.choiceError}></al-field>
        ${[1, 2, 3].map(
          (n) => html`<div class="option-row">
            <al-field name="option${n}" label=${tp('choices.optionLabel', { n })} ?optional=${n > 1} maxlength="200"></al-field>
            <al-select
              name="pathway${n}"
              label=${tp('choices.pathwayLabel', { n })}
              value="other"
              .options=${pathways.map((pw) => ({ value: pw, label: tp(`pathway.${pw}`) }))}
            ></al-select>
          </div>`,
        )}
        <div><al-button type="submit" ?busy=${this.actions.busy === 'choice'}>${tp('choices.addButton')}</al-button></div>
      </form>
    </details>`;
  }

  private async addChoice(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const question = zQuestion.safeParse(values.question ?? '');
    const options = [1, 2, 3]
      .map((n) => ({
        label: (values[`option${n}`] ?? '').trim(),
        pathway: pathways.find((pw) => pw === values[`pathway${n}`]) ?? 'other',
      }))
      .filter((o) => o.label !== '');
    if (!question.success || options.length === 0) {
      this.choiceError = tp('choices.invalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.choiceError = '';
    await this.actions.run('choice', async () => {
      await this.live.send({ type: 'choice.create', question: question.data, options });
      form.reset();
      this.actions.say(tp('choices.added'));
    });
  }

  private renderAddSupport() {
    return html`<details class="add-support">
      <summary>${tp('supports.add')}</summary>
      <form class="form-grid" novalidate @submit=${this.addSupport}>
        <al-field name="label" label=${tp('supports.label')} hint=${tp('supports.labelHint')} maxlength="200" .error=${this.supportError}></al-field>
        <al-select
          name="kind"
          label=${tp('supports.kindLabel')}
          value="friend"
          .options=${supportKinds.map((k) => ({ value: k, label: tp(`supports.kind.${k}`) }))}
        ></al-select>
        <al-field name="howToReach" label=${tp('supports.howLabel')} optional maxlength="300"></al-field>
        <div><al-button type="submit" ?busy=${this.actions.busy === 'support'}>${tp('supports.addButton')}</al-button></div>
      </form>
    </details>`;
  }

  private async addSupport(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const label = zSupportLabel.safeParse(values.label ?? '');
    if (!label.success) {
      this.supportError = tp('supports.labelInvalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.supportError = '';
    const kind = supportKinds.find((k) => k === values.kind) ?? 'other';
    const howToReach = (values.howToReach ?? '').trim();
    await this.actions.run('support', async () => {
      await this.live.send({ type: 'support.create', label: label.data, kind, ...(howToReach ? { howToReach } : {}) });
      form.reset();
      this.actions.say(tp('supports.added', { label: label.data }));
    });
  }

  private renderSession() {
    const session = this.live.session;
    if (!session) return nothing;
    if (session.endedAt) {
      // Shown for a session that ended while this page was open; the note is written with the person.
      const name = session.specialist.name;
      return html`<al-notice tone="info" class="session">
        ${
          session.hasNote
            ? html`<p>${tp('session.noteReady', { name })}</p>
                <p><a class="link-target" href="/notes">${tp('session.readNote')}</a></p>`
            : html`<p>${tp('session.noteComing', { name })}</p>`
        }
      </al-notice>`;
    }
    const mode = tp(`mode.${session.mode}`);
    if (!session.participantJoinedAt) {
      return html`<al-notice tone="info" class="session">
        <p>${tp('session.invite', { name: session.specialist.name, mode })}</p>
        <al-button variant="primary" ?busy=${this.actions.busy === 'join'} @click=${this.join}>${tp('session.join')}</al-button>
      </al-notice>`;
    }
    return html`<al-notice tone="success" class="session">
      <p>${tp('session.joined', { name: session.specialist.name })}</p>
      <al-button ?busy=${this.actions.busy === 'end'} @click=${this.endSession}>${tp('session.end')}</al-button>
    </al-notice>`;
  }

  private renderArea(area: LifeArea) {
    const plan = this.live.plan;
    if (!plan) return nothing;
    const goals = plan.goals.filter((g) => g.lifeArea === area);
    return html`<section class="area" aria-labelledby="area-${area}">
      <h3 id="area-${area}">${tp(`area.${area}`)}</h3>
      <p class="area-hint">${tp(`area.${area}.hint`)}</p>
      ${
        goals.length === 0
          ? html`<p class="muted">${tp('area.empty')}</p>`
          : html`<ul class="goal-list">
              ${repeat(
                goals,
                (g) => g.id,
                (g, i) => html`<li>
                  <al-goal-card
                    data-goal=${g.id}
                    mode="owner"
                    .goal=${g}
                    .steps=${plan.steps.filter((s) => s.goalId === g.id)}
                    .checkIns=${plan.checkIns.filter((c) => c.goalId === g.id)}
                    .live=${this.live}
                    .suggestedBy=${plan.suggestions.find((x) => x.id === g.fromSuggestionId)?.author.name ?? ''}
                    .participantName=${plan.participant.name}
                    ?first=${i === 0}
                    ?last=${i === goals.length - 1}
                    @al-move=${(e: CustomEvent<-1 | 1>) => this.move(g, goals, e.detail)}
                  ></al-goal-card>
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderSuggestion(s: Suggestion) {
    const plan = this.live.plan;
    if (!plan) return nothing;
    const d = describeSuggestion(s, plan);
    const field = editableField(s);
    const editing = this.editing === s.id;
    const busy = (what: string) => this.actions.busy === `${what}:${s.id}`;
    const context = html`<span class="visually-hidden"> — ${d.text}</span>`;
    return html`<li class="item suggestion" aria-labelledby="s-${s.id}">
      <div class="item-main suggestion">
        <p class="muted">${d.kind}</p>
        <p class="suggestion-text" id="s-${s.id}">${d.text}</p>
        ${d.detail ? html`<p>${d.detail}</p>` : nothing}
        ${s.rationale ? html`<p class="muted">${tp('suggestions.because', { text: s.rationale })}</p>` : nothing}
        <p class="muted">${tp('suggestions.from', { name: s.author.name })}</p>
        ${
          editing && field
            ? html`<form class="form-grid" novalidate @submit=${(e: SubmitEvent) => this.acceptEdited(e, s, field)}>
                <al-field name=${field} label=${tp('suggestions.yourWords')} maxlength="280" .value=${d.text}></al-field>
                <div class="actions">
                  <al-button type="submit" variant="primary" ?busy=${busy('accept')}>${tp('suggestions.acceptEdited')}</al-button>
                  <al-button variant="quiet" @click=${() => {
                    this.editing = undefined;
                  }}>${t('common.cancel')}</al-button>
                </div>
              </form>`
            : html`<div class="actions">
                <al-button variant="primary" ?busy=${busy('accept')} @click=${() => this.accept(s)}>
                  ${tp('suggestions.accept')}${context}
                </al-button>
                ${
                  field
                    ? html`<al-button @click=${() => this.startEdit(s)}>${tp('suggestions.edit')}${context}</al-button>`
                    : nothing
                }
                <al-button variant="quiet" ?busy=${busy('decline')} @click=${() => this.decline(s)}>
                  ${tp('suggestions.decline')}${context}
                </al-button>
              </div>`
        }
      </div>
    </li>`;
  }

  private async accept(s: Suggestion): Promise<void> {
    await this.actions.run(`accept:${s.id}`, async () => {
      await this.live.send({ type: 'suggestion.accept', suggestionId: s.id });
      this.actions.say(tp('suggestions.accepted'));
      this.focusHeadingOf('suggestions-title');
    });
  }

  private startEdit(s: Suggestion): void {
    this.editing = s.id;
    this.live.setFocus({ kind: 'suggestion', id: s.id });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.suggestion al-field')?.focus());
  }

  private async acceptEdited(event: SubmitEvent, s: Suggestion, field: 'title' | 'text' | 'label'): Promise<void> {
    event.preventDefault();
    const value = (readForm(event.target as HTMLFormElement)[field] ?? '').trim();
    if (!value) return;
    await this.actions.run(`accept:${s.id}`, async () => {
      await this.live.send({ type: 'suggestion.accept', suggestionId: s.id, edits: { [field]: value } });
      this.editing = undefined;
      this.live.setFocus(null);
      this.actions.say(tp('suggestions.accepted'));
      this.focusHeadingOf('suggestions-title');
    });
  }

  private async decline(s: Suggestion): Promise<void> {
    await this.actions.run(`decline:${s.id}`, async () => {
      await this.live.send({ type: 'suggestion.decline', suggestionId: s.id });
      this.actions.say(tp('suggestions.declined'));
      this.focusHeadingOf('suggestions-title');
    });
  }

  /** After the card that had focus is gone, focus goes somewhere sensible rather than the page top. */
  private focusHeadingOf(id: string): void {
    void this.updateComplete.then(() => {
      const heading = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    });
  }

  private async addGoal(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const title = zGoalTitle.safeParse(values.title ?? '');
    if (!title.success) {
      this.addError = tp('plan.goalTitleInvalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.addError = '';
    const why = (values.why ?? '').trim();
    const lifeArea = lifeAreas.find((a) => a === values.lifeArea) ?? 'health';
    await this.actions.run('add', async () => {
      await this.live.send({ type: 'goal.create', title: title.data, lifeArea, ...(why ? { why } : {}) });
      form.reset();
      this.actions.say(tp('plan.goalAdded', { title: title.data }));
    });
  }

  private async move(goal: Goal, inArea: readonly Goal[], direction: -1 | 1): Promise<void> {
    const plan = this.live.plan;
    if (!plan) return;
    const index = inArea.findIndex((g) => g.id === goal.id);
    const other = inArea[index + direction];
    if (!other) return;
    const order = plan.goals.map((g) => g.id);
    const a = order.indexOf(goal.id);
    const b = order.indexOf(other.id);
    order[a] = other.id;
    order[b] = goal.id;
    await this.actions.run('move', async () => {
      await this.live.send({ type: 'goal.reorder', goalIds: order });
      this.actions.say(tp('goal.moved'));
      await this.updateComplete;
      const card = this.renderRoot.querySelector<AlGoalCard>(`al-goal-card[data-goal="${goal.id}"]`);
      await card?.focusMove(direction);
    });
  }

  private async join(): Promise<void> {
    const session = this.live.session;
    if (!session) return;
    await this.actions.run('join', async () => {
      this.live.setSession(await planApi.sessions.join(session.id));
    });
  }

  private async endSession(): Promise<void> {
    const session = this.live.session;
    if (!session) return;
    await this.actions.run('end', async () => {
      this.live.setSession(await planApi.sessions.end(session.id));
      this.actions.say(tp('session.ended'));
    });
  }

  static override styles = [
    sharedStyles,
    planStyles,
    css`
      .session {
        display: block;
        margin-bottom: var(--space-5);
      }
      .session p {
        margin-bottom: var(--space-3);
      }
      .add-support {
        margin-top: var(--space-4);
      }
      .option-row {
        display: grid;
        gap: var(--space-2);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      }
      .decide {
        margin-top: var(--space-3);
      }
      .decide fieldset {
        border: 0;
        padding: 0;
        margin: 0;
        min-width: 0;
      }
      .decide legend {
        font-weight: 600;
        margin-bottom: var(--space-1);
      }
      .radio {
        display: flex;
        align-items: center;
        gap: var(--space-2);
        min-height: var(--target);
      }
      .radio input {
        width: 1.4rem;
        height: 1.4rem;
        margin: 0;
        accent-color: var(--c-primary);
      }
      .radio label {
        flex: 1;
        padding: var(--space-2) 0;
        cursor: pointer;
      }
      .add-support summary {
        cursor: pointer;
        padding: 0.65rem 0;
        color: var(--c-link);
        font-weight: 600;
      }
      .date {
        display: grid;
        gap: var(--space-1, 0.25rem);
      }
      .date label {
        font-weight: 600;
      }
      .date input {
        font: inherit;
        min-height: var(--target);
        padding: 0.4rem 0.6rem;
        border: 1px solid var(--c-muted);
        border-radius: var(--radius-small);
        background: var(--c-surface);
        color: var(--c-text);
        width: 100%;
        min-width: 0;
      }
      .find-link {
        display: inline-flex;
        align-items: center;
        min-height: var(--target);
        font-weight: 600;
      }
      .add-support summary:focus-visible {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-plan': PagePlan;
  }
}
