import { and, desc, eq, isNull, like, lt, ne, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { accessLog, users } from '../../db/schema/index.js';

export type AccessLogInsert = typeof accessLog.$inferInsert;

export function createAccessLogRepo(db: DbOrTx) {
  return {
    async append(rows: AccessLogInsert[]): Promise<void> {
      if (rows.length > 0) await db.insert(accessLog).values(rows);
    },

    /** Rows about one participant, newest first, with the actor's name where the actor is known. */
    async pageForParticipant(
      organisationId: string,
      participantId: string,
      limit: number,
      before?: bigint,
      /** Leave out this actor's own rows ("others only"). */
      excludeActorId?: string,
    ) {
      return (
        db
          .select({
            id: accessLog.id,
            at: accessLog.at,
            actorUserId: accessLog.actorUserId,
            actorRole: accessLog.actorRole,
            actorName: users.name,
            action: accessLog.action,
            outcome: accessLog.outcome,
          })
          .from(accessLog)
          // Same organisation only: an attempt from another tenant never shows that tenant's people.
          .leftJoin(users, and(eq(users.id, accessLog.actorUserId), eq(users.organisationId, organisationId)))
          .where(
            and(
              eq(accessLog.participantId, participantId),
              eq(accessLog.organisationId, organisationId),
              before === undefined ? undefined : lt(accessLog.id, before),
              excludeActorId === undefined
                ? undefined
                : or(isNull(accessLog.actorUserId), ne(accessLog.actorUserId, excludeActorId)),
            ),
          )
          .orderBy(desc(accessLog.id))
          .limit(limit)
      );
    },

    /** One account's own events whose action starts with `prefix`, newest first. */
    async accountEvents(organisationId: string, subjectUserId: string, prefix: string, limit: number) {
      return db
        .select({ at: accessLog.at, action: accessLog.action, actorUserId: accessLog.actorUserId })
        .from(accessLog)
        .where(
          and(
            eq(accessLog.subjectUserId, subjectUserId),
            eq(accessLog.organisationId, organisationId),
            like(accessLog.action, `${prefix}%`),
          ),
        )
        .orderBy(desc(accessLog.id))
        .limit(limit);
    },
  };
}

export type AccessLogRepo = ReturnType<typeof createAccessLogRepo>;
