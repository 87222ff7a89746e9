import type { CommandResult, Focus, PlanCommand } from '@alongside/shared';
import { consume } from '@lit/context';
import { livePlanContext } from '../../data/contexts.js';
import type { LivePlan } from '../../data/live-plan.js';
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

  protected send(command: PlanCommand): Promise<CommandResult> {
    return requireLive(this.live, this.localName).send(command);
  }

  /** What this person is working on, for the others here (null: nothing in particular). */
  protected present(focus: Focus): void {
    this.live?.setFocus(focus);
  }
}
