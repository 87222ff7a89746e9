import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';

/** One connection through the proxy: the app's side, the database's side, and answers held back. */
interface Link {
  readonly app: Socket;
  readonly database: Socket;
  /** Answers from the database not passed on yet; undefined while they flow. */
  held: Buffer[] | undefined;
  /** The database closed its side while answers were held: the app's side ends once they are delivered. */
  databaseClosed: boolean;
  /** This connection's port at the database (PostgreSQL's `client_port`), once connected. */
  port?: number;
}

/**
 * A TCP proxy between the app and PostgreSQL that a test can cut and reopen, standing in for a
 * database restart or a network failure; it always listens on the same port.
 *
 * It can also hold a connection's answers back from the moment the app sends a given statement
 * on it (say its COMMIT), so that a test knows what is in flight — a transaction open, a COMMIT
 * perhaps done but not answered — when it cuts. Statements are recognised in the bytes of the
 * wire protocol, where their text travels as it was written.
 */
export class CuttableProxy {
  private server: Server | undefined;
  private readonly links = new Set<Link>();
  private trigger: RegExp | undefined;
  private waiters: { count: number; resolve: () => void }[] = [];
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** A proxy in front of the database at `url`, listening; answers the URL that goes through it. */
  static async inFrontOf(url: string): Promise<{ proxy: CuttableProxy; url: string }> {
    const direct = new URL(url);
    const proxy = new CuttableProxy(direct.hostname, Number(direct.port || 5432));
    await proxy.start();
    const viaProxy = new URL(direct);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    return { proxy, url: viaProxy.toString() };
  }

  async start(): Promise<void> {
    const server = createServer((app) => this.link(app));
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Refuses new connections (the port is closed at once); those open stay as they are. */
  stopAccepting(): void {
    this.server?.close();
    this.server = undefined;
  }

  /** Refuses new connections and drops every open one; nothing held is delivered. */
  cut(): void {
    this.trigger = undefined;
    this.stopAccepting();
    for (const link of this.links) {
      link.held = undefined;
      link.app.destroy();
      link.database.destroy();
    }
  }

  /**
   * From now on, a connection on which the app sends a statement matching `trigger` has the
   * database's answers held back, that statement's first, until `deliver` (after which a new match
   * holds them again) or `cut`. Undefined stops holding any more. The text is matched within the
   * protocol's bytes, where a length byte may stand just before it: `/commit\b/i`, not `/\bcommit/`.
   */
  holdAfter(trigger: RegExp | undefined): void {
    this.trigger = trigger;
  }

  /**
   * Resolves once `count` connections are holding answers back, each at least one: the database
   * has run the statement that triggered the hold (a COMMIT is done), and the app has not heard.
   */
  holding(count: number): Promise<void> {
    if (this.answersHeld() >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** Delivers every answer held back; those connections then pass answers on again. */
  deliver(): void {
    for (const link of this.heldLinks()) {
      for (const chunk of link.held ?? []) link.app.write(chunk);
      link.held = undefined;
      if (link.databaseClosed && !link.app.destroyed) link.app.end();
    }
  }

  /**
   * The local port of open connections to the database, as PostgreSQL sees them (`client_port`):
   * all of them, or those holding answers back.
   */
  databasePorts(which: 'all' | 'holding' = 'all'): number[] {
    const links = which === 'all' ? [...this.links] : this.heldLinks();
    return links.flatMap((l) => (l.port === undefined ? [] : [l.port]));
  }

  /** Resolves once the database has closed its side of the connections on these ports. */
  async databaseClosed(ports: number[]): Promise<void> {
    const open = () => [...this.links].some((l) => l.port !== undefined && ports.includes(l.port) && !l.databaseClosed);
    while (open()) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  private heldLinks(): Link[] {
    return [...this.links].filter((l) => l.held !== undefined);
  }

  private answersHeld(): number {
    return this.heldLinks().filter((l) => (l.held?.length ?? 0) > 0).length;
  }

  private link(app: Socket): void {
    const database = connect(this.targetPort, this.targetHost);
    const link: Link = { app, database, held: undefined, databaseClosed: false };
    this.links.add(link);
    database.on('connect', () => {
      link.port = database.localPort;
    });
    app.on('data', (chunk) => {
      database.write(chunk);
      if (link.held === undefined && this.trigger?.test(chunk.toString('latin1'))) link.held = [];
    });
    database.on('data', (chunk) => {
      if (!link.held) {
        app.write(chunk);
        return;
      }
      link.held.push(chunk);
      const held = this.answersHeld();
      this.waiters = this.waiters.filter((w) => {
        if (held < w.count) return true;
        w.resolve();
        return false;
      });
    });
    app.on('error', () => app.destroy());
    database.on('error', () => database.destroy());
    app.on('close', () => {
      database.destroy();
      this.links.delete(link);
    });
    database.on('close', () => {
      link.databaseClosed = true;
      // What the database said last (a FATAL before it hung up) reaches the app with the rest.
      if (link.held === undefined && !app.destroyed) app.end();
    });
  }
}
