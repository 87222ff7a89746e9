import { zMyOverview, zPartnersOverview } from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import type { OverviewService } from './overview.service.js';

/** Mounted at /api/people. */
export const overviewRoutes: FastifyPluginAsyncZod<{ overview: OverviewService }> = async (app, { overview }) => {
  app.get(
    '/overview',
    {
      config: { access: access.needs('overview:read') },
      schema: {
        tags: ['people'],
        summary: 'The people I walk alongside: last session, suggestions waiting, next steps',
        response: { 200: zPartnersOverview },
      },
    },
    async (request) => ({ people: await overview.forSpecialist(requestContext(request)) }),
  );

  app.get(
    '/overview/mine',
    {
      config: { access: access.needs('overview:own') },
      schema: {
        tags: ['people'],
        summary: 'My home: suggestions to decide, notes waiting for my view, next steps, follow-ups due',
        response: { 200: zMyOverview },
      },
    },
    async (request) => overview.forParticipant(requestContext(request)),
  );
};
