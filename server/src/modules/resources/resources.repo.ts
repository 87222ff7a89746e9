import type { ResourceSearchQuery } from '@alongside/shared';
import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { resources } from '../../db/schema/index.js';

export type ResourceRow = typeof resources.$inferSelect;
export type ResourceInsert = typeof resources.$inferInsert;
export type ResourceUpdate = Partial<Omit<ResourceInsert, 'id' | 'organisationId' | 'createdAt'>>;

/** `%` and `_` typed by a person are literal characters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createResourcesRepo(db: DbOrTx) {
  return {
    async search(organisationId: string, query: ResourceSearchQuery, limit: number): Promise<ResourceRow[]> {
      const where: (SQL | undefined)[] = [eq(resources.organisationId, organisationId)];
      if (query.q) {
        const pattern = likePattern(query.q);
        where.push(or(ilike(resources.name, pattern), ilike(resources.description, pattern)));
      }
      if (query.category) where.push(eq(resources.category, query.category));
      if (query.language) where.push(sql`${resources.languages} @> ${JSON.stringify([query.language])}::jsonb`);
      if (query.pathway) where.push(sql`${resources.pathways} @> ${JSON.stringify([query.pathway])}::jsonb`);
      return db
        .select()
        .from(resources)
        .where(and(...where))
        .orderBy(asc(sql`lower(${resources.name})`), asc(resources.id))
        .limit(limit);
    },

    async listAll(organisationId: string): Promise<ResourceRow[]> {
      return db
        .select()
        .from(resources)
        .where(eq(resources.organisationId, organisationId))
        .orderBy(asc(sql`lower(${resources.name})`), asc(resources.id));
    },

    async findInOrg(organisationId: string, id: string): Promise<ResourceRow | undefined> {
      const [row] = await db
        .select()
        .from(resources)
        .where(and(eq(resources.organisationId, organisationId), eq(resources.id, id)))
        .limit(1);
      return row;
    },

    async insert(row: ResourceInsert): Promise<ResourceRow> {
      const [created] = await db.insert(resources).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async update(organisationId: string, id: string, patch: ResourceUpdate): Promise<ResourceRow | undefined> {
      const [row] = await db
        .update(resources)
        .set(patch)
        .where(and(eq(resources.organisationId, organisationId), eq(resources.id, id)))
        .returning();
      return row;
    },

    async delete(organisationId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(resources)
        .where(and(eq(resources.organisationId, organisationId), eq(resources.id, id)))
        .returning({ id: resources.id });
      return rows.length > 0;
    },
  };
}

export type ResourcesRepo = ReturnType<typeof createResourcesRepo>;
