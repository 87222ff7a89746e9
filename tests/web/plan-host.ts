import type { PlanSnapshot } from '@alongside/shared';
import { ContextProvider } from '@lit/context';
import { html, LitElement } from 'lit';
import { livePlanContext } from '../../web/src/data/contexts.js';
import { LivePlan } from '../../web/src/data/live-plan.js';
import { Actions } from '../../web/src/ui/actions.js';
import { type FakeSocket, nextSocket } from './fake-socket.js';
import { participantId } from './fixtures.js';

/**
 * What a plan page is to its parts, and no more: it opens the live plan (over the fake socket)
 * and provides it by context, and shows the parts' announcements in a status region and an
 * alert. The parts under test are its children.
 */
export class PlanHost extends LitElement {
  readonly live = new LivePlan(this, () => participantId);
  readonly actions = new Actions(this);

  constructor() {
    super();
    new ContextProvider(this, { context: livePlanContext, initialValue: this.live });
    this.actions.hear();
  }

  override render() {
    return html`<div role="status">${this.actions.feedback}</div>
      <div role="alert">${this.actions.failure}</div>
      <slot></slot>`;
  }

  get status(): string {
    return this.renderRoot.querySelector('[role="status"]')?.textContent ?? '';
  }

  get alert(): string {
    return this.renderRoot.querySelector('[role="alert"]')?.textContent ?? '';
  }
}
customElements.define('test-plan-host', PlanHost);

/** A plan host on the page, subscribed to `snapshot` over a fresh fake socket. */
export async function openPlanHost(snapshot: PlanSnapshot): Promise<{ host: PlanHost; socket: FakeSocket }> {
  const host = document.createElement('test-plan-host') as PlanHost;
  document.body.replaceChildren(host);
  const socket = await nextSocket(1);
  socket.open();
  socket.receive({ type: 'snapshot', participantId, plan: snapshot });
  socket.receive({ type: 'subscribed', participantId, seq: snapshot.seq });
  await host.updateComplete;
  return { host, socket };
}
