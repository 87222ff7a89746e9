import { type UpdateOrganisation, zErrorBody, zOrganisation, zUpdateOrganisation } from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import type { Sensitive } from '../../plugins/sign-in-rules.js';

/** Turning off "staff must use a second factor" while it is on is re-confirmed (sign-in-rules.ts). */
const turnsOffSecondFactorRule: Sensitive = (request, _actor, signIn) =>
  signIn.required && (request.body as UpdateOrganisation).settings?.staffSecondFactor === false;

import type { OrganisationService } from './organisation.service.js';

export const organisationRoutes: FastifyPluginAsyncZod<{ organisation: OrganisationService }> = async (
  app,
  { organisation },
) => {
  const config = { access: access.needs('org:manage') };
  app.get('/', { config, schema: { tags: ['organisation'], response: { 200: zOrganisation } } }, async (request) =>
    organisation.get(requestContext(request)),
  );
  app.patch(
    '/',
    {
      config: { access: access.needs('org:manage', { sensitive: turnsOffSecondFactorRule }) },
      schema: { tags: ['organisation'], body: zUpdateOrganisation, response: { 200: zOrganisation, 400: zErrorBody } },
    },
    async (request) => organisation.update(requestContext(request), request.body),
  );
};
