import { type LiveClientMessage, type LiveServerMessage, liveCloseCodes, zLiveServerMessage } from '@alongside/shared';

export type SocketState = 'connecting' | 'open' | 'closed' | 'ended';

export interface LiveSocketListener {
  /** The socket (re)opened: subscribe again and re-send what was not acknowledged. */
  onOpen(): void;
  /** A message from the server, already checked against the shared schema. */
  onMessage(message: LiveServerMessage): void;
  onState(state: SocketState): void;
}

const backoffMs = [250, 1000, 2000, 4000, 8000];
const pingEveryMs = 25_000;

/**
 * One WebSocket to `/api/live` that comes back by itself: after a drop it reconnects with a
 * growing delay (at once when the browser says the network is back). Every server message is
 * parsed with `zLiveServerMessage`; anything else is ignored. When the server says access
 * ended (4003) it stays closed: signing in again is the person's choice, not the socket's.
 */
export class LiveSocket {
  private socket: WebSocket | undefined;
  private attempt = 0;
  private retryTimer: number | undefined;
  private pingTimer: number | undefined;
  private stopped = true;
  state: SocketState = 'closed';

  private readonly onOnline = () => {
    if (this.state === 'closed' && !this.stopped) this.connectNow();
  };
  private readonly onOffline = () => {
    // The browser knows before the socket does; say so at once, without waiting for a close
    // handshake that may never finish. The `online` event brings the socket back.
    const socket = this.socket;
    if (!socket) return;
    this.socket = undefined;
    window.clearInterval(this.pingTimer);
    socket.close();
    this.setState('closed');
  };

  constructor(
    private readonly listener: LiveSocketListener,
    private readonly url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.connectNow();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    window.clearTimeout(this.retryTimer);
    window.clearInterval(this.pingTimer);
    const socket = this.socket;
    this.socket = undefined;
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000, 'left the page');
    this.setState('closed');
  }

  /** Tries again now when closed and not stopped (the page became visible, a timer fired). */
  nudge(): void {
    if (this.state === 'closed' && !this.stopped) this.connectNow();
  }

  /** Sends when open; returns false otherwise (the caller keeps the message for the next open). */
  send(message: LiveClientMessage): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private connectNow(): void {
    window.clearTimeout(this.retryTimer);
    if (this.stopped) return;
    if (!navigator.onLine) {
      // Opened with no network: 'closed' is the starting state, so tell the listener outright —
      // it still thinks a first connection is being made.
      if (this.state === 'closed') this.listener.onState('closed');
      else this.setState('closed');
      return;
    }
    this.setState('connecting');
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.attempt = 0;
      this.setState('open');
      window.clearInterval(this.pingTimer);
      this.pingTimer = window.setInterval(() => this.send({ type: 'ping' }), pingEveryMs);
      this.listener.onOpen();
    });
    socket.addEventListener('message', (event) => {
      if (this.socket !== socket || typeof event.data !== 'string') return;
      let json: unknown;
      try {
        json = JSON.parse(event.data);
      } catch {
        return;
      }
      const parsed = zLiveServerMessage.safeParse(json);
      if (parsed.success) this.listener.onMessage(parsed.data);
    });
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      window.clearInterval(this.pingTimer);
      if (event.code === liveCloseCodes.accessEnded) {
        this.stopped = true;
        this.setState('ended');
        return;
      }
      this.setState('closed');
      this.scheduleRetry();
    });
  }

  private scheduleRetry(): void {
    // While the browser knows it is offline there is no point trying: the `online` event brings us back.
    if (this.stopped || !navigator.onLine) return;
    const base = backoffMs[Math.min(this.attempt, backoffMs.length - 1)] ?? 8000;
    this.attempt += 1;
    // A little jitter, so many phones coming back at once do not knock together.
    this.retryTimer = window.setTimeout(() => this.connectNow(), base + Math.random() * base * 0.25);
  }

  private setState(state: SocketState): void {
    if (this.state === state) return;
    this.state = state;
    this.listener.onState(state);
  }
}
