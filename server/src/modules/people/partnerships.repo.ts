import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { partnerships, users } from '../../db/schema/index.js';

const specialist = alias(users, 'specialist');
const participant = alias(users, 'participant');

export function createPartnershipsRepo(db: DbOrTx) {
  const select = () =>
    db
      .select({
        id: partnerships.id,
        startedAt: partnerships.startedAt,
        endedAt: partnerships.endedAt,
        specialistId: specialist.id,
        specialistName: specialist.name,
        participantId: participant.id,
        participantName: participant.name,
      })
      .from(partnerships)
      .innerJoin(specialist, eq(specialist.id, partnerships.specialistId))
      .innerJoin(participant, eq(participant.id, partnerships.participantId));

  return {
    /** All of an organisation's partnerships, or only those one person is part of. */
    async list(
      organisationId: string,
      filter: { specialistId?: string; participantId?: string; activeOnly?: boolean },
    ) {
      const where: SQL[] = [eq(partnerships.organisationId, organisationId)];
      if (filter.specialistId) where.push(eq(partnerships.specialistId, filter.specialistId));
      if (filter.participantId) where.push(eq(partnerships.participantId, filter.participantId));
      if (filter.activeOnly) where.push(isNull(partnerships.endedAt));
      return select()
        .where(and(...where))
        .orderBy(desc(partnerships.startedAt));
    },

    async findInOrg(organisationId: string, id: string) {
      const [row] = await select()
        .where(and(eq(partnerships.organisationId, organisationId), eq(partnerships.id, id)))
        .limit(1);
      return row;
    },

    async findActive(organisationId: string, specialistId: string, participantId: string) {
      const [row] = await db
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(
          and(
            eq(partnerships.organisationId, organisationId),
            eq(partnerships.specialistId, specialistId),
            eq(partnerships.participantId, participantId),
            isNull(partnerships.endedAt),
          ),
        )
        .limit(1);
      return row;
    },

    async insert(row: typeof partnerships.$inferInsert): Promise<{ id: string }> {
      const [created] = await db.insert(partnerships).values(row).returning({ id: partnerships.id });
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async end(organisationId: string, id: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(partnerships)
        .set({ endedAt: at })
        .where(
          and(eq(partnerships.organisationId, organisationId), eq(partnerships.id, id), isNull(partnerships.endedAt)),
        )
        .returning({ id: partnerships.id });
      return rows.length > 0;
    },
  };
}

export type PartnershipsRepo = ReturnType<typeof createPartnershipsRepo>;
