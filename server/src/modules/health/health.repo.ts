import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

export function createHealthRepo(db: DbOrTx) {
  return {
    /** Rejects when the database cannot be reached (the error handler answers that with 503). */
    async ping(): Promise<void> {
      await db.execute(sql`select 1`);
    },
  };
}

export type HealthRepo = ReturnType<typeof createHealthRepo>;
