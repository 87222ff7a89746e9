import type { PlanCommand } from '@alongside/shared';
import type { OutboxEntry } from './db.js';

/** The text fields an edit may carry, in the order they are shown. */
const textFields = ['title', 'why', 'text', 'question', 'label', 'howToReach', 'response'] as const;
export type ConflictField = (typeof textFields)[number];

export interface ConflictLine {
  field: ConflictField;
  /** The person's queued words. */
  theirs: string;
  /** The words there now (someone else's change, accepted meanwhile). */
  current: string;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The two versions of each text field the queued edit changes, side by side — only the fields
 * whose words differ (an empty "why" on both sides is not a choice to make), unless none do.
 */
export function conflictLines(entry: OutboxEntry): ConflictLine[] {
  const current = (entry.refusal?.current ?? {}) as Record<string, unknown>;
  const command = entry.command as Record<string, unknown>;
  const lines = textFields
    .filter((f) => f in command && command[f] !== undefined)
    .map((field) => ({ field, theirs: textOf(command[field]), current: textOf(current[field]) }));
  const differing = lines.filter((l) => l.theirs !== l.current);
  return differing.length ? differing : lines;
}

/** The version the item is at now, from a `stale_version` refusal. */
function currentVersion(entry: OutboxEntry): number | undefined {
  const version = (entry.refusal?.current as { version?: unknown } | undefined)?.version;
  return typeof version === 'number' ? version : undefined;
}

/**
 * "Keep mine": the same edit, made against the version there now — it replaces the newer text
 * because the person chose so, having seen it. Undefined when the refusal named no version.
 */
export function keepMine(entry: OutboxEntry): PlanCommand | undefined {
  const version = currentVersion(entry);
  if (version === undefined || !('version' in entry.command)) return undefined;
  return { ...entry.command, version } as PlanCommand;
}
