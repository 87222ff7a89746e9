import type { FastifyPluginAsync } from 'fastify';
import { access, requestContext } from '../../plugins/access.js';
import type { LiveHub } from './live.hub.js';

/**
 * `GET /api/live` upgrades to the live channel. The upgrade request goes through the same hooks as
 * any request first: no valid sign-in session → 401 and no upgrade; a foreign Origin → 403.
 */
export const liveRoutes: FastifyPluginAsync<{ hub: LiveHub }> = async (app, { hub }) => {
  app.get('/live', { websocket: true, config: { access: access.needs('live:connect') } }, (socket, request) => {
    const { actor } = requestContext(request);
    hub.handle(socket, actor);
  });
};
