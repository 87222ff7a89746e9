import {
  applyPlanEffects,
  type CommandResult,
  type Focus,
  type LiveServerMessage,
  type LiveSession,
  type PlanCommand,
  type PlanSnapshot,
  type PresenceMember,
} from '@alongside/shared';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AckWaits } from './ack-waits.js';
import { ApiError } from './api-error.js';
import { newClientOpId } from './client-op-id.js';
import { LiveSocket, type SocketState } from './live-socket.js';
import { OfflinePlan } from './offline/offline-plan.js';

export { newClientOpId };

export type LiveConnection = 'connecting' | 'online' | 'offline' | 'ended';

interface PendingCommand {
  clientOpId: string;
  command: PlanCommand;
  /** The person's own decision, made on their specialist's screen (the server checks the session). */
  atOneScreen?: true;
  resolve: (result: CommandResult) => void;
  reject: (error: ApiError) => void;
}

/**
 * A participant's plan, live. Subscribes over `/api/live` when its host joins the page and
 * unsubscribes (and closes the socket) when it leaves. Events are applied with the shared
 * `applyPlanEffects`, so the plan here is the plan on the server. Commands carry a client
 * operation id and stay "pending" until acknowledged; after a drop the controller reconnects,
 * catches up from the last seq it saw, and re-sends every pending command with the same id.
 * On the signed-in participant's own plan (`ownUser`), commands go through a durable outbox
 * instead and the plan is kept for offline reading (see `offline/offline-plan.ts`).
 */
export class LivePlan implements ReactiveController {
  plan: PlanSnapshot | undefined;
  /** `error` when the plan cannot be opened (not found / not yours). */
  status: 'loading' | 'ready' | 'error' = 'loading';
  connection: LiveConnection = 'connecting';
  members: PresenceMember[] = [];
  session: LiveSession | null = null;
  /** Bumps on every change, so hosts can key renders on it. */
  revision = 0;
  /**
   * True from the second `subscribed` on: the socket came back after a drop, and whatever it
   * names but does not replay (a changed note, a session that ended) may have been missed.
   */
  resubscribed = false;
  private subscribedOnce = false;

