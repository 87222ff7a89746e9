import { defaultOrganisationSettings, type SetupRequest } from '@alongside/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations, setupTokens, users } from '../../db/schema/index.js';
import { ConflictError, GoneError } from '../../lib/errors.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { assertAcceptablePassword, hashPassword } from '../auth/passwords.js';
import type { UserRow } from '../people/users.repo.js';

export interface NewOrganisation {
  organisationName: string;
  adminName: string;
  email: string;
  password: string;
}

/**
 * First run. While the database holds no organisation, every start mints a fresh one-time token
 * (stored hashed) and prints the setup link; opening it creates the organisation and its first admin.
 */
export function createSetupService(deps: { db: Db }) {
  const { db } = deps;

  const hasOrganisation = () => hasOrganisationIn(db);

  /** Creates a tenant and its first admin. Also how an operator adds another organisation. */
  async function createOrganisation(
    tx: Db,
    input: NewOrganisation,
  ): Promise<{ admin: UserRow; organisationName: string }> {
    assertAcceptablePassword(input.password);
    const taken = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    if (taken.length > 0) throw new ConflictError('email_taken', 'This email address already has an account.', 'email');
    const [org] = await tx
      .insert(organisations)
      .values({ name: input.organisationName, settings: defaultOrganisationSettings })
      .returning();
    if (!org) throw new Error('insert returned no row');
    const [admin] = await tx
      .insert(users)
      .values({
        organisationId: org.id,
        email: input.email,
        name: input.adminName,
        role: 'admin',
        passwordHash: await hashPassword(input.password),
        language: org.settings.defaultLanguage,
      })
      .returning();
    if (!admin) throw new Error('insert returned no row');
    return { admin, organisationName: org.name };
  }

  return {
    hasOrganisation,
    createOrganisation: (input: NewOrganisation) =>
      db.transaction((tx) => createOrganisation(tx as unknown as Db, input)),

    /** Returns the token for the setup link, or null when setup is already done. */
    async prepareFirstRun(): Promise<string | null> {
      if (await hasOrganisation()) return null;
      const token = newToken();
      await db
        .insert(setupTokens)
        .values({ id: 1, tokenHash: hashToken(token) })
        .onConflictDoUpdate({ target: setupTokens.id, set: { tokenHash: hashToken(token), createdAt: new Date() } });
      return token;
    },

    async completeFirstRun(input: SetupRequest) {
      return db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Db;
        // Lock the token row: two people opening the link at once cannot both create an organisation.
        const [row] = await tx.select().from(setupTokens).where(eq(setupTokens.id, 1)).for('update');
        if (!row || (await hasOrganisationIn(tx))) {
          throw new GoneError('setup_done', 'Alongside is already set up. Please sign in.');
        }
        if (row.tokenHash !== hashToken(input.token)) {
          throw new GoneError(
            'setup_link_invalid',
            'This setup link is not the current one. Use the link printed at the latest start.',
          );
        }
        const created = await createOrganisation(tx, input);
        await tx.delete(setupTokens).where(eq(setupTokens.id, 1));
        return created;
      });
    },
  };
}

async function hasOrganisationIn(tx: Db): Promise<boolean> {
  const rows = await tx.select({ id: organisations.id }).from(organisations).limit(1);
  return rows.length > 0;
}

export type SetupService = ReturnType<typeof createSetupService>;
