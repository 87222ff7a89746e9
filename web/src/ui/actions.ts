import type { ReactiveControllerHost } from 'lit';
import { errorText } from './error-text.js';

/**
 * What an element's buttons are doing: which action is running (`busy`, so its button can say so
 * and others wait), the error the last one met (`failure`, shown in an alert) and what the last
 * one achieved (`feedback`, read out by a status region). Re-renders its host on every change;
 * it needs nothing from the host's lifecycle, so it is not registered as a controller.
 */
export class Actions {
  busy = '';
  failure = '';
  feedback = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Runs one action, named by `kind`; an error becomes `failure` rather than escaping. */
  async run(kind: string, work: () => Promise<void>): Promise<void> {
    this.busy = kind;
    this.failure = '';
    this.host.requestUpdate();
    try {
      await work();
    } catch (error) {
      this.failure = errorText(error);
    } finally {
      this.busy = '';
      this.host.requestUpdate();
    }
  }

  /** Announces `text` in the status region — cleared first, so the same words twice are read twice. */
  say(text: string): void {
    this.failure = '';
    this.feedback = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.feedback = text;
      this.host.requestUpdate();
    });
  }

  /** Shows an error found before any action ran (e.g. by checking a form). */
  fail(text: string): void {
    this.failure = text;
    this.host.requestUpdate();
  }

  clearFailure(): void {
    this.fail('');
  }
}
