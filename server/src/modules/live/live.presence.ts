import type { Focus, PresenceMember, Role } from '@alongside/shared';

/** One socket's presence as announced on the presence channel (ephemeral, never stored). */
export interface PresenceAnnouncement {
  instanceId: string;
  connectionId: string;
  participantId: string;
  userId: string;
  name: string;
  role: Role;
  focus: Focus;
  gone: boolean;
}

/**
 * Who is in each plan's room across all server instances, fed by presence announcements. An
 * instance re-announces its sockets every heartbeat; entries not heard from for `ttlMs` vanish,
 * so a crashed instance's people disappear by themselves.
 */
export class PresenceTable {
  private readonly entries = new Map<string, { a: PresenceAnnouncement; heardAt: number }>();

  constructor(private readonly ttlMs: number) {}

  /** Applies an announcement; returns the participant whose room changed. */
  apply(a: PresenceAnnouncement, now: number): string {
    const key = `${a.instanceId}:${a.connectionId}:${a.participantId}`;
    if (a.gone) this.entries.delete(key);
    else this.entries.set(key, { a, heardAt: now });
    return a.participantId;
  }

  /** An instance's heartbeat: everyone it announced is still here. */
  touchInstance(instanceId: string, now: number): void {
    for (const entry of this.entries.values()) if (entry.a.instanceId === instanceId) entry.heardAt = now;
  }

  /** Drops what has not been heard from; returns the rooms that changed. */
  expire(now: number): Set<string> {
    const changed = new Set<string>();
    for (const [key, entry] of this.entries) {
      if (now - entry.heardAt > this.ttlMs) {
        this.entries.delete(key);
        changed.add(entry.a.participantId);
      }
    }
    return changed;
  }

  /** One entry per person (several tabs count once; the latest focus wins). */
  members(participantId: string): PresenceMember[] {
    const byUser = new Map<string, { member: PresenceMember; heardAt: number }>();
    for (const { a, heardAt } of this.entries.values()) {
      if (a.participantId !== participantId) continue;
      const existing = byUser.get(a.userId);
      if (!existing || heardAt >= existing.heardAt) {
        byUser.set(a.userId, { member: { userId: a.userId, name: a.name, role: a.role, focus: a.focus }, heardAt });
      }
    }
    return [...byUser.values()].map((x) => x.member).sort((x, y) => x.role.localeCompare(y.role));
  }
}
