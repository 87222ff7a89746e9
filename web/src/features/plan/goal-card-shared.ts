/**
 * What the goal card's parts — its steps list (goal-steps.ts) and its panels (goal-panels.ts) —
 * share with the card: the card as it is now, and how each keeps its field error. The parts are
 * helpers drawn into the card's own shadow root rather than elements of their own, so the card's
 * DOM, styles and focus moves stay as they were.
 */
import type { Goal, Step } from '@alongside/shared';
import type { ReactiveControllerHost } from 'lit';
import type { LivePlan } from '../../data/live-plan.js';

/** The card as its parts read it: its properties as they are now, its shadow root, re-rendering it. */
export interface GoalCardView extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly goal: Goal;
  readonly steps: readonly Step[];
  readonly live: LivePlan;
  readonly mode: 'owner' | 'partner';
  readonly participantName: string;
}

/**
 * The field error of one part of the card (its steps, or its open panel). Opening a panel or a
 * step's editor clears that part's error; the other part's stays with its own form.
 */
export class FieldError {
  private value = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  get text(): string {
    return this.value;
  }

  set(text: string): void {
    this.value = text;
    this.host.requestUpdate();
  }
}
