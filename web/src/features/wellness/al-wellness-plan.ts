import type { PlanSnapshot, Suggestion, WellnessSection } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import '../plan/al-suggestion-card.js';
import type { SuggestionDecision } from '../plan/al-suggestion-card.js';
import { PlanPart } from '../plan/plan-part.js';
import './al-wellness-add.js';
import './al-wellness-item.js';
import { itemsOf, sectionName, wellnessParts } from './wellness-parts.js';

/**
 * The wellness and crisis plan, part by part and section by section. On the person's own page
 * (`own`): their items with edit, move and remove, their specialist's suggestions for a section
 * shown in that section to accept, put in their own words, or decline, and an add form per
 * section. On their specialist's page: the same plan read-only, with "suggest an item" per section.
 *
 * @property plan - the plan as it is now; @property own - the person's own page
 * @fires al-announce - what was done, or why not, for the page's regions
 */
@customElement('al-wellness-plan')
export class AlWellnessPlan extends PlanPart {
  @property({ attribute: false }) plan!: PlanSnapshot;
  @property({ type: Boolean }) own = false;
  /** Inside a page section of its own (the specialist's page): parts are h3, sub-lists h4. */
  @property({ type: Boolean }) nested = false;
  /** The suggestion being accepted in the person's own words, if any. */
  @state() private editing: string | undefined;
  private readonly actions = new Actions(this, { announce: true });

  override render() {
    return html`${wellnessParts.map((part) => {
      if (part.id !== 'crisis') {
        const [section] = part.sections;
        return section
          ? html`<section class="wellness-part" aria-labelledby="wp-${section}">
              ${this.heading(0, `wp-${section}`, sectionName(section))} ${this.renderSection(section)}
            </section>`
          : nothing;
      }
      return html`<section class="wellness-part crisis-part" aria-labelledby="wp-crisis">
        ${this.heading(0, 'wp-crisis', tp('wellness.part.crisis'))}
        <p class="muted">${tp('wellness.part.crisisLead')}</p>
        ${part.sections.map(
          (section) => html`<section class="crisis-section" aria-labelledby="wp-${section}">
            ${this.heading(1, `wp-${section}`, sectionName(section))} ${this.renderSection(section)}
          </section>`,
        )}
      </section>`;
    })}`;
  }

  /** A part's heading (`depth` 0) or a crisis sub-list's (1), one level down when `nested`. */
  private heading(depth: 0 | 1, id: string, text: string) {
    const level = depth + (this.nested ? 3 : 2);
    if (level === 2) return html`<h2 id=${id}>${text}</h2>`;
    if (level === 3) return html`<h3 id=${id}>${text}</h3>`;
    return html`<h4 id=${id}>${text}</h4>`;
  }

  private renderSection(section: WellnessSection) {
    const items = itemsOf(this.plan, section);
    const ids = items.map((i) => i.id);
    const pending = this.own ? this.suggestionsFor(section) : [];
    return html`${
      items.length === 0 && pending.length === 0
        ? html`<p class="muted">${tp('wellness.none')}</p>`
        : html`<ul class="item-list">
            ${repeat(
              items,
              (i) => i.id,
              (i) => html`<li class="item" aria-labelledby="w-${i.id}">
                <al-wellness-item .item=${i} .plan=${this.plan} .siblings=${ids} ?own=${this.own}></al-wellness-item>
              </li>`,
            )}
            ${repeat(
              pending,
              (s) => s.id,
              (s) => html`<li class="item suggestion" aria-labelledby="s-${s.id}">
                <al-suggestion-card
                  .suggestion=${s}
                  .plan=${this.plan}
                  .busy=${this.busyFor(s)}
                  ?editing=${this.editing === s.id}
                  @al-suggestion-accept=${this.accept}
                  @al-suggestion-decline=${this.decline}
                  @al-suggestion-editing=${this.onEditing}
                ></al-suggestion-card>
              </li>`,
            )}
          </ul>`
    }
    <al-wellness-add
      .section=${section}
      .plan=${this.plan}
      mode=${this.own ? 'owner' : 'partner'}
      participantName=${this.plan.participant.name}
    ></al-wellness-add>`;
  }

  private suggestionsFor(section: WellnessSection): Suggestion[] {
    return this.plan.suggestions.filter(
      (s) => s.status === 'pending' && s.proposal.kind === 'wellness-item' && s.proposal.section === section,
    );
  }

  private busyFor(s: Suggestion): '' | 'accept' | 'decline' {
    const [what, id] = this.actions.busy.split(':');
    return id === s.id && (what === 'accept' || what === 'decline') ? what : '';
  }

  private onEditing(event: CustomEvent<{ suggestion: Suggestion; editing: boolean }>): void {
    const { suggestion, editing } = event.detail;
    this.editing = editing ? suggestion.id : undefined;
    this.present(editing ? { kind: 'suggestion', id: suggestion.id } : null);
  }

  private async accept(event: CustomEvent<SuggestionDecision>): Promise<void> {
    const { suggestion, edits } = event.detail;
    await this.actions.run(`accept:${suggestion.id}`, async () => {
      await this.send({ type: 'suggestion.accept', suggestionId: suggestion.id, ...(edits ? { edits } : {}) });
      if (edits) {
        this.editing = undefined;
        this.present(null);
      }
      this.actions.say(tp('suggestions.accepted'));
    });
  }

  private async decline(event: CustomEvent<SuggestionDecision>): Promise<void> {
    const { suggestion } = event.detail;
    await this.actions.run(`decline:${suggestion.id}`, async () => {
      await this.send({ type: 'suggestion.decline', suggestionId: suggestion.id });
      this.actions.say(tp('suggestions.declined'));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-wellness-plan': AlWellnessPlan;
  }
}
