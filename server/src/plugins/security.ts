import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError } from '../lib/errors.js';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Security headers, no caching of API answers, and the CSRF check: a state-changing request must
 * come from our own origin — the public URL, or the very host the request was sent to (which is
 * what a browser on any address of this server sends). Browsers always send Origin on such
 * requests (and on WebSocket upgrades); a missing Origin falls back to Referer, and with neither
 * the request is refused.
 */
export const securityPlugin = fp(
  async (app: FastifyInstance, opts: { publicUrl: string }) => {
    const publicOrigin = new URL(opts.publicUrl).origin;
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Lit adopts constructed stylesheets; inline style attributes are allowed, inline script never is.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          // The service worker (offline use) and the web app manifest (installing) come from here only.
          workerSrc: ["'self'"],
          manifestSrc: ["'self'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: publicOrigin.startsWith('https:'),
      referrerPolicy: { policy: 'same-origin' },
    });

    app.addHook('onRequest', async (request) => {
      // A WebSocket upgrade is a GET, but it opens a channel that changes plans: same rule.
      const upgrade = request.headers.upgrade?.toLowerCase() === 'websocket';
      if (!unsafeMethods.has(request.method) && !upgrade) return;
      const origin = requestOrigin(request);
      if (!origin || (origin !== publicOrigin && origin !== `${request.protocol}://${request.host}`)) {
        throw new ForbiddenError('cross_origin', 'This request did not come from Alongside itself, so it was refused.');
      }
    });

    app.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    });

    // Node stops managing a socket once it asks to upgrade: if we refuse the upgrade, nobody would
    // ever close it (it lingers half-open and blocks shutdown), so close it once the answer is out.
    app.addHook('onResponse', async (request, reply) => {
      if (reply.statusCode >= 400 && request.headers.upgrade?.toLowerCase() === 'websocket') {
        request.raw.socket.destroy();
      }
    });
  },
  { name: 'security' },
);

function requestOrigin(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin && origin !== 'null') return origin;
  const referer = request.headers.referer;
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
