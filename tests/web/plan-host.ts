import type { PlanEvent, PlanSnapshot } from '@alongside/shared';
import { ContextProvider } from '@lit/context';
import { html, LitElement } from 'lit';
import { afterEach, beforeEach, vi } from 'vitest';
import { livePlanContext } from '../../web/src/data/contexts.js';
import { LivePlan } from '../../web/src/data/live-plan.js';
import { Actions } from '../../web/src/ui/actions.js';
import { settle } from './dom.js';
import { type FakeSocket, nextSocket, useFakeSockets } from './fake-socket.js';
import { event, participantId } from './fixtures.js';

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

type Rendered = HTMLElement & { updateComplete?: Promise<unknown> };
const everything = () => [...document.body.querySelectorAll<Rendered>('*')];

/** `part` inside a plan host subscribed to `snapshot`, rendered. */
export async function placeInPlan<T extends HTMLElement>(
  part: T,
  snapshot: PlanSnapshot,
): Promise<{ part: T; host: PlanHost; socket: FakeSocket }> {
  const { host, socket } = await openPlanHost(snapshot);
  host.append(part);
  await settle(...everything());
  return { part, host, socket };
}

/** The server commits the last command the app sent, bringing `effects` as the next event. */
export async function commitLast(host: PlanHost, socket: FakeSocket, effects: PlanEvent['effects']): Promise<void> {
  const sent = socket.commands().at(-1);
  if (!sent) throw new Error('nothing was sent');
  const seq = (host.live.plan?.seq ?? 0) + 1;
  socket.receive({ type: 'events', participantId, events: [event(seq, sent.command, effects)] });
  socket.receive({ type: 'ack', clientOpId: sent.clientOpId, seq, ids: [] });
  await settle(host, ...everything());
}

/**
 * For a test file of plan parts: a fresh fake socket before each test, the page emptied after,
 * and the host and socket of the part placed last.
 */
export function planParts() {
  let placed: { host: PlanHost; socket: FakeSocket } | undefined;
  const current = () => {
    if (!placed) throw new Error('place a part first');
    return placed;
  };
  beforeEach(() => useFakeSockets());
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });
  return {
    get host() {
      return current().host;
    },
    get socket() {
      return current().socket;
    },
    async place<T extends HTMLElement>(part: T, snapshot: PlanSnapshot): Promise<T> {
      placed = await placeInPlan(part, snapshot);
      return part;
    },
    commit: (effects: PlanEvent['effects']) => commitLast(current().host, current().socket, effects),
  };
}
