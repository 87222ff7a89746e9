import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Who a report can be narrowed to, and the organisation's current threshold setting. */
export function createReportsRepo(db: DbOrTx) {
  return {
    /** The organisation's small-cell threshold setting (the one in force when no year has its own). */
    async threshold(organisationId: string): Promise<number | undefined> {
      const [row] = await rows<{ threshold: number | null }>(
        db,
        sql`select (settings->>'smallCellThreshold')::int as threshold from organisations where id = ${organisationId}`,
      );
      return row?.threshold ?? undefined;
    },

    /** Specialists of the organisation, disabled ones too (their history is in reports), by name. */
    async specialists(organisationId: string): Promise<{ id: string; name: string }[]> {
      return rows<{ id: string; name: string }>(
        db,
        sql`select id, name from users where organisation_id = ${organisationId} and role = 'specialist' order by lower(name), id`,
      );
    },
  };
}

export type ReportsRepo = ReturnType<typeof createReportsRepo>;
