import type { NudgeOutcome } from '@alongside/shared';
import { maxNudgeEventsPerBatch } from '@alongside/shared';
import { languageApi } from '../../data/language-client.js';

/**
 * What became of the nudges, sent in batches for the supervisors' counts: a term key and an
 * outcome, never the words written nor whom they were about. Losing a batch (offline, a closed
 * tab) loses a few counts, nothing a person wrote.
 */
const queue: { termKey: string; outcome: NudgeOutcome }[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
const delayMs = 5_000;

export function recordNudge(termKey: string, outcome: NudgeOutcome): void {
  queue.push({ termKey, outcome });
  if (queue.length >= maxNudgeEventsPerBatch) flushNudges();
  else timer ??= setTimeout(flushNudges, delayMs);
}

export function flushNudges(): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
  while (queue.length > 0) {
    const events = queue.splice(0, maxNudgeEventsPerBatch);
    languageApi.recordNudges({ events }).catch(() => undefined);
  }
}

// A page left within the delay still sends what it saw.
addEventListener('pagehide', flushNudges);
