import type { PasskeyAssertion, PasskeyRegistration } from '@alongside/shared';
import {
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { SecondFactorRow } from './second-factors.repo.js';

/** The relying party: this server's public address (PUBLIC_URL), so a passkey works only here. */
export interface RelyingParty {
  readonly id: string;
  readonly origin: string;
  readonly name: string;
}

export function relyingPartyFor(publicUrl: string): RelyingParty {
  const url = new URL(publicUrl);
  return { id: url.hostname, origin: url.origin, name: 'Alongside' };
}

/** What every answer from the browser is checked against: our challenge, origin and relying party, a verified user. */
const expected = (rp: RelyingParty, challenge: string) => ({
  expectedChallenge: challenge,
  expectedOrigin: rp.origin,
  expectedRPID: rp.id,
  requireUserVerification: true,
});

const transportsOf = (row: SecondFactorRow) => (row.transports ?? []) as AuthenticatorTransport[];

/** Options for the browser to create a passkey; existing passkeys are excluded (no duplicates). */
export async function registrationOptions(
  rp: RelyingParty,
  user: { id: string; email: string; name: string },
  existing: SecondFactorRow[],
) {
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    excludeCredentials: existing
      .filter((f) => f.kind === 'passkey' && f.credentialId)
      .map((f) => ({ id: f.credentialId ?? '', transports: transportsOf(f) })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
  });
}

export async function authenticationOptions(rp: RelyingParty, passkeys: SecondFactorRow[]) {
  return generateAuthenticationOptions({
    rpID: rp.id,
    userVerification: 'required',
    allowCredentials: passkeys.map((f) => ({ id: f.credentialId ?? '', transports: transportsOf(f) })),
  });
}

/** The new credential, when the browser's answer is to our challenge, from our origin, user-verified. */
export async function verifyRegistration(rp: RelyingParty, registration: PasskeyRegistration, challenge: string) {
  try {
    const result = await verifyRegistrationResponse({
      response: registration as Parameters<typeof verifyRegistrationResponse>[0]['response'],
      ...expected(rp, challenge),
    });
    if (!result.verified) return null;
    const { credential } = result.registrationInfo;
    return {
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      signCount: credential.counter,
      transports: credential.transports ?? [],
    };
  } catch {
    // A malformed or forged answer is a failed attempt, not a server error.
    return null;
  }
}

/** The passkey's new signature count, when the assertion is good; otherwise null. */
export async function verifyAssertion(
  rp: RelyingParty,
  assertion: PasskeyAssertion,
  challenge: string,
  passkey: SecondFactorRow,
): Promise<number | null> {
  try {
    const result = await verifyAuthenticationResponse({
      response: assertion as Parameters<typeof verifyAuthenticationResponse>[0]['response'],
      ...expected(rp, challenge),
      credential: {
        id: passkey.credentialId ?? '',
        publicKey: new Uint8Array(Buffer.from(passkey.publicKey ?? '', 'base64url')),
        counter: passkey.signCount ?? 0,
        transports: transportsOf(passkey),
      },
    });
    return result.verified ? result.authenticationInfo.newCounter : null;
  } catch {
    return null;
  }
}
