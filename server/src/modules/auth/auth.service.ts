import { type Me, type Role, type SignInSession, staffRoles } from '@alongside/shared';
import type { Config } from '../../config.js';
import type { Actor, RequestContext, SignInStage, SignInState } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, NotFoundError } from '../../lib/errors.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import type { UserRow, UsersRepo } from '../people/index.js';
import type { DeviceCookie, KnownDevices } from './known-devices.js';
import { dummyPasswordHash, type verifyPassword } from './passwords.js';
import type { SignInForRequest, SignInSessionsRepo, SignInWithUser } from './sign-in-sessions.repo.js';
import { accountKey, addressKey, deviceKey, type SignInThrottle } from './sign-in-throttle.js';

/** Sign-ins are touched at most this often, so a busy page does not write on every request. */
const touchEverySeconds = 30;

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(401, 'invalid_credentials', 'That email and password do not match an active account.');
  }
}

export interface SignedIn {
  token: string;
  me: Me;
  absoluteExpiresAt: Date;
}

export function toMe(user: UserRow, organisationName: string): Me {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    language: user.language,
    organisation: { id: user.organisationId, name: organisationName },
  };
}

/** What sign-in needs to know of an account's second factors (the second-factor module answers). */
export interface SecondFactorLookup {
  /** The methods the account can give at the second step (none: it has no second factor). */
  methodsOf(userId: string): Promise<NonNullable<Me['secondFactor']>['methods']>;
  /** Whether an admin reset the account's methods since its last sign-in; the notice is then given. */
  takeResetNotice(userId: string): Promise<boolean>;
}

/** Whether the organisation's rule requires a second factor of this person. */
export function ruleApplies(role: Role, settings: { staffSecondFactor?: boolean | undefined }): boolean {
  return staffRoles.includes(role) && settings.staffSecondFactor === true;
}

export function stageOf(s: { pending: boolean; hasSecondFactor: boolean; required: boolean }): SignInStage {
  if (s.pending && s.hasSecondFactor) return 'verify';
  if (s.required && !s.hasSecondFactor) return 'enrol';
  return 'complete';
}

function stateOf(s: SignInForRequest): SignInState {
  const required = ruleApplies(s.role, { staffSecondFactor: s.staffRule });
  return {
    stage: stageOf({ pending: s.secondFactorPending, hasSecondFactor: s.hasSecondFactor, required }),
    hasSecondFactor: s.hasSecondFactor,
    required,
    secondFactorAt: s.secondFactorAt,
    passwordAt: s.passwordAt ?? s.createdAt,
  };
}

/** Not ended, not past its idle or absolute deadline, and the account not disabled. */
function stillValid(s: SignInWithUser, now: Date): boolean {
  return (
    !s.endedAt &&
    !s.disabledAt &&
    now < s.absoluteExpiresAt &&
    now.getTime() < s.lastSeenAt.getTime() + s.idleTimeoutSeconds * 1000
  );
}

function actorOf(s: SignInWithUser): Actor {
  return {
    userId: s.userId,
    organisationId: s.organisationId,
    role: s.role,
    name: s.name,
    language: s.language,
    signInSessionId: s.id,
  };
}

