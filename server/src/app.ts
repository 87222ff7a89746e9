import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { createRepos } from './db/repos.js';
import { type Clock, systemClock } from './lib/clock.js';
import { type AccessRevoked, channels, notify } from './lib/notify.js';
import { accessLogRoutes } from './modules/access-log/access-log.routes.js';
import { createAccessLogService } from './modules/access-log/access-log.service.js';
import { createAudit } from './modules/access-log/audit.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { createKnownDevices } from './modules/auth/known-devices.js';
import { verifyPassword } from './modules/auth/passwords.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { invitationsRoutes } from './modules/invitations/invitations.routes.js';
import { createInvitationsService } from './modules/invitations/invitations.service.js';
import { createLiveHub, type LiveHub, type LiveHubDeps } from './modules/live/live.hub.js';
import { liveRoutes } from './modules/live/live.routes.js';
import { liveSessionsRoutes } from './modules/live-sessions/live-sessions.routes.js';
import { createLiveSessionsService } from './modules/live-sessions/live-sessions.service.js';
import { notesRoutes } from './modules/notes/notes.routes.js';
import { createNotesService } from './modules/notes/notes.service.js';
import { organisationRoutes } from './modules/organisation/organisation.routes.js';
import { createOrganisationService } from './modules/organisation/organisation.service.js';
import { overviewRoutes } from './modules/overview/overview.routes.js';
import { createOverviewService } from './modules/overview/overview.service.js';
import { partnershipsRoutes, usersRoutes } from './modules/people/people.routes.js';
import { createPeopleService } from './modules/people/people.service.js';
import { createPlanExecutor, type PlanExecutor } from './modules/plan/plan.executor.js';
import { planRoutes } from './modules/plan/plan.routes.js';
import { createPlanService } from './modules/plan/plan.service.js';
import { reportsRoutes } from './modules/reports/reports.routes.js';
import { createReportsService } from './modules/reports/reports.service.js';
import { resourcesRoutes } from './modules/resources/resources.routes.js';
import { createResourcesService } from './modules/resources/resources.service.js';
import { setupRoutes } from './modules/setup/setup.routes.js';
import { createSetupService } from './modules/setup/setup.service.js';
import { accessPlugin } from './plugins/access.js';
import { authPlugin } from './plugins/auth.js';
import { errorHandlerPlugin } from './plugins/error-handler.js';
import { openApiPlugin } from './plugins/openapi.js';
import { securityPlugin } from './plugins/security.js';
import { registerWebApp } from './plugins/web-static.js';

export interface AppDeps {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Extra Fastify logger options (tests pass `{ level: 'silent' }`, or a stream to inspect). */
  logger?: FastifyServerOptions['logger'];
  /** Live-channel tuning (limits, heartbeat); defaults suit production. */
  live?: Pick<LiveHubDeps, 'limits' | 'heartbeatMs'>;
}

declare module 'fastify' {
  interface FastifyInstance {
    liveHub: LiveHub;
    /** The one door for plan changes; exposed for its group-commit statistics (tests, benchmarks). */
    planExecutor: PlanExecutor;
  }
}

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Builds the whole application without listening: server.ts listens, tests inject. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const clock = deps.clock ?? systemClock;
  const db = database.db;
  const secureCookies = config.publicUrl.startsWith('https:');

  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config.logLevel),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    // While shutting down, the error handler answers new requests (its 503 has Retry-After and a request id).
    return503OnClosing: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const repos = createRepos(db);
  // When someone's access ends, every instance's live hub closes their sockets (within a second).
  const revokeAccess = (event: AccessRevoked) => {
    notify(db, channels.accessRevoked, event).catch((err: unknown) =>
      app.log.error({ err }, 'could not announce revocation'),
    );
  };
  const auth = createAuthService({
    sessions: repos.signInSessions,
    users: repos.users,
    throttle: repos.signInThrottle,
    devices: createKnownDevices({ repo: repos.signInDevices }),
    verifyPassword,
    clock,
    config,
    onAccessRevoked: revokeAccess,
  });
  const setup = createSetupService({ db });
  const invitations = createInvitationsService({ db, clock, config });
  const people = createPeopleService({ db, clock, onAccessRevoked: revokeAccess });
  const accessLog = createAccessLogService({ db });
  const organisation = createOrganisationService({ db });
  const plan = createPlanService({ db });
  const liveSessions = createLiveSessionsService({ db, clock, idleMinutes: config.liveSessionIdleMinutes });
  const executor = createPlanExecutor({
    db,
    clock,
    liveSessions: liveSessions.gate,
    pinned: database.pinned,
    log: app.log,
  });
  const notes = createNotesService({ db, clock });
  const overview = createOverviewService({ db });
  const reports = createReportsService({ db, clock });
  const resources = createResourcesService({ db, clock });
  const hub = createLiveHub({ database, executor, plan, auth, sessions: liveSessions, log: app.log, ...deps.live });
  await hub.start();
  // preClose: sockets must be closed before the server waits for its connections to end.
  app.addHook('preClose', () => hub.stop());
  app.decorate('liveHub', hub);
  app.decorate('planExecutor', executor);

  await app.register(errorHandlerPlugin);
  await app.register(securityPlugin, { publicUrl: config.publicUrl });
  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(authPlugin, { auth });
  await app.register(accessPlugin, { audit: createAudit({ repo: repos.accessLog }) });
  await app.register(openApiPlugin);

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { db });
      await api.register(setupRoutes, { prefix: '/setup', setup, auth, secureCookies });
      await api.register(authRoutes, { prefix: '/auth', auth, secureCookies });
      await api.register(invitationsRoutes, { prefix: '/invitations', invitations, auth, secureCookies });
      await api.register(usersRoutes, { prefix: '/users', people });
      await api.register(partnershipsRoutes, { prefix: '/partnerships', people });
      await api.register(accessLogRoutes, { prefix: '/access-log', accessLog });
      await api.register(organisationRoutes, { prefix: '/organisation', organisation });
      await api.register(planRoutes, { prefix: '/participants/:participantId/plan', plan, executor });
      await api.register(liveSessionsRoutes, { prefix: '/live-sessions', sessions: liveSessions });
      await api.register(notesRoutes, { notes });
      await api.register(overviewRoutes, { prefix: '/people', overview });
      await api.register(reportsRoutes, { prefix: '/reports', reports });
      await api.register(resourcesRoutes, { prefix: '/resources', resources });
      await api.register(liveRoutes, { hub });
    },
    { prefix: '/api' },
  );

  await registerWebApp(app, config.webDistDir ?? defaultWebDist);
  return app;
}

/**
 * Logs never carry passwords, cookies, tokens or what people typed: bodies are not logged,
 * query strings are cut from URLs, and credential headers are redacted.
 */
export function loggerOptions(level: Config['logLevel']): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        requestId: req.id,
      }),
    },
  };
}
