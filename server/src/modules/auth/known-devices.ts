import { hashToken, newToken } from '../../lib/tokens.js';
import type { UserRow } from '../people/index.js';
import type { SignInDevicesRepo } from './sign-in-devices.repo.js';

/** How long a browser stays known after its last successful sign-in. */
export const knownDeviceDays = 90;

export interface DeviceCookie {
  token: string;
  expiresAt: Date;
}

/**
 * Browsers that have signed in to an account before (OWASP's device cookie). The cookie is a
 * random token stored only as its hash; it names one account and is good only with that
 * account's email, until it expires. It is replaced at every successful sign-in.
 */
export function createKnownDevices(deps: { repo: SignInDevicesRepo }) {
  const { repo } = deps;
  return {
    /**
     * The device this cookie names, when it signed in to the account with this email and is still
     * valid; otherwise null. Needs no lookup of the email, so it says nothing about whether an
     * account has it.
     */
    async recognise(token: string | undefined, email: string, now: Date): Promise<{ id: string } | null> {
      if (!token) return null;
      const row = await repo.findByTokenHash(hashToken(token));
      if (!row || row.email !== email || row.expiresAt <= now) return null;
      return { id: row.id };
    },

    /** After a successful sign-in: a fresh cookie for this browser, which is now known to the account. */
    async remember(
      user: UserRow,
      known: { id: string } | null,
      presented: string | undefined,
      now: Date,
    ): Promise<DeviceCookie> {
      const token = newToken();
      const expiresAt = new Date(now.getTime() + knownDeviceDays * 86_400_000);
      if (known) {
        await repo.renew(known.id, hashToken(token), now, expiresAt);
      } else {
        await repo.forget(user.id, presented ? hashToken(presented) : undefined, now);
        await repo.insert({
          tokenHash: hashToken(token),
          userId: user.id,
          organisationId: user.organisationId,
          signedInAt: now,
          expiresAt,
        });
      }
      return { token, expiresAt };
    },
  };
}

export type KnownDevices = ReturnType<typeof createKnownDevices>;
