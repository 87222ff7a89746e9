import type { ReactiveControllerHost } from 'lit';
import { errorText } from './error-text.js';
import { fire } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What an element's buttons are doing: which action is running (`busy`, so its button can say so
 * and others wait), the error the last one met (`failure`, shown in an alert) and what the last
 * one achieved (`feedback`, read out by a status region). Re-renders its host on every change;
 * it needs nothing from the host's lifecycle, so it is not registered as a controller.
 *
 * An element with the regions calls `hear()`: the parts inside it made with `{ announce: true }`
 * have none of their own, and send their words and errors to it as `al-announce` events.
 */
export class Actions {
  busy = '';
  failure = '';
  feedback = '';

  constructor(
    private readonly host: Host,
    private readonly options: { announce?: boolean } = {},
  ) {}

  /** Shows the announcements of the parts inside the host in the host's own regions. */
  hear(): void {
    this.host.addEventListener('al-announce', (event) => {
      event.stopPropagation();
      if (event.detail.kind === 'say') this.say(event.detail.text);
      else this.fail(event.detail.text);
    });
  }

  /** Runs one action, named by `kind`; an error becomes `failure` rather than escaping. */
  async run(kind: string, work: () => Promise<void>): Promise<void> {
    this.busy = kind;
    this.fail('');
    try {
      await work();
    } catch (error) {
      this.fail(errorText(error));
    } finally {
      this.busy = '';
      this.host.requestUpdate();
    }
  }

  /** Announces `text` in the status region — cleared first, so the same words twice are read twice. */
  say(text: string): void {
    if (this.options.announce) {
      fire(this.host, 'al-announce', { kind: 'say', text });
      return;
    }
    this.failure = '';
    this.feedback = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.feedback = text;
      this.host.requestUpdate();
    });
  }

  /** Shows an error found before any action ran (e.g. by checking a form); '' clears it. */
  fail(text: string): void {
    if (this.options.announce) fire(this.host, 'al-announce', { kind: 'fail', text });
    else this.failure = text;
    this.host.requestUpdate();
  }

  clearFailure(): void {
    this.fail('');
  }
}
