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
import { ApiError } from './api-error.js';
import { LiveSocket, type SocketState } from './live-socket.js';

export type LiveConnection = 'connecting' | 'online' | 'offline' | 'ended';

interface PendingCommand {
  clientOpId: string;
  command: PlanCommand;
  /** The person's own decision, made on their specialist's screen (the server checks the session). */
  atOneScreen?: true;
  resolve: (result: CommandResult) => void;
  reject: (error: ApiError) => void;
}

interface AwaitingSeq {
  seq: number;
  result: CommandResult;
  resolve: (result: CommandResult) => void;
  timer: number;
}

let opCounter = 0;
/** A client operation id: unique per command, kept across reconnects so a re-send is never applied twice. */
export function newClientOpId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  opCounter += 1;
  return `web-${Date.now().toString(36)}-${random[0]?.toString(36)}${random[1]?.toString(36)}-${opCounter}`;
}

/**
 * A participant's plan, live. Subscribes over `/api/live` when its host joins the page and
 * unsubscribes (and closes the socket) when it leaves. Events are applied with the shared
 * `applyPlanEffects`, so the plan here is the plan on the server. Commands carry a client
 * operation id and stay "pending" until acknowledged; after a drop the controller reconnects,
 * catches up from the last seq it saw, and re-sends every pending command with the same id.
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
  private readonly awaiting: AwaitingSeq[] = [];
  private readonly socket: LiveSocket;
  private subscribed = false;
  private focus: Focus = null;
  private listeners = new Set<(message: LiveServerMessage) => void>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly participantId: () => string | undefined,
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
    return this.pending.size;
  }

  hostConnected(): void {
    if (this.participantId()) this.socket.start();
  }

  hostDisconnected(): void {
    const pid = this.participantId();
    if (pid && this.subscribed) this.socket.send({ type: 'unsubscribe', participantId: pid });
    this.subscribed = false;
    this.socket.stop();
    for (const a of this.awaiting.splice(0)) {
      window.clearTimeout(a.timer);
      a.resolve(a.result);
    }
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
    return new Promise<CommandResult>((resolve, reject) => {
      this.pending.set(clientOpId, { clientOpId, command, resolve, reject, ...marker });
      if (this.subscribed) this.socket.send({ type: 'command', participantId: pid, clientOpId, command, ...marker });
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
        break;
      case 'events':
        if (m.participantId !== pid || !this.plan) return;
        for (const event of m.events) {
          if (event.seq <= this.plan.seq) continue;
          this.plan = applyPlanEffects(this.plan, event.effects, event.seq);
        }
        this.settleAwaiting();
        break;
      case 'subscribed':
        if (m.participantId !== pid) return;
        this.subscribed = true;
        this.resubscribed = this.subscribedOnce;
        this.subscribedOnce = true;
        this.status = this.plan ? 'ready' : this.status;
        // Re-send what the server has not acknowledged, with the same ids: nothing twice, nothing lost.
        for (const p of this.pending.values()) {
          this.socket.send({
            type: 'command',
            participantId: m.participantId,
            clientOpId: p.clientOpId,
            command: p.command,
            ...(p.atOneScreen ? { atOneScreen: true } : {}),
          });
        }
        if (this.focus) this.socket.send({ type: 'presence', participantId: m.participantId, focus: this.focus });
        break;
      case 'ack': {
        const p = this.pending.get(m.clientOpId);
        if (!p) return;
        this.pending.delete(m.clientOpId);
        const result = { seq: m.seq, ids: m.ids };
        if (this.plan && this.plan.seq >= m.seq) p.resolve(result);
        else {
          // The event is on its way; wait for it briefly so the caller sees its change applied.
          const timer = window.setTimeout(() => {
            const i = this.awaiting.findIndex((a) => a.timer === timer);
            if (i >= 0) this.awaiting.splice(i, 1);
            p.resolve(result);
          }, 3000);
          this.awaiting.push({ seq: m.seq, result, resolve: p.resolve, timer });
        }
        break;
      }
      case 'nack': {
        const p = this.pending.get(m.clientOpId);
        if (!p) return;
        // A database hiccup: keep it pending and send it again shortly (same id, so at most once).
        if (m.status === 503) {
          window.setTimeout(() => this.resend(m.clientOpId), 2000);
          return;
        }
        this.pending.delete(m.clientOpId);
        p.reject(
          new ApiError({
            status: m.status,
            code: m.error.code,
            message: m.error.message,
            field: m.error.field,
            current: m.error.current,
          }),
        );
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
    const marker = p.atOneScreen ? { atOneScreen: true as const } : {};
    this.socket.send({ type: 'command', participantId: pid, clientOpId, command: p.command, ...marker });
  }

  private settleAwaiting(): void {
    const seq = this.plan?.seq ?? 0;
    for (let i = this.awaiting.length - 1; i >= 0; i--) {
      const a = this.awaiting[i];
      if (a && a.seq <= seq) {
        window.clearTimeout(a.timer);
        this.awaiting.splice(i, 1);
        a.resolve(a.result);
      }
    }
  }

  private onSocketState(state: SocketState): void {
    if (state !== 'open') this.subscribed = false;
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
