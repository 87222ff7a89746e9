import {
  zChangePassword,
  zCompletePasswordReset,
  zErrorBody,
  zIssuedPasswordReset,
  zIssuePasswordReset,
  zOk,
  zPasswordResetPreview,
  zPasswordResetPreviewRequest,
  zRequestPasswordReset,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import type { PasswordsService } from './passwords.service.js';

/** Passwords — mounted at /api/passwords. Tokens travel in bodies, never in URLs (logs). */
export const passwordsRoutes: FastifyPluginAsyncZod<{ passwords: PasswordsService }> = async (app, { passwords }) => {
  const tags = ['passwords'];
  const ok = { ok: true as const };

  app.post(
    '/resets',
    {
      config: { access: access.needs('accounts:reset') },
      schema: {
        tags,
        summary: "Issue a single-use link to choose a new password (a partner's, or, for admins, anyone's)",
        body: zIssuePasswordReset,
        response: { 201: zIssuedPasswordReset, 400: zErrorBody, 404: zErrorBody, 409: zErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await passwords.issue(requestContext(request), request.body.userId)),
  );

  app.post(
    '/resets/preview',
    {
      config: { access: access.public },
      schema: {
        tags,
        body: zPasswordResetPreviewRequest,
        response: { 200: zPasswordResetPreview, 400: zErrorBody },
      },
    },
    async (request) => passwords.preview(request.body.token),
  );

  app.post(
    '/resets/complete',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: "Use a reset link: set the new password and end the account's sign-ins",
        body: zCompletePasswordReset,
        response: { 200: zOk, 400: zErrorBody, 404: zErrorBody, 410: zErrorBody },
      },
    },
    async (request) => {
      await passwords.complete(request.body, request.id);
      return ok;
    },
  );

  app.post(
    '/resets/request',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'Forgot your password: mail a link (the same answer whether or not the address has an account)',
        body: zRequestPasswordReset,
        response: { 202: zOk, 400: zErrorBody, 409: zErrorBody, 429: zErrorBody },
      },
    },
    async (request, reply) => {
      await passwords.requestByMail(request.body.email, request.ip, request.id);
      return reply.status(202).send(ok);
    },
  );

  app.post(
    '/change',
    {
      config: { access: access.needs('account:self') },
      schema: {
        tags,
        summary: 'Change my password; my other sign-ins end',
        body: zChangePassword,
        response: { 200: zOk, 400: zErrorBody, 429: zErrorBody },
      },
    },
    async (request) => {
      await passwords.change(requestContext(request), request.body);
      return ok;
    },
  );
};
