import type { CommandResult } from '@alongside/shared';

interface AwaitingSeq {
  seq: number;
  result: CommandResult;
  resolve: (result: CommandResult) => void;
  timer: number;
}

/**
 * Acknowledged commands whose event has not reached the plan here yet: each caller is answered
 * once the plan shows its change (so it sees what it did), or after a short wait anyway.
 */
export class AckWaits {
  private readonly awaiting: AwaitingSeq[] = [];

  /** Answers at once when the plan is at `result.seq` already; otherwise when it gets there. */
  resolveWhenShown(planSeq: number | undefined, resolve: (result: CommandResult) => void, result: CommandResult): void {
    if (planSeq !== undefined && planSeq >= result.seq) {
      resolve(result);
      return;
    }
    const timer = window.setTimeout(() => {
      const i = this.awaiting.findIndex((a) => a.timer === timer);
      if (i >= 0) this.awaiting.splice(i, 1);
      resolve(result);
    }, 3000);
    this.awaiting.push({ seq: result.seq, result, resolve, timer });
  }

  /** The plan reached `seq`: answers everyone waiting for it or less. */
  settle(seq: number): void {
    for (let i = this.awaiting.length - 1; i >= 0; i--) {
      const a = this.awaiting[i];
      if (a && a.seq <= seq) {
        window.clearTimeout(a.timer);
        this.awaiting.splice(i, 1);
        a.resolve(a.result);
      }
    }
  }

  /** The page is leaving: everyone is answered now. */
  flush(): void {
    for (const a of this.awaiting.splice(0)) {
      window.clearTimeout(a.timer);
      a.resolve(a.result);
    }
  }
}
