import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { setupTokens } from '../../db/schema/index.js';

/** The one first-run token (row 1), stored hashed. */
export function createSetupTokensRepo(db: DbOrTx) {
  return {
    /** Stores the token of this start, replacing the last one. */
    async put(tokenHash: string, at: Date): Promise<void> {
      await db
        .insert(setupTokens)
        .values({ id: 1, tokenHash })
        .onConflictDoUpdate({ target: setupTokens.id, set: { tokenHash, createdAt: at } });
    },

    /** The current token's hash, its row locked to the end of the transaction; undefined when there is none. */
    async lockCurrent(): Promise<string | undefined> {
      const [row] = await db.select().from(setupTokens).where(eq(setupTokens.id, 1)).for('update');
      return row?.tokenHash;
    },

    async remove(): Promise<void> {
      await db.delete(setupTokens).where(eq(setupTokens.id, 1));
    },
  };
}

export type SetupTokensRepo = ReturnType<typeof createSetupTokensRepo>;
