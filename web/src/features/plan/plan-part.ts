import type { CommandResult, Focus, PlanCommand } from '@alongside/shared';
import { consume } from '@lit/context';
import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { livePlanContext } from '../../data/contexts.js';
import type { LivePlan } from '../../data/live-plan.js';
import { Actions } from '../../ui/actions.js';
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
 * Base for the "add one" forms at the end of a plan section (a choice, a support): a summary that
 * opens a small form, its one field error, and the page's regions for what it did.
 */
export abstract class PlanAddForm extends PlanPart {
  @state() protected error = '';
  protected readonly actions = new Actions(this, { announce: true });

  /** Checks the form and sends what it adds. */
  protected abstract add(event: SubmitEvent): Promise<void>;

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
