import { defaultOrganisationSettings, type SetupRequest } from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Clock } from '../../lib/clock.js';
import { ConflictError, GoneError } from '../../lib/errors.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { assertAcceptablePassword, hashPassword } from '../auth/index.js';
import type { OrganisationRow, OrganisationsRepo } from '../organisation/index.js';
import type { UserRow, UsersRepo } from '../people/index.js';
import type { OrganisationLinksRepo } from './organisation-links.repo.js';
import type { SetupTokensRepo } from './setup-tokens.repo.js';

export interface NewOrganisation {
  organisationName: string;
  adminName: string;
  email: string;
  password: string;
}

export type FirstAdmin = Omit<NewOrganisation, 'organisationName'>;

/** What making an organisation writes, in one transaction. */
interface OrganisationWrites {
  organisations: Pick<OrganisationsRepo, 'any' | 'insert' | 'findById'>;
  users: Pick<UsersRepo, 'findByEmail' | 'insert'>;
}

export interface SetupDeps {
  organisations: Pick<OrganisationsRepo, 'any' | 'findById'>;
  setupTokens: Pick<SetupTokensRepo, 'put'>;
  organisationLinks: Pick<OrganisationLinksRepo, 'findByTokenHash'>;
  unitOfWork: UnitOfWork<
    OrganisationWrites & {
      setupTokens: Pick<SetupTokensRepo, 'lockCurrent' | 'remove'>;
      organisationLinks: Pick<OrganisationLinksRepo, 'put' | 'lockByTokenHash' | 'remove'>;
    }
  >;
  clock: Clock;
}

/** An operator's link to another organisation's first admin lasts as long as an invitation. */
const organisationLinkLifetimeMs = 7 * 24 * 3600_000;

const linkInvalid = () =>
  new GoneError('setup_link_invalid', 'This setup link has expired or was already used. Ask for a new one.');

/**
 * First run. While the database holds no organisation, every start mints a fresh one-time token
 * (stored hashed) and prints the setup link; opening it creates the organisation and its first admin.
 */
export function createSetupService(deps: SetupDeps) {
  const { organisations, setupTokens, organisationLinks, unitOfWork, clock } = deps;

  /** The organisation's first admin; the caller's transaction has made or locked the organisation. */
  async function insertFirstAdmin(
    repos: OrganisationWrites,
    org: OrganisationRow,
    input: FirstAdmin,
  ): Promise<{ admin: UserRow; organisationName: string }> {
    assertAcceptablePassword(input.password);
    if (await repos.users.findByEmail(input.email)) {
      throw new ConflictError('email_taken', 'This email address already has an account.', 'email');
    }
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

  /** Creates a tenant and its first admin (the first run). */
  async function createOrganisation(repos: OrganisationWrites, input: NewOrganisation) {
    assertAcceptablePassword(input.password);
    const org = await repos.organisations.insert({
      name: input.organisationName,
      settings: defaultOrganisationSettings,
    });
    return insertFirstAdmin(repos, org, input);
  }

  return {
    hasOrganisation: () => organisations.any(),

    /** Returns the token for the setup link, or null when setup is already done. */
    async prepareFirstRun(): Promise<string | null> {
      if (await organisations.any()) return null;
      const token = newToken();
      await setupTokens.put(hashToken(token), clock.now());
      return token;
    },

    /**
     * The operator's `npm run org:create`: another organisation on this server, with no one in it
     * yet, and the one-time link that makes its first admin.
     */
    async createOrganisationWithLink(name: string): Promise<{ organisation: OrganisationRow; token: string }> {
      const token = newToken();
      const now = clock.now();
      const organisation = await unitOfWork.run(async (repos) => {
        const org = await repos.organisations.insert({ name, settings: defaultOrganisationSettings });
        await repos.organisationLinks.put({
          organisationId: org.id,
          tokenHash: hashToken(token),
          createdAt: now,
          expiresAt: new Date(now.getTime() + organisationLinkLifetimeMs),
        });
        return org;
      });
      return { organisation, token };
    },

    /** What the setup page shows before the form: the organisation the link is for. */
    async previewOrganisationLink(token: string): Promise<{ organisationName: string }> {
      const link = await organisationLinks.findByTokenHash(hashToken(token));
      if (!link || link.expiresAt <= clock.now()) throw linkInvalid();
      const org = await organisations.findById(link.organisationId);
      if (!org) throw linkInvalid();
      return { organisationName: org.name };
    },

    async completeOrganisationLink(input: FirstAdmin & { token: string }) {
      return unitOfWork.run(async (repos) => {
        const link = await repos.organisationLinks.lockByTokenHash(hashToken(input.token));
        if (!link || link.expiresAt <= clock.now()) throw linkInvalid();
        const org = await repos.organisations.findById(link.organisationId);
        if (!org) throw linkInvalid();
        const created = await insertFirstAdmin(repos, org, input);
        await repos.organisationLinks.remove(org.id);
        return created;
      });
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
