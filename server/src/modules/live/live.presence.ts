import type { Focus, PresenceMember, Role } from '@alongside/shared';
import type { LiveConnection } from './live.connection.js';
import type { LiveRooms } from './live.rooms.js';

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

/** An instance's heartbeat on the presence channel: everyone it announced is still here. */
export interface InstanceHeartbeat {
  instanceId: string;
  heartbeat: true;
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

export interface LivePresenceDeps {
  /** This instance, in its announcements. */
  instanceId: string;
  /** How long a person stays shown without being heard from. */
  ttlMs: number;
  /** Sends on the presence channel, where every instance (this one too) hears it. */
  announce: (message: PresenceAnnouncement | InstanceHeartbeat) => Promise<void>;
  rooms: Pick<LiveRooms, 'connectionsOf'>;
}

/**
 * Presence on this instance: announces its sockets' comings, goings and focus to every instance,
 * in the order they happened, and shows each room who is there as the announcements come back.
 */
export function createLivePresence(deps: LivePresenceDeps) {
  const table = new PresenceTable(deps.ttlMs);
  /** `${connectionId}:${participantId}` → the focus last announced, to say again on a rename. */
  const focusOf = new Map<string, Focus>();
  const focusKey = (c: LiveConnection, participantId: string) => `${c.id}:${participantId}`;

  function show(participantId: string): void {
    const connections = deps.rooms.connectionsOf(participantId);
    if (!connections) return;
    const members = table.members(participantId);
    for (const c of connections) c.send({ type: 'presence', participantId, members });
  }

  async function announce(c: LiveConnection, participantId: string, focus: Focus, gone: boolean): Promise<void> {
    const a: PresenceAnnouncement = {
      instanceId: deps.instanceId,
      connectionId: c.id,
      participantId,
      userId: c.actor.userId,
      name: c.actor.name,
      role: c.actor.role,
      focus,
      gone,
    };
    // One socket's announcements go out one after another. Sent at once on separate pooled
    // connections they could commit out of order: a focus shown that was already left, or a
    // "gone" overtaken by the "here" before it — a ghost that every heartbeat would keep alive.
    const sent = c.presenceSent.then(() => deps.announce(a));
    c.presenceSent = sent.catch(() => undefined);
    await sent;
  }

  return {
    entered(c: LiveConnection, participantId: string): Promise<void> {
      focusOf.set(focusKey(c, participantId), null);
      return announce(c, participantId, null, false);
    },

    focused(c: LiveConnection, participantId: string, focus: Focus): Promise<void> {
      focusOf.set(focusKey(c, participantId), focus);
      return announce(c, participantId, focus, false);
    },

    left(c: LiveConnection, participantId: string): Promise<void> {
      focusOf.delete(focusKey(c, participantId));
      return announce(c, participantId, null, true);
    },

    /** Says again who the socket is in each of its rooms, so a changed name shows now. */
    async renamed(c: LiveConnection): Promise<void> {
      for (const participantId of c.subscriptions.keys()) {
        await announce(c, participantId, focusOf.get(focusKey(c, participantId)) ?? null, false);
      }
    },

    /** An announcement heard from any instance. */
    heard(message: PresenceAnnouncement | InstanceHeartbeat): void {
      if ('heartbeat' in message) table.touchInstance(message.instanceId, Date.now());
      else show(table.apply(message, Date.now()));
    },

    /** This instance's heartbeat: its people are still here; people of instances gone quiet go. */
    async beat(): Promise<void> {
      await deps.announce({ instanceId: deps.instanceId, heartbeat: true });
      for (const participantId of table.expire(Date.now())) show(participantId);
    },
  };
}

export type LivePresence = ReturnType<typeof createLivePresence>;
