import { defaultOrganisationSettings, type SetupRequest } from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Clock } from '../../lib/clock.js';
import { ConflictError, GoneError } from '../../lib/errors.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { assertAcceptablePassword, hashPassword } from '../auth/index.js';
import type { OrganisationsRepo } from '../organisation/index.js';
import type { UserRow, UsersRepo } from '../people/index.js';
import type { SetupTokensRepo } from './setup-tokens.repo.js';

export interface NewOrganisation {
  organisationName: string;
  adminName: string;
  email: string;
  password: string;
}

/** What making an organisation writes, in one transaction. */
interface OrganisationWrites {
  organisations: Pick<OrganisationsRepo, 'any' | 'insert'>;
  users: Pick<UsersRepo, 'findByEmail' | 'insert'>;
}

export interface SetupDeps {
  organisations: Pick<OrganisationsRepo, 'any'>;
  setupTokens: Pick<SetupTokensRepo, 'put'>;
  unitOfWork: UnitOfWork<OrganisationWrites & { setupTokens: Pick<SetupTokensRepo, 'lockCurrent' | 'remove'> }>;
  clock: Clock;
}

/**
 * First run. While the database holds no organisation, every start mints a fresh one-time token
 * (stored hashed) and prints the setup link; opening it creates the organisation and its first admin.
 */
export function createSetupService(deps: SetupDeps) {
  const { organisations, setupTokens, unitOfWork, clock } = deps;

  /** Creates a tenant and its first admin. Also how an operator adds another organisation. */
  async function createOrganisation(
    repos: OrganisationWrites,
    input: NewOrganisation,
  ): Promise<{ admin: UserRow; organisationName: string }> {
    assertAcceptablePassword(input.password);
    if (await repos.users.findByEmail(input.email)) {
      throw new ConflictError('email_taken', 'This email address already has an account.', 'email');
    }
    const org = await repos.organisations.insert({
      name: input.organisationName,
      settings: defaultOrganisationSettings,
    });
    const admin = await repos.users.insert({
      organisationId: org.id,
      email: input.email,
      name: input.adminName,
      role: 'admin',
      passwordHash: await hashPassword(input.password),
      language: org.settings.defaultLanguage,
    });
    return { admin, organisationName: org.name };
  }

  return {
    hasOrganisation: () => organisations.any(),
    createOrganisation: (input: NewOrganisation) => unitOfWork.run((repos) => createOrganisation(repos, input)),

    /** Returns the token for the setup link, or null when setup is already done. */
    async prepareFirstRun(): Promise<string | null> {
      if (await organisations.any()) return null;
      const token = newToken();
      await setupTokens.put(hashToken(token), clock.now());
      return token;
    },

    async completeFirstRun(input: SetupRequest) {
      return unitOfWork.run(async (repos) => {
        // Lock the token row: two people opening the link at once cannot both create an organisation.
        const tokenHash = await repos.setupTokens.lockCurrent();
        if (tokenHash === undefined || (await repos.organisations.any())) {
          throw new GoneError('setup_done', 'Alongside is already set up. Please sign in.');
        }
        if (tokenHash !== hashToken(input.token)) {
          throw new GoneError(
            'setup_link_invalid',
            'This setup link is not the current one. Use the link printed at the latest start.',
          );
        }
        const created = await createOrganisation(repos, input);
        await repos.setupTokens.remove();
        return created;
      });
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
