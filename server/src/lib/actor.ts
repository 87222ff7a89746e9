import type { Language, Role } from '@alongside/shared';

/** The signed-in person making a request, as established by the auth plugin. */
export interface Actor {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly name: string;
  readonly language: Language;
  /** The sign-in session (a device), not a peer-support session. */
  readonly signInSessionId: string;
}

/** What every service call carries: who is asking, and the request id the access log records. */
export interface RequestContext {
  readonly actor: Actor;
  readonly requestId: string;
}

/**
 * How far a sign-in has got: `complete`; `verify` — password given, second factor still to come;
 * `enrol` — the organisation requires a second factor of this staff account, and it has none.
 */
export type SignInStage = 'complete' | 'verify' | 'enrol';

/** What the access rules need to know about the sign-in behind a request, beside who it is. */
export interface SignInState {
  readonly stage: SignInStage;
  /** The account has a confirmed passkey or authenticator app. */
  readonly hasSecondFactor: boolean;
  /** The organisation requires a second factor of this account (staff, and the rule is on). */
  readonly required: boolean;
  readonly secondFactorAt: Date | null;
  readonly passwordAt: Date;
}
