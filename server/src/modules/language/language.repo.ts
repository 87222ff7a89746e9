import { and, asc, count, eq, gte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { languageNudgeEvents, languageTerms, languageTermsOff } from '../../db/schema/index.js';

export type LanguageTermRow = typeof languageTerms.$inferSelect;
export type LanguageTermInsert = typeof languageTerms.$inferInsert;
export type LanguageTermUpdate = Partial<Omit<LanguageTermInsert, 'id' | 'organisationId' | 'createdAt'>>;
export type NudgeEventInsert = typeof languageNudgeEvents.$inferInsert;

/** Every query is filtered by organisation: tenants never see each other's terms or counts. */
export function createLanguageRepo(db: DbOrTx) {
  return {
    async listTerms(organisationId: string): Promise<LanguageTermRow[]> {
      return db
        .select()
        .from(languageTerms)
        .where(eq(languageTerms.organisationId, organisationId))
        .orderBy(asc(languageTerms.createdAt), asc(languageTerms.id));
    },

    async countTerms(organisationId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(languageTerms)
        .where(eq(languageTerms.organisationId, organisationId));
      return row?.n ?? 0;
    },

    async insertTerm(row: LanguageTermInsert): Promise<LanguageTermRow> {
      const [created] = await db.insert(languageTerms).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async updateTerm(organisationId: string, id: string, patch: LanguageTermUpdate) {
      const [row] = await db
        .update(languageTerms)
        .set(patch)
        .where(and(eq(languageTerms.organisationId, organisationId), eq(languageTerms.id, id)))
        .returning();
      return row;
    },

    async deleteTerm(organisationId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(languageTerms)
        .where(and(eq(languageTerms.organisationId, organisationId), eq(languageTerms.id, id)))
        .returning({ id: languageTerms.id });
      return rows.length > 0;
    },

    async listOff(organisationId: string): Promise<string[]> {
      const rows = await db
        .select({ key: languageTermsOff.termKey })
        .from(languageTermsOff)
        .where(eq(languageTermsOff.organisationId, organisationId))
        .orderBy(asc(languageTermsOff.termKey));
      return rows.map((r) => r.key);
    },

    async switchOff(organisationId: string, termKey: string, at: Date): Promise<void> {
      await db.insert(languageTermsOff).values({ organisationId, termKey, at }).onConflictDoNothing();
    },

    async switchOn(organisationId: string, termKey: string): Promise<void> {
      await db
        .delete(languageTermsOff)
        .where(and(eq(languageTermsOff.organisationId, organisationId), eq(languageTermsOff.termKey, termKey)));
    },

    async countNudgesSince(organisationId: string, since: Date): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(languageNudgeEvents)
        .where(and(eq(languageNudgeEvents.organisationId, organisationId), gte(languageNudgeEvents.at, since)));
      return row?.n ?? 0;
    },

    async insertNudges(rows: NudgeEventInsert[]): Promise<void> {
      if (rows.length > 0) await db.insert(languageNudgeEvents).values(rows);
    },
  };
}

export type LanguageRepo = ReturnType<typeof createLanguageRepo>;
