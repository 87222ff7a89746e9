import { createAccessLogRepo } from '../modules/access-log/access-log.repo.js';
import { createSignInDevicesRepo } from '../modules/auth/sign-in-devices.repo.js';
import { createSignInSessionsRepo } from '../modules/auth/sign-in-sessions.repo.js';
import { createSignInThrottle } from '../modules/auth/sign-in-throttle.js';
import { createInvitationsRepo } from '../modules/invitations/invitations.repo.js';
import { createPartnershipsRepo } from '../modules/people/partnerships.repo.js';
import { createUsersRepo } from '../modules/people/users.repo.js';
import type { Db, DbOrTx } from './client.js';

/** Every repo bound to one handle — the database, or an open transaction. */
export function createRepos(db: DbOrTx) {
  return {
    users: createUsersRepo(db),
    partnerships: createPartnershipsRepo(db),
    invitations: createInvitationsRepo(db),
    accessLog: createAccessLogRepo(db),
    signInSessions: createSignInSessionsRepo(db),
    signInThrottle: createSignInThrottle(db),
    signInDevices: createSignInDevicesRepo(db),
  };
}

export type Repos = ReturnType<typeof createRepos>;

/** Runs `work` in one transaction with repos bound to it: all of it commits, or none of it. */
export function inTransaction<T>(db: Db, work: (repos: Repos) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(createRepos(tx)));
}
