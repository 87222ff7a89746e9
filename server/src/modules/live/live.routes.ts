import type { FastifyPluginAsync } from 'fastify';
import { access, requestContext } from '../../plugins/access.js';
import type { LiveHub } from './live.hub.js';
import { TooManySocketsError } from './live.limits.js';

/**
 * `GET /api/live` upgrades to the live channel. The upgrade request goes through the same hooks as
 * any request first: no valid sign-in session → 401 and no upgrade; a foreign Origin → 403; a
 * sign-in that already holds its share of this instance's sockets → 429 `too_many_sockets`.
 */
export const liveRoutes: FastifyPluginAsync<{ hub: LiveHub }> = async (app, { hub }) => {
  app.get(
    '/live',
    {
      websocket: true,
      config: { access: access.needs('live:connect') },
      preHandler: async (request, reply) => {
        const connection = reply.raw.socket;
        if (!request.ws || !connection) return;
        const { actor } = requestContext(request);
        if (!hub.slots.hold(actor.signInSessionId, connection)) throw new TooManySocketsError(hub.slots.perSignIn);
      },
    },
    (socket, request) => {
      const { actor } = requestContext(request);
      hub.handle(socket, actor);
    },
  );
};
