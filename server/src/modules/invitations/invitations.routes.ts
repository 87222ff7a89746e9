import {
  zAcceptInvitation,
  zCreatedInvitation,
  zCreateInvitation,
  zErrorBody,
  zInvitationIdParams,
  zInvitationList,
  zInvitationPreview,
  zInvitationPreviewRequest,
  zMe,
  zOk,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import { setSignInCookie } from '../../plugins/auth.js';
import type { Sensitive } from '../../plugins/sign-in-rules.js';
import type { AuthService } from '../auth/index.js';
import type { InvitationsService } from './invitations.service.js';

export const invitationsRoutes: FastifyPluginAsyncZod<{
  invitations: InvitationsService;
  auth: AuthService;
  secureCookies: boolean;
}> = async (app, { invitations, auth, secureCookies }) => {
  const tags = ['invitations'];
  // Inviting an admin hands over the whole organisation, and so does a fresh link to an admin's
  // invitation: both are re-confirmed (sign-in-rules.ts).
  const invitesAdmin: Sensitive = (request) => (request.body as { role?: unknown } | undefined)?.role === 'admin';
  const reissuesAdmin: Sensitive = async (request, actor) =>
    (await invitations.roleOf(actor, (request.params as { invitationId: string }).invitationId)) === 'admin';

  app.post(
    '/',
    {
      config: { access: access.needs('invitations:create', { sensitive: invitesAdmin }) },
      schema: {
        tags,
        summary: 'Invite someone; the answer carries the single-use link to pass on',
        body: zCreateInvitation,
        response: { 201: zCreatedInvitation, 400: zErrorBody, 403: zErrorBody, 404: zErrorBody, 409: zErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await invitations.create(requestContext(request), request.body)),
  );

  app.get(
    '/',
    { config: { access: access.needs('invitations:create') }, schema: { tags, response: { 200: zInvitationList } } },
    async (request) => ({ invitations: await invitations.list(requestContext(request)) }),
  );

  app.delete(
    '/:invitationId',
    {
      config: { access: access.needs('invitations:create') },
      schema: {
        tags,
        summary: 'Withdraw a pending invitation',
        params: zInvitationIdParams,
        response: { 200: zOk, 404: zErrorBody, 409: zErrorBody },
      },
    },
    async (request) => {
      await invitations.revoke(requestContext(request), request.params.invitationId);
      return { ok: true as const };
    },
  );

  app.post(
    '/:invitationId/reissue',
    {
      config: { access: access.needs('invitations:create', { sensitive: reissuesAdmin }) },
      schema: {
        tags,
        summary: 'Issue a fresh link for a pending invitation; the old link stops working',
        params: zInvitationIdParams,
        response: { 201: zCreatedInvitation, 404: zErrorBody, 409: zErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await invitations.reissue(requestContext(request), request.params.invitationId)),
  );

  // The token travels in the body, never in a URL, so it stays out of logs.
  app.post(
    '/preview',
    {
      config: { access: access.public },
      schema: {
        tags,
        body: zInvitationPreviewRequest,
        response: { 200: zInvitationPreview, 400: zErrorBody },
      },
    },
    async (request) => invitations.preview(request.body.token),
  );

  app.post(
    '/accept',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'Accept an invitation: set name and password, and sign in',
        body: zAcceptInvitation,
        response: { 200: zMe, 400: zErrorBody, 404: zErrorBody, 409: zErrorBody, 410: zErrorBody },
      },
    },
    async (request, reply) => {
      const { user, organisationName } = await invitations.accept(request.body, request.id);
      const signedIn = await auth.startSession(user, organisationName, request.headers['user-agent'] ?? '');
      setSignInCookie(reply, signedIn.token, signedIn.absoluteExpiresAt, secureCookies);
      return signedIn.me;
    },
  );
};
