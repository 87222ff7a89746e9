import type { LiveServerMessage } from '@alongside/shared';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LivePlan } from './live-plan.js';

/**
 * Hears the live plan's messages while its host is on the page: subscribes when the host is
 * connected, and the subscription ends when it leaves. `live` is read at connection, so a live
 * plan that comes by context (set just before) is the one heard.
 */
export class LiveMessages implements ReactiveController {
  private stop: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly live: () => LivePlan | undefined,
    private readonly listener: (message: LiveServerMessage, live: LivePlan) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const live = this.live();
    this.stop = live?.onMessage((message) => this.listener(message, live));
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}

/**
 * Calls `reread` whenever what its host shows of `kind` (sessions, notes) may have changed: a
 * message names a change of it, or the socket came back after a drop (notices sent meanwhile
 * are not replayed). The plan carries no sessions or notes: they are read over REST.
 */
export function rereadOnChange(
  host: ReactiveControllerHost,
  live: () => LivePlan | undefined,
  kind: 'session' | 'note',
  reread: () => Promise<unknown>,
): LiveMessages {
  return new LiveMessages(host, live, (message, plan) => {
    if (message.type === kind || (message.type === 'subscribed' && plan.resubscribed)) void reread();
  });
}
