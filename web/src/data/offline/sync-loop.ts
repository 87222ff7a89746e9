/**
 * When to try sending the outbox again: the browser says the network is back (`online`), the
 * page becomes visible again (a phone taken out of a pocket), and every so often in between.
 * The Background Sync API is not relied on: not every browser has it, and a page that is open
 * can do the work itself.
 */
export class SyncTriggers {
  private timer: number | undefined;
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') this.poke();
  };

  constructor(
    private readonly poke: () => void,
    private readonly everyMs = 15_000,
  ) {}

  start(): void {
    window.addEventListener('online', this.poke);
    document.addEventListener('visibilitychange', this.onVisible);
    window.clearInterval(this.timer);
    this.timer = window.setInterval(this.poke, this.everyMs);
  }

  stop(): void {
    window.removeEventListener('online', this.poke);
    document.removeEventListener('visibilitychange', this.onVisible);
    window.clearInterval(this.timer);
    this.timer = undefined;
  }
}

/**
 * Paces sends below the live socket's limit (the server allows a burst, then a steady rate; a
 * message over it is dropped with `rate_limited`), so a long outbox goes out without a refusal.
 */
export class Pacer {
  private tokens: number;
  private at = Date.now();

  constructor(
    private readonly burst = 40,
    private readonly perSecond = 15,
  ) {
    this.tokens = burst;
  }

  /** 0 when a send may go now (and takes its token); otherwise how many ms to wait. */
  take(): number {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }
}
