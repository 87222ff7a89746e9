import type { CommandResult, Focus, PlanCommand, SuggestionProposal } from '@alongside/shared';
import { consume } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { livePlanContext } from '../../data/contexts.js';
import type { LivePlan } from '../../data/live-plan.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import { readForm } from '../../ui/form-helpers.js';
import { nudged } from '../language/nudge-field.js';
import '../../ui/al-button.js';
import { PartElement } from '../../ui/part-element.js';

/** The live plan an element was given by context; a missing provider is a mistake in the page. */
export function requireLive(live: LivePlan | undefined, element: string): LivePlan {
  if (!live) throw new Error(`<${element}> needs a live plan provided above it`);
  return live;
}

/**
 * Base for the parts of a plan page: a light-DOM part (see PartElement) that sends its commands
 * and the person's presence through the live plan its page provides (`livePlanContext`).
 */
export class PlanPart extends PartElement {
  @consume({ context: livePlanContext }) protected live: LivePlan | undefined;

  /** Sends a command; `atOneScreen`: the person's own decision, made at their specialist's screen. */
  protected send(command: PlanCommand, options: { atOneScreen?: boolean } = {}): Promise<CommandResult> {
    return requireLive(this.live, this.localName).send(command, options);
  }

  /** What this person is working on, for the others here (null: nothing in particular). */
  protected present(focus: Focus): void {
    this.live?.setFocus(focus);
  }
}

/**
 * Base for the "add one" forms at the end of a plan section (a choice, a support, an option): a
 * summary that opens a small form, its one field error, and the page's regions for what it did.
 * Where both may use it, the person adds (`owner`) and their specialist suggests the same thing
 * (`partner`, with their reason): the partnership rules, as the server holds them.
 */
export abstract class PlanAddForm extends PlanPart {
  @property() mode: 'owner' | 'partner' = 'owner';
  /** Whose plan it is, for the words after a suggestion. */
  @property() participantName = '';
  @state() protected error = '';
  protected readonly actions = new Actions(this, { announce: true });

  /** Checks the form and sends what it adds. */
  protected abstract add(event: SubmitEvent): Promise<void>;

  /** A partner's reason for a suggestion (optional); nothing for the person's own form. */
  protected renderRationale(): TemplateResult | typeof nothing {
    return this.mode === 'owner'
      ? nothing
      : nudged(
          html`<al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>`,
        );
  }

  /**
   * The submitted form and its values, its one required field checked by the shared schema;
   * undefined — with `message` under the field and focus on it — when that does not pass.
   */
  protected checked<T>(event: SubmitEvent, field: string, schema: z.ZodType<T>, message: string) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const parsed = schema.safeParse(values[field] ?? '');
    if (!parsed.success) {
      this.error = message;
      form.querySelector<HTMLElement>('al-field')?.focus();
      return undefined;
    }
    this.error = '';
    return { form, values, value: parsed.data };
  }

  /** Sends the person's own change, or the same as a suggestion with the reason given; then empties the form and says so. */
  protected async addOrSuggest(
    checked: { form: HTMLFormElement; values: Record<string, string> },
    own: PlanCommand,
    proposal: SuggestionProposal,
    added: string,
  ): Promise<void> {
    const owner = this.mode === 'owner';
    const rationale = (checked.values.rationale ?? '').trim();
    await this.actions.run('add', async () => {
      await this.send(owner ? own : { type: 'suggestion.create', proposal, ...(rationale ? { rationale } : {}) });
      checked.form.reset();
      this.actions.say(owner ? added : tp('goal.suggestionSent', { name: this.participantName }));
    });
  }

  protected renderAdd(summary: string | TemplateResult, fields: TemplateResult, submit: string): TemplateResult {
    return html`<details class="add-support">
      <summary>${summary}</summary>
      <form class="form-grid" novalidate @submit=${this.add}>
        ${fields}
        <div><al-button type="submit" ?busy=${this.actions.busy === 'add'}>${submit}</al-button></div>
      </form>
    </details>`;
  }
}