export function createAuthService(deps: {
  signIns: SignInSessionsRepo;
  users: UsersRepo;
  throttle: SignInThrottle;
  devices: KnownDevices;
  /** argon2 verification; a dependency so a test can count how many guesses were evaluated. */
  verifyPassword: typeof verifyPassword;
  clock: Clock;
  config: Pick<Config, 'session'>;
  secondFactors: SecondFactorLookup;
  /** Told when a sign-in ends, so live sockets opened with it close too. */
  onAccessRevoked?: (event: { signInSessionId: string }) => void;
}) {
  const { signIns, users, throttle, devices, clock, config } = deps;
  // Made now, not at the first unknown email: that first answer would otherwise be slower.
  void dummyPasswordHash();

  function idleSecondsFor(role: Role): number {
    const minutes = staffRoles.includes(role) ? config.session.idleMinutesStaff : config.session.idleMinutesParticipant;
    return minutes * 60;
  }

  /** Me, with the step still to come when the sign-in is not complete. */
  async function meAt(user: UserRow, organisationName: string, stage: SignInStage): Promise<Me> {
    const me = toMe(user, organisationName);
    if (stage === 'complete') return me;
    return {
      ...me,
      secondFactor: { step: stage, methods: stage === 'verify' ? await deps.secondFactors.methodsOf(user.id) : [] },
    };
  }

  /**
   * Creates a fresh session (a new token at every sign-in, so a planted cookie is useless). When
   * the account has a second factor, the session waits for it: only the second step is open to it.
   */
  async function startSession(user: UserRow, organisationName: string, userAgent: string): Promise<SignedIn> {
    const now = clock.now();
    const methods = await deps.secondFactors.methodsOf(user.id);
    const hasSecondFactor = methods.some((m) => m !== 'backup');
    const org = await users.findWithOrganisation(user.id);
    const required = ruleApplies(user.role, org?.organisationSettings ?? {});
    const token = newToken();
    const absoluteExpiresAt = new Date(now.getTime() + config.session.absoluteHours * 3600_000);
    await signIns.insert({
      tokenHash: hashToken(token),
      userId: user.id,
      organisationId: user.organisationId,
      createdAt: now,
      lastSeenAt: now,
      idleTimeoutSeconds: idleSecondsFor(user.role),
      absoluteExpiresAt,
      userAgent: userAgent.slice(0, 200),
      secondFactorPending: hasSecondFactor,
      passwordAt: now,
    });
    const stage = stageOf({ pending: hasSecondFactor, hasSecondFactor, required });
    return { token, me: await meAt(user, organisationName, stage), absoluteExpiresAt };
  }

  return {
    startSession,

    /**
     * A browser that has signed in to this account before (its device cookie) is counted on its
     * own; any other is counted against the account and its address, so guessing from elsewhere
     * locks out only browsers the account has never used. The attempt is counted before the
     * password is checked: simultaneous guesses get no more than the allowance.
     */
    async signIn(input: {
      email: string;
      password: string;
      ip: string;
      userAgent: string;
      deviceToken: string | undefined;
    }): Promise<SignedIn & { device: DeviceCookie }> {
      const now = clock.now();
      const known = await devices.recognise(input.deviceToken, input.email, now);
      // The account first: a flood at a locked account is refused without touching its addresses' rows.
      const keys = known ? [deviceKey(known.id)] : [accountKey(input.email), addressKey(input.ip)];
      const attempt = await throttle.admit(keys, now);
      const found = await users.findByEmail(input.email);
      // Always run one verification so unknown emails and wrong passwords take the same time.
      const ok = await deps.verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), input.password);
      if (!found || !ok || found.disabledAt) {
        await attempt.failed();
        throw new InvalidCredentialsError();
      }
      await attempt.succeeded();
      const device = await devices.remember(found, known, input.deviceToken, now);
      const withOrg = await users.findWithOrganisation(found.id);
      const signedIn = await startSession(found, withOrg?.organisationName ?? '', input.userAgent);
      // Told once, at the first sign-in after an admin reset their methods.
      if (await deps.secondFactors.takeResetNotice(found.id)) signedIn.me.secondFactorReset = true;
      return { ...signedIn, device };
    },

    /**
     * Resolves a cookie token to the signed-in person and how far their sign-in has got, or null
     * when it is unknown, ended or expired.
     */
    async authenticate(token: string): Promise<{ actor: Actor; state: SignInState } | null> {
      const signIn = await signIns.findByTokenHash(hashToken(token));
      const now = clock.now();
      if (!signIn || !stillValid(signIn, now)) return null;
      if (now.getTime() - signIn.lastSeenAt.getTime() > touchEverySeconds * 1000) await signIns.touch(signIn.id, now);
      return { actor: actorOf(signIn), state: stateOf(signIn) };
    },

    /**
     * For the live hub's heartbeat: who each of these sign-in sessions (of open sockets) is now —
     * a name or language changed since is picked up — leaving out any that has ended or expired,
     * or whose account is disabled. Those in `acted` (the person did something on a socket since
     * the last heartbeat) are first marked as seen now, as a request would mark them: working
     * together live keeps a person signed in. One read and at most one write for all sockets.
     */
    async socketSignIns(ids: string[], acted: string[]): Promise<Map<string, Actor>> {
      const now = clock.now();
      const rows = await signIns.findByIds([...new Set(ids)]);
      // A sign-in waiting for its second factor has no live access.
      const valid = rows.filter((r) => stillValid(r, now) && !r.secondFactorPending);
      const touch = new Set(acted);
      await signIns.touchMany(
        valid
          .filter((r) => touch.has(r.id) && now.getTime() - r.lastSeenAt.getTime() > touchEverySeconds * 1000)
          .map((r) => r.id),
        now,
      );
      return new Map(valid.map((r) => [r.id, actorOf(r)]));
    },

    async signOut(ctx: RequestContext): Promise<void> {
      await signIns.end(ctx.actor.signInSessionId, ctx.actor.userId, clock.now());
      deps.onAccessRevoked?.({ signInSessionId: ctx.actor.signInSessionId });
    },

    async me(ctx: RequestContext, stage: SignInStage = 'complete'): Promise<Me> {
      const row = await users.findWithOrganisation(ctx.actor.userId);
      if (!row) throw new NotFoundError();
      return meAt(row.user, row.organisationName, stage);
    },

    async updateMe(
      ctx: RequestContext,
      patch: { name?: string | undefined; language?: Me['language'] | undefined },
      stage: SignInStage = 'complete',
    ): Promise<Me> {
      const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      if (Object.keys(clean).length > 0) await users.update(ctx.actor.organisationId, ctx.actor.userId, clean);
      const row = await users.findWithOrganisation(ctx.actor.userId);
      if (!row) throw new NotFoundError();
      return meAt(row.user, row.organisationName, stage);
    },

    async listSignIns(ctx: RequestContext): Promise<SignInSession[]> {
      const now = clock.now();
      const rows = await signIns.listActive(ctx.actor.userId, now);
      return rows
        .map((r) => ({ ...r, idleDeadline: new Date(r.lastSeenAt.getTime() + r.idleTimeoutSeconds * 1000) }))
        .filter((r) => r.idleDeadline > now)
        .map((r) => ({
          id: r.id,
          createdAt: r.createdAt.toISOString(),
          lastSeenAt: r.lastSeenAt.toISOString(),
          expiresAt: new Date(Math.min(r.idleDeadline.getTime(), r.absoluteExpiresAt.getTime())).toISOString(),
          userAgent: r.userAgent,
          current: r.id === ctx.actor.signInSessionId,
        }));
    },

    async endSignIn(ctx: RequestContext, signInSessionId: string): Promise<void> {
      const ended = await signIns.end(signInSessionId, ctx.actor.userId, clock.now());
      if (!ended) throw new NotFoundError();
      deps.onAccessRevoked?.({ signInSessionId });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
