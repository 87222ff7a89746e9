import { type LiveServerMessage, zLiveServerMessage } from '@alongside/shared';
import WebSocket from 'ws';
import type { SignedInPerson } from './test-app.js';

/**
 * A real WebSocket client for the live channel, as a browser would open it: with the session
 * cookie and our Origin. It keeps every message it receives and lets a test wait for one.
 */
export class LiveTestClient {
  readonly received: LiveServerMessage[] = [];
  private waiters: { match: (m: LiveServerMessage) => boolean; resolve: (m: LiveServerMessage) => void }[] = [];
  closed: { code: number; reason: string } | undefined;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = zLiveServerMessage.parse(JSON.parse(data.toString()));
      this.received.push(message);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(message)) return true;
        w.resolve(message);
        return false;
      });
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
    });
  }

  static connect(baseUrl: string, person: SignedInPerson | undefined, origin = baseUrl): Promise<LiveTestClient> {
    const url = `${baseUrl.replace(/^http/, 'ws')}/api/live`;
    const headers: Record<string, string> = { origin };
    if (person) headers.cookie = `alongside_session=${person.cookie}`;
    const socket = new WebSocket(url, { headers });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new LiveTestClient(socket)));
      socket.once('unexpected-response', (req, res) => {
        // With this listener ws leaves the refused request open; end it so the server can shut down.
        req.destroy();
        reject(new Error(`upgrade refused: ${res.statusCode}`));
      });
      socket.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Resolves with the first message (already received or coming) that matches. */
  waitFor<T extends LiveServerMessage['type']>(
    type: T,
    match: (m: Extract<LiveServerMessage, { type: T }>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Extract<LiveServerMessage, { type: T }>> {
    const test = (m: LiveServerMessage): boolean =>
      m.type === type && match(m as Extract<LiveServerMessage, { type: T }>);
    const already = this.received.find(test);
    if (already) return Promise.resolve(already as Extract<LiveServerMessage, { type: T }>);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${type}`)), timeoutMs);
      this.waiters.push({
        match: test,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<LiveServerMessage, { type: T }>);
        },
      });
    });
  }

  /** Like `waitFor`, but only for a message that arrives after this call (earlier ones are ignored). */
  waitForNext<T extends LiveServerMessage['type']>(
    type: T,
    match: (m: Extract<LiveServerMessage, { type: T }>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Extract<LiveServerMessage, { type: T }>> {
    const from = this.received.length;
    return this.waitFor(type, (m) => this.received.indexOf(m) >= from && match(m), timeoutMs);
  }

  /**
   * A ping round trip: once the pong is here, everything the server sent on this socket before
   * answering the ping has been received too.
   */
  async sync(timeoutMs = 5000): Promise<void> {
    const pong = this.waitForNext('pong', () => true, timeoutMs);
    this.send({ type: 'ping' });
    await pong;
  }

  /** The messages of one type received so far. */
  all<T extends LiveServerMessage['type']>(type: T): Extract<LiveServerMessage, { type: T }>[] {
    return this.received.filter((m): m is Extract<LiveServerMessage, { type: T }> => m.type === type);
  }

  /**
   * Stops reading from the network, as a frozen or backgrounded client would: what the server
   * sends piles up in the socket buffers. `resumeReading` undoes it.
   */
  pauseReading(): void {
    this.socket.pause();
  }

  resumeReading(): void {
    this.socket.resume();
  }

  waitForClose(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket did not close')), timeoutMs);
      this.socket.once('close', (code, reason) => {
        clearTimeout(timer);
        resolve({ code, reason: reason.toString() });
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}
