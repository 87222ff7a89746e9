import { zErrorBody, zMe, zSetupRequest, zSetupStatus } from '@alongside/shared';
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
    async (request, reply) => {
      const { admin, organisationName } = await setup.completeFirstRun(request.body);
      const signedIn = await auth.startSession(admin, organisationName, request.headers['user-agent'] ?? '');
      setSignInCookie(reply, signedIn.token, signedIn.absoluteExpiresAt, secureCookies);
      return signedIn.me;
    },
  );
};
