import { secondFactorApi } from '../../data/second-factor-client.js';

/**
 * The browser's side of passkeys. `@simplewebauthn/browser` is imported here only, when a passkey
 * is about to be used, so it never weighs on the first screen.
 */
const browser = () => import('@simplewebauthn/browser');

export async function passkeysSupported(): Promise<boolean> {
  return (await browser()).browserSupportsWebAuthn();
}

/** Creates a passkey for this account with the server's options; the answer to send back. */
export async function createPasskey(): Promise<unknown> {
  const { startRegistration } = await browser();
  const { options } = await secondFactorApi.passkeyRegistrationOptions();
  return startRegistration({
    optionsJSON: options as unknown as Parameters<typeof startRegistration>[0]['optionsJSON'],
  });
}

/** Asks the browser for this account's passkey against a fresh challenge; the proof to send. */
export async function passkeyProof() {
  const { startAuthentication } = await browser();
  const { options } = await secondFactorApi.passkeyAssertionOptions();
  const assertion = await startAuthentication({
    optionsJSON: options as unknown as Parameters<typeof startAuthentication>[0]['optionsJSON'],
  });
  return {
    method: 'passkey' as const,
    assertion: assertion as unknown as import('@alongside/shared').PasskeyAssertion,
  };
}

/** The person closed the browser's prompt, or it timed out (not an error to report as such). */
export function isPasskeyCancelled(error: unknown): boolean {
  return error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
}
