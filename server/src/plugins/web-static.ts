import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { declareScopePublic } from './access.js';

/**
 * Serves the built web app from the same process. Hashed assets are cached for a year; every
 * other path that is not an API route gets index.html, so the client-side router can take over.
 * Returns the index page for the not-found handler, or null when the web app is not built.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<string | null> {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ distDir }, 'the web app is not built; serving the API only (run `npm run build`)');
    return null;
  }
  await app.register(async (scope) => {
    declareScopePublic(scope);
    await scope.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      setHeaders(reply, path) {
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  });
  return readFileSync(indexFile, 'utf8');
}
