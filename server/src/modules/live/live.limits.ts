import { AppError } from '../../lib/errors.js';

/** A person has a tab or two open, rarely more: twenty sockets for one sign-in is generous. */
export const defaultSocketsPerSignIn = 20;

/** What a slot is held for: the connection, until it closes. */
interface Closable {
  readonly destroyed: boolean;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * How many live sockets each sign-in holds on this server instance. The count is per instance on
 * purpose: a socket costs memory only on the instance holding it, and that is what the cap
 * protects, so no instance needs to ask the others (several instances behind a load balancer may
 * each let one sign-in have this many).
 *
 * A slot is taken before the upgrade, in one synchronous step with the check, so upgrades arriving
 * together cannot all pass; it is freed when the connection closes, whether the upgrade went
 * through or not.
 */
export class SocketSlots {
  private readonly held = new Map<string, number>();

  constructor(readonly perSignIn = defaultSocketsPerSignIn) {}

  /** Holds a slot for the sign-in until `connection` closes; false when every slot is taken. */
  hold(signInSessionId: string, connection: Closable): boolean {
    // Already closed: no upgrade can follow, and no 'close' would come to free the slot.
    if (connection.destroyed) return true;
    const count = this.held.get(signInSessionId) ?? 0;
    if (count >= this.perSignIn) return false;
    this.held.set(signInSessionId, count + 1);
    connection.once('close', () => this.release(signInSessionId));
    return true;
  }

  private release(signInSessionId: string): void {
    const count = (this.held.get(signInSessionId) ?? 1) - 1;
    if (count > 0) this.held.set(signInSessionId, count);
    else this.held.delete(signInSessionId);
  }
}

export class TooManySocketsError extends AppError {
  constructor(limit: number) {
    super(
      429,
      'too_many_sockets',
      `This sign-in already has ${limit} live connections open. Close a tab or window you no longer use and try again.`,
    );
  }
}
