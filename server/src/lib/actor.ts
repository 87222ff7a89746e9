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
