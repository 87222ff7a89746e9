import type { FastifyInstance } from 'fastify';
import { declareScopePublic } from './access.js';

/**
 * A real robots.txt instead of the web app's HTML (the page fallback would otherwise answer it).
 * Nothing behind sign-in is reachable by a crawler anyway; what matters is that the API and the
 * pages whose address carries a one-time link (set-up, invitations, password resets) are never
 * fetched or listed by a well-behaved crawler that finds such a link somewhere it was pasted.
 */
export const robotsTxt = [
  'User-agent: *',
  'Disallow: /api/',
  'Disallow: /setup',
  'Disallow: /invite',
  'Disallow: /reset',
  '',
].join('\n');

export async function registerRobots(app: FastifyInstance): Promise<void> {
  await app.register(async (scope) => {
    declareScopePublic(scope);
    scope.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=86400').send(robotsTxt),
    );
  });
}
