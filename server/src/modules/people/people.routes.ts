import {
  zCreatePartnership,
  zErrorBody,
  zPartnership,
  zPartnershipIdParams,
  zPartnershipList,
  zUserIdParams,
  zUserList,
  zUserSummary,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import type { PeopleService } from './people.service.js';

/** Accounts (admin only) — mounted at /api/users. */
export const usersRoutes: FastifyPluginAsyncZod<{ people: PeopleService }> = async (app, { people }) => {
  const tags = ['people'];
  const manage = { access: access.needs('org:manage') };

  app.get('/', { config: manage, schema: { tags, response: { 200: zUserList } } }, async (request) => ({
    users: await people.listUsers(requestContext(request)),
  }));

  for (const [verb, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/:userId/${verb}`,
      {
        config: manage,
        schema: {
          tags,
          summary: `${verb} an account`,
          params: zUserIdParams,
          response: { 200: zUserSummary, 404: zErrorBody, 409: zErrorBody },
        },
      },
      async (request) => people.setDisabled(requestContext(request), request.params.userId, disabled),
    );
  }
};

/** Partnerships — mounted at /api/partnerships. */
export const partnershipsRoutes: FastifyPluginAsyncZod<{ people: PeopleService }> = async (app, { people }) => {
  const tags = ['partnerships'];

  app.get(
    '/',
    { config: { access: access.needs('partnerships:read') }, schema: { tags, response: { 200: zPartnershipList } } },
    async (request) => ({ partnerships: await people.listPartnerships(requestContext(request)) }),
  );

  app.post(
    '/',
    {
      config: { access: access.needs('org:manage') },
      schema: {
        tags,
        body: zCreatePartnership,
        response: { 201: zPartnership, 400: zErrorBody, 404: zErrorBody, 409: zErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await people.createPartnership(requestContext(request), request.body)),
  );

  app.post(
    '/:partnershipId/end',
    {
      config: { access: access.needs('org:manage') },
      schema: { tags, params: zPartnershipIdParams, response: { 200: zPartnership, 404: zErrorBody, 409: zErrorBody } },
    },
    async (request) => people.endPartnership(requestContext(request), request.params.partnershipId),
  );
};
