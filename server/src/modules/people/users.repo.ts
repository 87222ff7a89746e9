import type { Role } from '@alongside/shared';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organisations, users } from '../../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;

export function createUsersRepo(db: DbOrTx) {
  return {
    async findByEmail(email: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      return row;
    },

    /** Filtered by organisation inside the query: another tenant's id finds nothing. */
    async findInOrg(organisationId: string, id: string): Promise<UserRow | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(and(eq(users.organisationId, organisationId), eq(users.id, id)))
        .limit(1);
      return row;
    },

    async findWithOrganisation(id: string) {
      const [row] = await db
        .select({ user: users, organisationName: organisations.name, organisationSettings: organisations.settings })
        .from(users)
        .innerJoin(organisations, eq(organisations.id, users.organisationId))
        .where(eq(users.id, id))
        .limit(1);
      return row;
    },

    async listInOrg(organisationId: string): Promise<UserRow[]> {
      return db
        .select()
        .from(users)
        .where(eq(users.organisationId, organisationId))
        .orderBy(asc(users.role), asc(sql`lower(${users.name})`));
    },

    async insert(row: typeof users.$inferInsert): Promise<UserRow> {
      const [created] = await db.insert(users).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async update(
      organisationId: string,
      id: string,
      patch: Partial<Pick<UserRow, 'name' | 'language' | 'disabledAt' | 'passwordHash'>>,
    ) {
      const [row] = await db
        .update(users)
        .set(patch)
        .where(and(eq(users.organisationId, organisationId), eq(users.id, id)))
        .returning();
      return row;
    },

    async countByRole(organisationId: string, role: Role): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(and(eq(users.organisationId, organisationId), eq(users.role, role), sql`${users.disabledAt} is null`));
      return row?.n ?? 0;
    },
  };
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;
