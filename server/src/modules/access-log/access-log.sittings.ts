import type { Role } from '@alongside/shared';
import { type AccessArea, type AccessSitting, accessAreaOf, isReadAction } from '@alongside/shared';

/** One access-log row as the sittings are made from it (newest first). */
export interface SittingRow {
  id: bigint;
  at: Date;
  actorUserId: string | null;
  actorRole: Role | null;
  actorName: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
}

interface Draft {
  rows: SittingRow[];
  /** The oldest row's time so far: a row joins if it is at most the gap older. */
  fromMs: number;
}

export interface Grouped {
  drafts: SittingRow[][];
  /** Where the next page starts (exclusive), or null when the record's start was reached. */
  nextBefore: bigint | null;
  /** False when the rows ran out before a page could end: read more and group again. */
  complete: boolean;
}

/**
 * Groups rows (newest first) into sittings: the same actor and the same outcome, each row within
 * `gapMs` of the previous one of that sitting — other people's rows in between do not split it.
 * A page ends only where no sitting can continue (every open one is more than the gap away), so
 * the next page never holds the rest of a sitting already shown. With `exhausted` the rows are the
 * start of the record; with `atCap` no more will be read, and a page may end inside a sitting.
 */
export function groupSittings(
  rows: readonly SittingRow[],
  options: { minSittings: number; gapMs: number; exhausted: boolean; atCap: boolean },
): Grouped {
  const open = new Map<string, Draft>();
  const drafts: Draft[] = [];
  for (const row of rows) {
    const at = row.at.getTime();
    const allClosed = [...open.values()].every((d) => d.fromMs - at > options.gapMs);
    if (drafts.length >= options.minSittings && allClosed) {
      return { drafts: drafts.map((d) => d.rows), nextBefore: row.id + 1n, complete: true };
    }
    const key = `${row.actorUserId ?? 'none'}|${row.outcome}`;
    const draft = open.get(key);
    if (draft && draft.fromMs - at <= options.gapMs) {
      draft.rows.push(row);
      draft.fromMs = at;
    } else {
      const started = { rows: [row], fromMs: at };
      open.set(key, started);
      drafts.push(started);
    }
  }
  const last = rows.at(-1);
  if (options.exhausted || !last) return { drafts: drafts.map((d) => d.rows), nextBefore: null, complete: true };
  return { drafts: drafts.map((d) => d.rows), nextBefore: last.id, complete: options.atCap };
}

/** A sitting's rows (newest first) as the participant reads them. */
export function toSitting(rows: readonly SittingRow[], self: { id: string; name: string }): AccessSitting {
  const newest = rows[0] as SittingRow;
  const oldest = rows.at(-1) as SittingRow;
  const areas = new Set<AccessArea>(rows.map((r) => accessAreaOf(r.action)));
  const isSelf = newest.actorUserId === self.id;
  const actions = new Map<string, number>();
  for (const r of rows) actions.set(r.action, (actions.get(r.action) ?? 0) + 1);
  return {
    id: newest.id.toString(),
    from: oldest.at.toISOString(),
    to: newest.at.toISOString(),
    count: rows.length,
    actor: {
      id: newest.actorUserId,
      name: isSelf ? self.name : (newest.actorName ?? ''),
      role: newest.actorRole,
    },
    self: isSelf,
    outcome: newest.outcome,
    areas: [...areas],
    // A sitting is one line, but nothing in it is hidden: every kind of action, with its count.
    actions: [...actions]
      .map(([action, count]) => ({ action, count }))
      .sort((a, b) => b.count - a.count)
      .slice(0, 20),
    looked: rows.some((r) => isReadAction(r.action)),
    changed: rows.some((r) => !isReadAction(r.action)),
  };
}
