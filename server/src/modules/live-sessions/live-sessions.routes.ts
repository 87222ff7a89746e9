import {
  zConfirmPresence,
  zErrorBody,
  zLiveSession,
  zLiveSessionList,
  zLiveSessionListQuery,
  zLiveSessionParams,
  zPresenceCode,
  zStartLiveSession,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import type { LiveSessionsService } from './live-sessions.service.js';

/** Mounted at /api/live-sessions. */
export const liveSessionsRoutes: FastifyPluginAsyncZod<{ liveSessions: LiveSessionsService }> = async (
  app,
  { liveSessions },
) => {
  const tags = ['live sessions'];
  const use = { access: access.participantData('live-sessions:use') };
  const params = zLiveSessionParams;
  const errors = { 400: zErrorBody, 403: zErrorBody, 404: zErrorBody, 409: zErrorBody, 429: zErrorBody };

  app.post(
    '/',
    {
      config: { access: access.participantData('live-sessions:start') },
      schema: {
        tags,
        summary: 'Start a session with a participant',
        body: zStartLiveSession,
        response: { 201: zLiveSession, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await liveSessions.start(requestContext(request), request.body)),
  );

  app.get(
    '/',
    { config: use, schema: { tags, querystring: zLiveSessionListQuery, response: { 200: zLiveSessionList } } },
    async (request) => ({
      sessions: await liveSessions.list(requestContext(request), request.query.participantId),
    }),
  );

  app.get(
    '/:liveSessionId',
    { config: use, schema: { tags, params, response: { 200: zLiveSession, 404: zErrorBody } } },
    async (request) => liveSessions.get(requestContext(request), request.params.liveSessionId),
  );

  app.post(
    '/:liveSessionId/join',
    {
      config: use,
      schema: {
        tags,
        summary: 'The participant joins from their own device',
        params,
        response: { 200: zLiveSession, ...errors },
      },
    },
    async (request) => liveSessions.join(requestContext(request), request.params.liveSessionId),
  );

  app.post(
    '/:liveSessionId/presence-code',
    {
      config: use,
      schema: {
        tags,
        summary: 'Shared screen: the participant’s phone shows a 6-digit code',
        params,
        response: { 200: zPresenceCode, ...errors },
      },
    },
    async (request) => liveSessions.presenceCode(requestContext(request), request.params.liveSessionId),
  );

  app.post(
    '/:liveSessionId/confirm-presence',
    {
      config: use,
      schema: {
        tags,
        summary: 'Shared screen: the code is typed in there',
        params,
        body: zConfirmPresence,
        response: { 200: zLiveSession, ...errors },
      },
    },
    async (request) =>
      liveSessions.confirmPresence(requestContext(request), request.params.liveSessionId, request.body.code),
  );

  app.post(
    '/:liveSessionId/end',
    { config: use, schema: { tags, params, response: { 200: zLiveSession, ...errors } } },
    async (request) => liveSessions.end(requestContext(request), request.params.liveSessionId),
  );
};
