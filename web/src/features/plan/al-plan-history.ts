import {
  type PlanCommand,
  type PlanEvent,
  type PlanSnapshot,
  selfCheckDimensions,
  type Voice,
} from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { planApi } from '../../data/plan-client.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';
import { formatDateTime, t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';

/** The words a command brought into the plan, if any. */
function textOf(command: PlanCommand): string {
  switch (command.type) {
    case 'goal.create':
      return command.title;
    case 'goal.edit':
      return command.title ?? command.why ?? '';
    case 'step.create':
    case 'step.edit':
      return command.text;
    case 'suggestion.create': {
      const p = command.proposal;
      if (p.kind === 'goal' || p.kind === 'goal-rewording') return p.title ?? '';
      if (p.kind === 'step' || p.kind === 'step-rewording') return p.text;
      if (p.kind === 'referral') return '';
      if (p.kind === 'wellness-item') return p.text;
      return p.label;
    }
    case 'suggestion.accept':
      return command.edits?.title ?? command.edits?.text ?? command.edits?.label ?? '';
    case 'wellness.create':
      return command.text;
    case 'wellness.edit':
      return command.text ?? command.response ?? '';
    case 'choice.create':
    case 'choice.edit':
      return command.question;
    case 'choice.add-option':
      return command.label;
    case 'choice.decide':
      return command.reasons ?? '';
    case 'check-in.record':
    case 'self-check.record':
      // The ratings are numbers, said as ratings (see `ratingsOf`); only a note is someone's words.
      return command.note ?? '';
    case 'support.create':
      return command.label;
    default:
      return '';
  }
}

/** A check-in's ratings, as sentences ("Rated confidence 4 of 10"). */
function ratingsOf(command: PlanCommand): string[] {
  if (command.type === 'self-check.record') {
    return selfCheckDimensions.flatMap((d) => {
      const value = command[d];
      return value === undefined ? [] : [tp('history.rating.dimension', { area: tp(`area.${d}`), value })];
    });
  }
  if (command.type !== 'check-in.record') return [];
  return [
    ...(command.confidence === undefined ? [] : [tp('history.rating.confidence', { value: command.confidence })]),
    ...(command.wellbeing === undefined ? [] : [tp('history.rating.wellbeing', { value: command.wellbeing })]),
  ];
}

/**
 * The texts an accepted suggestion put into the plan, each with whose words it is — the person's
 * where they changed it, the specialist's where they left it — read from the item the event made.
 */
function acceptedTexts(e: PlanEvent): { text: string; voice: Voice }[] {
  if (e.command.type !== 'suggestion.accept') return [];
  const suggestionId = e.command.suggestionId;
  for (const effect of e.effects) {
    if (effect.kind === 'goal') {
      const g = effect.value;
      return [{ text: g.title, voice: g.voice }, ...(g.why ? [{ text: g.why, voice: g.whyVoice }] : [])];
    }
    if (effect.kind === 'step') return [{ text: effect.value.text, voice: effect.value.voice }];
    if (effect.kind === 'support') {
      const s = effect.value;
      return [
        { text: s.label, voice: s.voice },
        ...(s.howToReach ? [{ text: s.howToReach, voice: s.howToReachVoice }] : []),
      ];
    }
    if (effect.kind === 'choice') {
      const o = effect.value.options.find((x) => x.fromSuggestionId === suggestionId);
      if (o) return [{ text: o.label, voice: o.voice }, ...(o.notes ? [{ text: o.notes, voice: o.notesVoice }] : [])];
    }
  }
  return [];
}

/**
 * The plan's event log, newest first: when, who, what, and whose words each text is ("voice").
 * Loaded only when asked for, in pages of up to 500 events, and kept current while open.
 *
 * @property participantId - whose plan
 * @property plan - the plan as it is now (its `seq` tells an open history to read what is new)
 */
@customElement('al-plan-history')
export class AlPlanHistory extends AlElement {
  @property() participantId = '';
  @property({ attribute: false }) plan: PlanSnapshot | undefined;
  @state() private open = false;
  @state() private loading = false;
  @state() private failure = '';
  @state() private events: PlanEvent[] = [];
  private loadedSeq = -1;

  protected override updated(): void {
    // Keep an open history current as the plan changes.
    if (this.open && !this.loading && this.plan && this.plan.seq !== this.loadedSeq) void this.load();
  }

  override render() {
    return html`<section aria-labelledby="history-title">
      <h2 id="history-title">${tp('history.title')}</h2>
      <p>${tp('history.lead')}</p>
      <al-button aria-expanded=${this.open ? 'true' : 'false'} aria-controls="history" @click=${this.toggle}>
        ${this.open ? tp('history.hide') : tp('history.show')}
      </al-button>
      <div role="alert">${this.failure ? html`<al-notice tone="error"><p>${this.failure}</p></al-notice>` : nothing}</div>
      <div id="history" ?hidden=${!this.open}>${this.open ? this.renderEvents() : nothing}</div>
    </section>`;
  }

  private renderEvents() {
    if (this.loading && this.events.length === 0)
      return html`<p class="muted" role="status">${t('common.loading')}</p>`;
    if (this.events.length === 0) return html`<p class="muted">${tp('history.none')}</p>`;
    const name = this.plan?.participant.name ?? '';
    return html`<p class="muted" role="status">${tp('history.count', { count: this.events.length })}</p>
      <ol class="history">
        ${[...this.events].reverse().map((e) => {
          const accepted = acceptedTexts(e);
          const texts =
            accepted.length > 0 ? accepted : textOf(e.command) ? [{ text: textOf(e.command), voice: e.voice }] : [];
          return html`<li>
            <p class="what">
              <strong>${e.actor.name}</strong> <span class="muted">(${t(`role.${e.actor.role}`)})</span>:
              ${tp(`history.${e.command.type}`)}
            </p>
            ${e.atOneScreen ? html`<p>${tp('history.atOneScreen', { name, specialist: e.actor.name })}</p>` : nothing}
            ${ratingsOf(e.command).map((r) => html`<p class="rating">${r}</p>`)}
            ${texts.map(
              ({ text, voice }) =>
                html`<p class="text">“${text}” <span class=${voice === 'participant' ? 'badge badge-good' : 'badge'}>${tp('history.in', { name: this.voiceName(e, voice) })}</span></p>`,
            )}
            <p class="muted when">${formatDateTime(e.at)}${e.liveSessionId ? html` · ${tp('history.inSession')}` : nothing}</p>
          </li>`;
        })}
      </ol>`;
  }

  /** Whose words: the person's, or the specialist who suggested or wrote them. */
  private voiceName(e: PlanEvent, voice: Voice): string {
    if (voice === 'participant') return this.plan?.participant.name ?? '';
    if (e.actor.role === 'specialist') return e.actor.name;
    // Accepted as suggested: the words are the suggestion's author's.
    const suggestionId = e.command.type === 'suggestion.accept' ? e.command.suggestionId : undefined;
    const author = this.plan?.suggestions.find((s) => s.id === suggestionId)?.author.name;
    return author ?? tp('history.theSpecialist');
  }

  private toggle(): void {
    this.open = !this.open;
  }

  private async load(): Promise<void> {
    this.loading = true;
    this.failure = '';
    try {
      const target = this.plan?.seq ?? 0;
      let after = this.events.at(-1)?.seq ?? 0;
      const events = [...this.events];
      for (let page = 0; page < 20; page++) {
        const result = await planApi.plan.history(this.participantId, after);
        events.push(...result.events);
        if (result.nextAfter === null) break;
        after = result.nextAfter;
      }
      this.events = events;
      this.loadedSeq = Math.max(target, events.at(-1)?.seq ?? 0);
    } catch (error) {
      this.failure = errorText(error);
      this.loadedSeq = this.plan?.seq ?? 0;
    } finally {
      this.loading = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        margin-top: var(--space-6);
      }
      .history {
        list-style: none;
        padding: 0;
        margin: var(--space-3) 0 0;
        display: grid;
        gap: var(--space-2);
      }
      .history li {
        background: var(--c-surface);
        border: 1px solid var(--c-line);
        border-radius: var(--radius-small);
        padding: var(--space-3);
      }
      .history p {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .when {
        font-size: 0.9rem;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plan-history': AlPlanHistory;
  }
}
