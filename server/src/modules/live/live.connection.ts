import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { type LiveServerMessage, liveCloseCodes } from '@alongside/shared';
import type { WebSocket } from 'ws';
import type { Actor, RequestContext } from '../../lib/actor.js';

export interface ConnectionLimits {
  /** Outgoing bytes a socket may have queued before it is closed as a slow reader (1013). */
  maxBufferedBytes: number;
  /** Token bucket: burst size and steady messages per second. */
  burst: number;
  perSecond: number;
  /** Bad or over-limit messages tolerated per minute before the socket is closed (1008). */
  maxStrikesPerMinute: number;
  /**
   * How long a closed socket's peer has to answer the close before the connection is cut. A
   * client that stopped reading never answers, and until it is cut its queued megabyte stays.
   */
  closeGraceMs: number;
}

export const defaultConnectionLimits: ConnectionLimits = {
  maxBufferedBytes: 1024 * 1024,
  burst: 60,
  perSecond: 20,
  maxStrikesPerMinute: 10,
  closeGraceMs: 5000,
};

/** One open socket: who it is, which plans it follows, and its own limits. */
export class LiveConnection {
  readonly id = randomUUID();
  /** participantId → the last seq this socket has been sent. */
  readonly subscriptions = new Map<string, { lastSeq: number }>();
  /** participantId → subscribes to it whose access check is running or has just passed. */
  private readonly checking = new Map<string, number>();
  private tokens: number;
  private refilledAt = Date.now();
  private strikes: number[] = [];
  closed = false;
  /** Whether the person did something here (anything but a ping) since the hub's last heartbeat. */
  actedSinceHeartbeat = false;
  /** This socket's latest presence announcement, settled or failed: the next one waits for it. */
  presenceSent: Promise<void> = Promise.resolve();

  constructor(
    readonly socket: WebSocket,
    /** Who is signed in on this socket; the heartbeat refreshes it (a changed name, say). */
    public actor: Actor,
    private readonly limits: ConnectionLimits,
  ) {
    this.tokens = limits.burst;
  }

  /** The context of one thing done for this socket: its own request id in the access log. */
  context(): RequestContext {
    return { actor: this.actor, requestId: `live:${randomUUID()}` };
  }

  /** Sends unless the client has stopped reading; then the socket is closed so memory stays bounded. */
  send(message: LiveServerMessage): boolean {
    return this.sendText(JSON.stringify(message));
  }

  /** `send` for a message already serialised: one event going to a whole room is encoded once. */
  sendText(text: string): boolean {
    if (this.closed) return false;
    // What this turn's messages hold back (see `corkForThisTurn`) is not the reader's backlog.
    if (this.socket.bufferedAmount - this.heldBytes > this.limits.maxBufferedBytes) {
      this.close(liveCloseCodes.tryAgainLater, 'too far behind; reconnect and resync');
      return false;
    }
    this.corkForThisTurn();
    const before = this.socket.bufferedAmount;
    this.socket.send(text);
    if (this.corked) this.heldBytes += this.socket.bufferedAmount - before;
    return true;
  }

  private corked = false;
  private heldBytes = 0;
  /**
   * Holds this turn's messages and writes them together when it ends: a command's event and its
   * ack reach the sender in one write (one system call) rather than two. ws keeps the TCP socket
   * as `_socket`; without one there is nothing to hold.
   */
  private corkForThisTurn(): void {
    if (this.corked) return;
    const tcp = (this.socket as unknown as { _socket?: Duplex | null })._socket;
    if (!tcp) return;
    tcp.cork();
    this.corked = true;
    process.nextTick(() => {
      this.corked = false;
      this.heldBytes = 0;
      tcp.uncork();
    });
  }

  /**
   * Runs a subscribe's access check with the plan marked as watched (`watches`) from before the
   * check starts until the join (`joined`) replaces the mark with the subscription, in one step
   * with nothing awaited between. That makes check and join one step against a partnership that
   * ends meanwhile: its revocation is announced only after the ending commits, so either the check
   * already reads it ended (refused), or the announcement arrives after the mark was set and finds
   * this socket marked or subscribed, and closes it.
   */
  async checkAccess<T>(participantId: string, check: () => Promise<T | null>): Promise<T | null> {
    this.checking.set(participantId, (this.checking.get(participantId) ?? 0) + 1);
    try {
      const allowed = await check();
      if (allowed === null) this.checked(participantId);
      return allowed;
    } catch (error) {
      this.checked(participantId);
      throw error;
    }
  }

  /** The subscribe whose access was checked joins its room: from now on it is a subscription. */
  joined(participantId: string, subscription: { lastSeq: number }): void {
    this.subscriptions.set(participantId, subscription);
    this.checked(participantId);
  }

  /** Subscribed to the plan, or about to be: a revocation of access to it concerns this socket. */
  watches(participantId: string): boolean {
    return this.subscriptions.has(participantId) || this.checking.has(participantId);
  }

  private checked(participantId: string): void {
    const left = (this.checking.get(participantId) ?? 1) - 1;
    if (left > 0) this.checking.set(participantId, left);
    else this.checking.delete(participantId);
  }

  /** Token bucket: false when the socket sends faster than allowed. */
  takeToken(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.limits.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.limits.perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Records a bad message; too many in a minute closes the socket (policy violation). */
  strike(): void {
    const now = Date.now();
    this.strikes = this.strikes.filter((t) => now - t < 60_000);
    this.strikes.push(now);
    if (this.strikes.length > this.limits.maxStrikesPerMinute) {
      this.close(liveCloseCodes.policyViolation, 'too many invalid or excessive messages');
    }
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
      return;
    }
    // ws itself would wait 30 s for the answer; a no-op if the close completes first.
    setTimeout(() => this.socket.terminate(), this.limits.closeGraceMs).unref();
  }
}
