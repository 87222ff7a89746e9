import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { compose } from './compose.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { type Clock, systemClock } from './lib/clock.js';
import { accessLogRoutes } from './modules/access-log/index.js';
import { authRoutes } from './modules/auth/index.js';
import { consentsRoutes, disclosuresRoutes } from './modules/consents/index.js';
import { healthRoutes } from './modules/health/index.js';
import { invitationsRoutes } from './modules/invitations/index.js';
import { languageNudgesRoutes, languageTermsRoutes } from './modules/language/index.js';
import { type LiveHub, type LiveHubDeps, liveRoutes, liveSocketErrorHandler } from './modules/live/index.js';
import { liveSessionsRoutes } from './modules/live-sessions/index.js';
import { notesRoutes } from './modules/notes/index.js';
import { organisationRoutes } from './modules/organisation/index.js';
import { overviewRoutes } from './modules/overview/index.js';
import { passwordsRoutes } from './modules/passwords/index.js';
import { partnershipsRoutes, usersRoutes } from './modules/people/index.js';
import { type PlanExecutor, planRoutes } from './modules/plan/index.js';
import { questionnairesAdminRoutes, questionnairesRoutes } from './modules/questionnaires/index.js';
import { recordRoutes } from './modules/record/index.js';
import { reportsRoutes } from './modules/reports/index.js';
import { resourcesRoutes } from './modules/resources/index.js';
import { secondFactorAdminRoutes, secondFactorRoutes } from './modules/second-factor/index.js';
import { setupRoutes } from './modules/setup/index.js';
import { accessPlugin } from './plugins/access.js';
import { authPlugin } from './plugins/auth.js';
import { errorHandlerPlugin } from './plugins/error-handler.js';
import { clientErrorHandler, frameworkErrors } from './plugins/error-replies.js';
import { openApiPlugin } from './plugins/openapi.js';
import { registerRobots } from './plugins/robots.js';
import { securityPlugin } from './plugins/security.js';
import { upgradeCheckPlugin } from './plugins/upgrade-check.js';
import { registerWebApp } from './plugins/web-static.js';

export interface AppDeps {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Extra Fastify logger options (tests pass `{ level: 'silent' }`, or a stream to inspect). */
  logger?: FastifyServerOptions['logger'];
  /** Live-channel tuning (limits, heartbeat, the subscribe's access check); defaults suit production. */
  live?: Pick<LiveHubDeps, 'limits' | 'heartbeatMs' | 'socketsPerSignIn' | 'authorizePlan'>;
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
  const secureCookies = config.publicUrl.startsWith('https:');

  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config.logLevel),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    // While shutting down, the error handler answers new requests (its 503 has Retry-After and a request id).
    return503OnClosing: false,
    // Errors raised before any route or hook runs leave in the usual shape too.
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const composed = compose({ config, database, clock, log: app.log, live: deps.live });
  const { audit, health, auth, secondFactors, setup, invitations, passwords, people, accessLog, organisation } =
    composed;
  const {
    plan,
    liveSessions,
    executor,
    notes,
    consents,
    disclosures,
    overview,
    reports,
    resources,
    questionnaires,
    language,
    record,
    hub,
  } = composed;
  await hub.start();
  // preClose: sockets must be closed before the server waits for its connections to end.
  app.addHook('preClose', () => hub.stop());
  app.decorate('liveHub', hub);
  app.decorate('planExecutor', executor);

  await app.register(errorHandlerPlugin);
  await app.register(securityPlugin, { publicUrl: config.publicUrl });
  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 }, errorHandler: liveSocketErrorHandler });
  await app.register(upgradeCheckPlugin);
  await app.register(authPlugin, { auth });
  await app.register(accessPlugin, { audit, clock, reconfirmSeconds: config.session.reconfirmSeconds });
  await app.register(openApiPlugin);

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { health });
      await api.register(setupRoutes, { prefix: '/setup', setup, auth, secureCookies });
      await api.register(authRoutes, { prefix: '/auth', auth, secureCookies, mailConfigured: !!config.mail });
      await api.register(secondFactorRoutes, { prefix: '/auth', secondFactors, auth });
      await api.register(passwordsRoutes, { prefix: '/passwords', passwords });
      await api.register(invitationsRoutes, { prefix: '/invitations', invitations, auth, secureCookies });
      await api.register(usersRoutes, { prefix: '/users', people });
      await api.register(secondFactorAdminRoutes, { prefix: '/users', secondFactors });
      await api.register(partnershipsRoutes, { prefix: '/partnerships', people });
      await api.register(accessLogRoutes, { prefix: '/access-log', accessLog });
      await api.register(organisationRoutes, { prefix: '/organisation', organisation });
      await api.register(planRoutes, { prefix: '/participants/:participantId/plan', plan, executor });
      await api.register(recordRoutes, { prefix: '/participants/:participantId/record', record });
      await api.register(liveSessionsRoutes, { prefix: '/live-sessions', liveSessions });
      await api.register(notesRoutes, { notes });
      await api.register(consentsRoutes, { prefix: '/participants/:participantId', consents });
      await api.register(disclosuresRoutes, { prefix: '/participants/:participantId', disclosures });
      await api.register(overviewRoutes, { prefix: '/people', overview });
      await api.register(reportsRoutes, { prefix: '/reports', reports });
      await api.register(resourcesRoutes, { prefix: '/resources', resources });
      await api.register(questionnairesAdminRoutes, { prefix: '/organisation/questionnaires', questionnaires });
      await api.register(questionnairesRoutes, { prefix: '/questionnaires', questionnaires });
      await api.register(languageTermsRoutes, { prefix: '/organisation/language-terms', language });
      await api.register(languageNudgesRoutes, { prefix: '/language-nudges', language });
      await api.register(liveRoutes, { hub });
    },
    { prefix: '/api' },
  );

  await registerRobots(app);
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