  private readonly pending = new Map<string, PendingCommand>();
  private readonly waits = new AckWaits();
  private readonly socket: LiveSocket;
  private subscribed = false;
  private focus: Focus = null;
  private listeners = new Set<(message: LiveServerMessage) => void>();
  /** The outbox and the kept plan: only on the signed-in participant's own plan. */
  offline: OfflinePlan | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly participantId: () => string | undefined,
    /** The signed-in person's id when this plan is their own (a participant's): it works offline. */
    private readonly ownUser: () => string | undefined = () => undefined,
  ) {
    this.socket = new LiveSocket({
      onOpen: () => this.subscribe(),
      onMessage: (m) => this.receive(m),
      onState: (s) => this.onSocketState(s),
    });
    host.addController(this);
  }

  /** Commands sent but not yet acknowledged by the server. */
  get unacknowledged(): number {
    return this.pending.size + (this.offline?.outbox.pending.length ?? 0);
  }

  hostConnected(): void {
    const pid = this.participantId();
    if (!pid) return;
    const owner = this.ownUser();
    if (owner) this.startOffline(owner, pid);
    this.socket.start();
  }

  private startOffline(owner: string, pid: string): void {
    const offline = new OfflinePlan(
      owner,
      pid,
      { send: (e) => this.subscribed && this.sendCommand(pid, e) },
      () => this.changed(),
      () => this.socket.nudge(),
    );
    this.offline = offline;
    void offline.start().then((plan) => {
      // The server's plan, if it came first, is newer than the kept one.
      if (!plan || this.plan || this.offline !== offline) return;
      this.plan = plan;
      this.status = 'ready';
      this.changed();
    });
  }

  hostDisconnected(): void {
    const pid = this.participantId();
    if (pid && this.subscribed) this.socket.send({ type: 'unsubscribe', participantId: pid });
    this.subscribed = false;
    this.socket.stop();
    this.offline?.stop();
    this.offline = undefined;
    this.waits.flush();
  }

  /** Listens to every server message (e.g. to notice the moment a suggestion is decided). */
  onMessage(listener: (message: LiveServerMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends a command. Resolves once the server has committed it AND the plan here shows it;
   * rejects with an `ApiError` (status, code, message, `current` on a stale edit) when refused.
   * While offline the command waits and goes out on reconnect.
   */
  send(command: PlanCommand, options: { atOneScreen?: boolean } = {}): Promise<CommandResult> {
    const pid = this.participantId();
    if (!pid) return Promise.reject(new ApiError({ status: 0, code: 'not_found', message: 'No plan.' }));
    const clientOpId = newClientOpId();
    const marker = options.atOneScreen ? { atOneScreen: true as const } : {};
    if (this.offline) {
      return this.offline
        .send(clientOpId, command, marker.atOneScreen)
        .then((result) => result ?? { seq: this.plan?.seq ?? 0, ids: [] });
    }
    return new Promise<CommandResult>((resolve, reject) => {
      this.pending.set(clientOpId, { clientOpId, command, resolve, reject, ...marker });
      if (this.subscribed) this.sendCommand(pid, { clientOpId, command, ...marker });
      this.changed();
    });
  }

  /** Tells the others what this person is working on (null: nothing in particular). */
  setFocus(focus: Focus): void {
    this.focus = focus;
    const pid = this.participantId();
    if (pid && this.subscribed) this.socket.send({ type: 'presence', participantId: pid, focus });
  }

  /** Replaces the session after a REST call changed it (the socket will confirm shortly). */
  setSession(session: LiveSession | null): void {
    this.session = session;
    this.changed();
  }

  private subscribe(): void {
    const pid = this.participantId();
    if (!pid) return;
    this.subscribed = false;
    this.socket.send({
      type: 'subscribe',
      participantId: pid,
      ...(this.plan ? { lastSeq: this.plan.seq } : {}),
    });
  }

  private receive(m: LiveServerMessage): void {
    const pid = this.participantId();
    switch (m.type) {
      case 'snapshot':
        if (m.participantId !== pid) return;
        this.plan = m.plan;
        this.status = 'ready';
        this.offline?.synced(m.plan);
        break;
      case 'events':
        if (m.participantId !== pid || !this.plan) return;
        for (const event of m.events) {
          if (event.seq <= this.plan.seq) continue;
          this.plan = applyPlanEffects(this.plan, event.effects, event.seq);
        }
        this.waits.settle(this.plan.seq);
        this.offline?.synced(this.plan);
        break;
      case 'subscribed':
        if (m.participantId !== pid) return;
        this.subscribed = true;
        this.resubscribed = this.subscribedOnce;
        this.subscribedOnce = true;
        this.status = this.plan ? 'ready' : this.status;
        // Re-send what the server has not acknowledged, with the same ids: nothing twice, nothing lost.
        for (const p of this.pending.values()) this.sendCommand(m.participantId, p);
        if (this.plan) this.offline?.synced(this.plan);
        this.offline?.outbox.resume();
        if (this.focus) this.socket.send({ type: 'presence', participantId: m.participantId, focus: this.focus });
        break;
      case 'ack': {
        // false: not the outbox's (an in-memory one, or unknown); undefined: the outbox's, nobody waiting.
        const queued = this.offline ? this.offline.outbox.acked(m.clientOpId) : false;
        const p = queued === false ? this.pending.get(m.clientOpId) : undefined;
        this.pending.delete(m.clientOpId);
        const resolve = queued === false ? p?.resolve : queued;
        if (resolve) this.waits.resolveWhenShown(this.plan?.seq, resolve, { seq: m.seq, ids: m.ids });
        break;
      }
      case 'nack': {
        const error = { status: m.status, ...m.error };
        if (this.offline?.nacked(m.clientOpId, error)) break;
        const p = this.pending.get(m.clientOpId);
        if (!p) return;
        // A database hiccup: keep it pending and send it again shortly (same id, so at most once).
        if (m.status === 503) {
          window.setTimeout(() => this.resend(m.clientOpId), 2000);
          return;
        }
        this.pending.delete(m.clientOpId);
        p.reject(new ApiError(error));
        break;
      }
      case 'presence':
        if (m.participantId !== pid) return;
        this.members = m.members;
        break;
      case 'session':
        if (m.participantId !== pid) return;
        this.session = m.session;
        break;
      case 'note':
        // Nothing to keep here: the pages showing notes read the changed one themselves.
        if (m.participantId !== pid) return;
        break;
      case 'error':
        if (m.code === 'rate_limited') this.offline?.outbox.rateLimited();
        if (m.field === 'participantId' && m.code === 'not_found') this.status = 'error';
        break;
      case 'pong':
        return;
    }
    for (const listener of this.listeners) listener(m);
    this.changed();
  }

  private resend(clientOpId: string): void {
    const p = this.pending.get(clientOpId);
    const pid = this.participantId();
    if (!p || !pid || !this.subscribed) return; // a reconnect re-sends it anyway
    this.sendCommand(pid, p);
  }

  private sendCommand(participantId: string, p: { clientOpId: string; command: PlanCommand; atOneScreen?: true }) {
    const { clientOpId, command } = p;
    return this.socket.send({
      type: 'command',
      participantId,
      clientOpId,
      command,
      ...(p.atOneScreen ? { atOneScreen: true } : {}),
    });
  }

  private onSocketState(state: SocketState): void {
    if (state !== 'open') {
      this.subscribed = false;
      this.offline?.outbox.pause();
    }
    this.connection =
      state === 'open'
        ? 'online'
        : state === 'ended'
          ? 'ended'
          : state === 'connecting' && this.connection === 'connecting'
            ? 'connecting'
            : 'offline';
    if (state === 'closed' || state === 'ended') this.members = [];
    this.changed();
  }

  private changed(): void {
    this.revision += 1;
    this.host.requestUpdate();
  }
}
