import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../lib/errors.js';
import { declareScopePublic } from './access.js';

/**
 * Serves the built web app from the same process. Hashed assets are cached for a year; every
 * other GET that is not an API route gets index.html, so the client-side router can take over.
 * That fallback is a catch-all route rather than the not-found handler, which the error handler
 * owns (Fastify allows one per prefix). Returns false when the web app is not built.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ distDir }, 'the web app is not built; serving the API only (run `npm run build`)');
    return false;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  await app.register(async (scope) => {
    declareScopePublic(scope);
    await scope.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each asset: phones on limited data get the small one.
      preCompressed: true,
      setHeaders(reply, path) {
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    scope.get('/*', { schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api')) throw new NotFoundError();
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    });
  });
  return true;
}
