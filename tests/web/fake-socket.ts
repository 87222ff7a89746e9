import type { LiveClientMessage, LiveServerMessage } from '@alongside/shared';
import { vi } from 'vitest';

/**
 * The server's end of `/api/live`, played by the test: stands in for the browser's WebSocket
 * (the network is outside the product). Each socket the app opens is kept, in order, so a test
 * can open it, answer what the app sends, and drop it as a network would.
 */
export class FakeSocket extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];

  readyState = FakeSocket.CONNECTING;
  /** What the app sent on this socket, parsed. */
  readonly sent: LiveClientMessage[] = [];

  constructor(readonly url: string) {
    super();
    FakeSocket.all.push(this);
  }

  /** The app sends. */
  send(data: string): void {
    this.sent.push(JSON.parse(data) as LiveClientMessage);
  }

  /** The app closes. */
  close(code = 1000): void {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.dispatchEvent(Object.assign(new Event('close'), { code }));
  }

  /** The connection is made. */
  open(): void {
    this.readyState = FakeSocket.OPEN;
    this.dispatchEvent(new Event('open'));
  }

  /** The server says something. */
  receive(message: LiveServerMessage): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data: JSON.stringify(message) }));
  }

  /** The network drops the connection. */
  drop(): void {
    this.close(1006);
  }

  /** The commands the app sent, in order. */
  commands() {
    return this.sent.flatMap((m) => (m.type === 'command' ? [m] : []));
  }
}

/** Puts the fake in place of the browser's WebSocket; the sockets opened so far are forgotten. */
export function useFakeSockets(): void {
  FakeSocket.all = [];
  vi.stubGlobal('WebSocket', FakeSocket);
}

/** The socket the app opened last, once it has opened one. */
export async function nextSocket(count: number): Promise<FakeSocket> {
  await vi.waitFor(() => {
    if (FakeSocket.all.length < count) throw new Error(`the app has opened ${FakeSocket.all.length} sockets`);
  });
  const socket = FakeSocket.all[count - 1];
  if (!socket) throw new Error('no socket');
  return socket;
}
