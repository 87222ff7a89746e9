import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { questionnaires } from '../../db/schema/index.js';

export type QuestionnaireRow = typeof questionnaires.$inferSelect;

/** The organisation's questionnaires; every query filters by organisation. */
export function createQuestionnairesRepo(db: DbOrTx) {
  return {
    async insert(values: typeof questionnaires.$inferInsert): Promise<QuestionnaireRow> {
      const [row] = await db.insert(questionnaires).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },
    async list(organisationId: string, withRetired: boolean): Promise<QuestionnaireRow[]> {
      return db
        .select()
        .from(questionnaires)
        .where(
          and(
            eq(questionnaires.organisationId, organisationId),
            withRetired ? undefined : isNull(questionnaires.retiredAt),
          ),
        )
        .orderBy(asc(questionnaires.createdAt), asc(questionnaires.id));
    },
    /** Marks it retired (once); undefined when the organisation has no such questionnaire. */
    async retire(organisationId: string, id: string, at: Date): Promise<QuestionnaireRow | undefined> {
      const [current] = await db
        .select()
        .from(questionnaires)
        .where(and(eq(questionnaires.organisationId, organisationId), eq(questionnaires.id, id)));
      if (!current || current.retiredAt) return current;
      const [row] = await db
        .update(questionnaires)
        .set({ retiredAt: at })
        .where(and(eq(questionnaires.organisationId, organisationId), eq(questionnaires.id, id)))
        .returning();
      return row;
    },
  };
}

export type QuestionnairesRepo = ReturnType<typeof createQuestionnairesRepo>;
