import {
  zErrorBody,
  zMe,
  zOrganisationAdminRequest,
  zOrganisationLinkPreview,
  zOrganisationLinkRequest,
  zSetupRequest,
  zSetupStatus,
} from '@alongside/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../plugins/access.js';
import { setSignInCookie } from '../../plugins/auth.js';
import type { AuthService } from '../auth/index.js';
import type { SetupService } from './setup.service.js';

export const setupRoutes: FastifyPluginAsyncZod<{
  setup: SetupService;
  auth: AuthService;
  secureCookies: boolean;
}> = async (app, { setup, auth, secureCookies }) => {
  app.get(
    '/',
    { config: { access: access.public }, schema: { tags: ['setup'], response: { 200: zSetupStatus } } },
    async () => ({ needsSetup: !(await setup.hasOrganisation()) }),
  );

  app.post(
    '/',
    {
      config: { access: access.public },
      schema: {
        tags: ['setup'],
        summary: 'First run: create the organisation and its first admin',
        body: zSetupRequest,
        response: { 200: zMe, 400: zErrorBody, 409: zErrorBody, 410: zErrorBody },
      },
    },
    async (request, reply) => signInFirstAdmin(request, reply, await setup.completeFirstRun(request.body)),
  );

  // A POST although it only reads: the token must not travel in a URL, where logs would keep it.
  app.post(
    '/link',
    {
      config: { access: access.public },
      schema: {
        tags: ['setup'],
        summary: "Another organisation's setup link (from `npm run org:create`): which organisation it is for",
        body: zOrganisationLinkRequest,
        response: { 200: zOrganisationLinkPreview, 400: zErrorBody, 410: zErrorBody },
      },
    },
    async (request) => setup.previewOrganisationLink(request.body.token),
  );

  app.post(
    '/admin',
    {
      config: { access: access.public },
      schema: {
        tags: ['setup'],
        summary: "Another organisation's setup link: create its first admin",
        body: zOrganisationAdminRequest,
        response: { 200: zMe, 400: zErrorBody, 409: zErrorBody, 410: zErrorBody },
      },
    },
    async (request, reply) => signInFirstAdmin(request, reply, await setup.completeOrganisationLink(request.body)),
  );

  async function signInFirstAdmin(
    request: FastifyRequest,
    reply: FastifyReply,
    { admin, organisationName }: Awaited<ReturnType<SetupService['completeFirstRun']>>,
  ) {
    const signedIn = await auth.startSession(admin, organisationName, request.headers['user-agent'] ?? '');
    setSignInCookie(reply, signedIn.token, signedIn.absoluteExpiresAt, secureCookies);
    return signedIn.me;
  }
};
