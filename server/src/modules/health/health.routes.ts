import { zErrorBody, zHealth, zReady } from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../plugins/access.js';
import type { HealthRepo } from './health.repo.js';

/** `/api/health`: the process is up. `/api/ready`: and it can reach its database. */
export const healthRoutes: FastifyPluginAsyncZod<{ health: Pick<HealthRepo, 'ping'> }> = async (app, { health }) => {
  app.get(
    '/health',
    { config: { access: access.public }, schema: { tags: ['health'], response: { 200: zHealth } } },
    async () => ({
      status: 'ok' as const,
    }),
  );
  app.get(
    '/ready',
    { config: { access: access.public }, schema: { tags: ['health'], response: { 200: zReady, 503: zErrorBody } } },
    async () => {
      // A failure here is a connection error, which the error handler answers with 503 + Retry-After.
      await health.ping();
      return { status: 'ready' as const };
    },
  );
};
