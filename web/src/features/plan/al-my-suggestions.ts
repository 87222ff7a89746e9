import type { LiveServerMessage, Me, PlanSnapshot, Suggestion } from '@alongside/shared';
import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { meContext } from '../../data/contexts.js';
import { LiveMessages } from '../../data/live-messages.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import '../../ui/al-button.js';
import { PlanPart } from './plan-part.js';
import { describeSuggestion } from './suggestion-text.js';

/**
 * A specialist's own suggestions to one person, newest first: where each stands (waiting,
 * accepted — in the person's words when they changed them — or declined), withdrawing one still
 * waiting, and saying out loud the moment the person decides on one.
 *
 * @property plan - the person's plan as it is now
 * @fires al-announce - a decision the person made, or a withdrawal, for the page's regions
 */
@customElement('al-my-suggestions')
export class AlMySuggestions extends PlanPart {
  @property({ attribute: false }) plan!: PlanSnapshot;
  @consume({ context: meContext, subscribe: true }) @state() private me: Me | null = null;
  private readonly actions = new Actions(this, { announce: true });

  constructor() {
    super();
    new LiveMessages(
      this,
      () => this.live,
      (m) => this.announceDecisions(m),
    );
  }

  override render() {
    const mine = this.plan.suggestions
      .filter((s) => s.author.id === this.me?.id)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return html`<section aria-labelledby="mine-title">
      <h2 id="mine-title">${tp('suggestions.mineTitle')}</h2>
      ${
        mine.length === 0
          ? html`<p class="muted">${tp('suggestions.mineNone')}</p>`
          : html`<ul class="item-list">
              ${repeat(
                mine,
                (s) => s.id,
                (s) => this.renderMine(s),
              )}
            </ul>`
      }
    </section>`;
  }

  private renderMine(s: Suggestion) {
    const plan = this.plan;
    const name = plan.participant.name;
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
            ? html`<al-button variant="quiet" ?busy=${this.actions.busy === s.id} @click=${() => this.withdraw(s)}>
                ${tp('suggestions.withdraw')}<span class="visually-hidden"> — ${d.text}</span>
              </al-button>`
            : nothing
        }
      </div>
    </li>`;
  }

  /** Says out loud when the person decides on one of my suggestions. */
  private announceDecisions(m: LiveServerMessage): void {
    if (m.type !== 'events') return;
    const name = this.plan?.participant.name ?? '';
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

  private async withdraw(s: Suggestion): Promise<void> {
    await this.actions.run(s.id, async () => {
      await this.send({ type: 'suggestion.withdraw', suggestionId: s.id });
      this.actions.say(tp('suggestions.withdrawn'));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-my-suggestions': AlMySuggestions;
  }
}
