import { type Capability, can } from '@alongside/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor, RequestContext, SignInStage, SignInState } from '../lib/actor.js';
import type { Clock } from '../lib/clock.js';
import { AppError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../lib/errors.js';
import type { Audit } from '../modules/access-log/index.js';
import { checkReconfirmed, checkSignInStage, type Sensitive } from './sign-in-rules.js';

/**
 * Every route declares who may call it, in its `config.access`. The check runs in one hook here;
 * a route without a declaration answers 500 (and a test fails for it), so "forgot to declare" can
 * never mean "open to all".
 */
export type RouteAccess =
  | { readonly kind: 'public' }
  | {
      readonly kind: 'capability';
      readonly capability: Capability;
      /**
       * For participant data: answer 404, not 401/403, so that a caller cannot tell
       * "exists but not yours" from "does not exist".
       */
      readonly hideAs404?: boolean;
      /**
       * For participant data reached by another id (a note, a session): whom it is about, so a
       * caller without the role is still logged as a refused attempt in that person's record.
       */
      readonly ownerOf?: OwnerLookup;
      /**
       * The sign-in stages this route is open to besides `complete`: the second step and
       * enrolment reach only the routes that declare them (see sign-in-rules.ts).
       */
      readonly stages?: readonly SignInStage[];
      /** A sensitive act: staff re-confirm with a fresh second factor (see sign-in-rules.ts). */
      readonly sensitive?: Sensitive;
    };

/** The participant a route's path parameters point at, in the caller's organisation; null if none. */
export type OwnerLookup = (params: Readonly<Record<string, unknown>>, organisationId: string) => Promise<string | null>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AccessOptions {
  readonly stages?: readonly SignInStage[];
  readonly sensitive?: Sensitive;
}

export const access = {
  public: { kind: 'public' } as const satisfies RouteAccess,
  needs: (capability: Capability, options: AccessOptions = {}): RouteAccess => ({
    kind: 'capability',
    capability,
    ...options,
  }),
  participantData: (capability: Capability, ownerOf?: OwnerLookup, options: AccessOptions = {}): RouteAccess => ({
    kind: 'capability',
    capability,
    hideAs404: true,
    ...(ownerOf ? { ownerOf } : {}),
    ...options,
  }),
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** Set by the auth plugin when a valid sign-in session cookie came with the request. */
    actor: Actor | null;
    /** How far that sign-in has got (second factor), set with `actor`. */
    signIn: SignInState | null;
  }
}

export class MissingAccessDeclarationError extends AppError {
  constructor(route: string) {
    super(500, 'internal', `Route ${route} has no access declaration.`);
  }
}

/** The context a protected handler passes to services; only valid after the access hook ran. */
export function requestContext(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new UnauthenticatedError();
  return { actor: request.actor, requestId: request.id };
}

export const accessPlugin = fp(
  async (app: FastifyInstance, opts: { audit: Audit; clock: Clock; reconfirmSeconds?: number }) => {
    // preValidation: an outsider is refused before the body is validated, so a 400 never describes
    // the fields of a route they may not use.
    app.addHook('preValidation', async (request) => {
      // No route matched: the not-found handler answers 404; there is nothing to guard.
      if (request.is404) return;
      const declared = request.routeOptions.config.access;
      if (!declared) throw new MissingAccessDeclarationError(`${request.method} ${request.routeOptions.url ?? ''}`);
      if (declared.kind === 'public') return;
      const actor = request.actor;
      if (!actor) throw declared.hideAs404 ? new NotFoundError() : new UnauthenticatedError();
      checkSignInStage(request.signIn, declared.stages);
      if (can(actor.role, declared.capability)) return;
      if (!declared.hideAs404) throw new ForbiddenError();
      // A signed-in person reaching for a participant's data without the role for it: logged, then 404.
      const params = (request.params ?? {}) as Record<string, unknown>;
      const named = params.participantId;
      const participantId =
        typeof named === 'string'
          ? named
          : // Only well-formed ids reach the lookup: anything else cannot name a row.
            Object.values(params).every((v) => typeof v === 'string' && uuidPattern.test(v))
            ? await declared.ownerOf?.(params, actor.organisationId)
            : undefined;
      if (typeof participantId === 'string' && uuidPattern.test(participantId)) {
        await opts.audit.record(
          { actor, requestId: request.id },
          declared.capability.replace(':', '.'),
          [participantId],
          'denied',
        );
      }
      throw new NotFoundError();
    });
    // preHandler: a sensitive act may depend on the body (inviting an admin), so after validation.
    app.addHook('preHandler', async (request) => {
      const declared = request.routeOptions.config.access;
      if (request.is404 || declared?.kind !== 'capability' || !declared.sensitive) return;
      if (request.actor && request.signIn) {
        const window = opts.reconfirmSeconds ?? 300;
        await checkReconfirmed(request, request.actor, request.signIn, declared.sensitive, opts.clock.now(), window);
      }
    });
  },
  { name: 'access' },
);

/** Marks every route registered inside the given scope as public (static files, API docs). */
export function declareScopePublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...(route.config ?? {}), access: access.public };
  });
}
