import {
  zBackupCodes,
  zEnrolled,
  zErrorBody,
  zFactorIdParams,
  zMe,
  zOk,
  zPasskeyEnrol,
  zPasskeyOptions,
  zReconfirmRequest,
  zSecondFactorProof,
  zSecondFactorStatus,
  zTotpConfirm,
  zTotpEnrolment,
  zUserIdParams,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import type { AuthService } from '../auth/index.js';
import type { SecondFactorService } from './second-factor.service.js';

const tags = ['second factor'];
const errors = { 400: zErrorBody, 403: zErrorBody, 404: zErrorBody, 409: zErrorBody, 429: zErrorBody };
/** Adding a method is open to a staff member the organisation has sent to enrolment. */
const enrolling = access.needs('account:self', { stages: ['enrol'] });
/** Changing one's methods is a sensitive act for staff (a stolen session must not quietly weaken them). */
const sensitive = access.needs('account:self', { sensitive: 'always' });

/** Mounted at /api/auth: the person's own sign-in methods, sign-in's second step, and re-confirmation. */
export const secondFactorRoutes: FastifyPluginAsyncZod<{
  secondFactors: SecondFactorService;
  auth: AuthService;
}> = async (app, { secondFactors, auth }) => {
  app.get(
    '/second-factor',
    {
      config: { access: enrolling },
      schema: { tags, summary: 'Your sign-in methods', response: { 200: zSecondFactorStatus } },
    },
    async (request) => secondFactors.status(requestContext(request), request.signIn),
  );

  app.post(
    '/second-factor/totp',
    {
      config: { access: enrolling },
      schema: { tags, summary: 'Start adding an authenticator app', response: { 201: zTotpEnrolment } },
    },
    async (request, reply) => reply.status(201).send(await secondFactors.startTotp(requestContext(request))),
  );

  app.post(
    '/second-factor/totp/:factorId/confirm',
    {
      config: { access: enrolling },
      schema: {
        tags,
        summary: "Finish adding an authenticator app with a code from it; the first method's answer has backup codes",
        params: zFactorIdParams,
        body: zTotpConfirm,
        response: { 200: zEnrolled, ...errors },
      },
    },
    async (request) =>
      secondFactors.confirmTotp(
        requestContext(request),
        request.params.factorId,
        request.body.code,
        request.body.label,
      ),
  );

  app.post(
    '/second-factor/passkey/registration-options',
    {
      config: { access: enrolling },
      schema: { tags, summary: 'Options for the browser to create a passkey', response: { 200: zPasskeyOptions } },
    },
    async (request) => ({ options: { ...(await secondFactors.passkeyRegistrationOptions(requestContext(request))) } }),
  );

  app.post(
    '/second-factor/passkey',
    {
      config: { access: enrolling },
      schema: {
        tags,
        summary: 'Add the passkey the browser created',
        body: zPasskeyEnrol,
        response: { 200: zEnrolled, ...errors },
      },
    },
    async (request) =>
      secondFactors.enrolPasskey(requestContext(request), request.body.registration, request.body.label),
  );

  app.post(
    '/second-factor/passkey/assertion-options',
    {
      config: { access: access.needs('account:self', { stages: ['verify'] }) },
      schema: { tags, summary: 'A challenge for your passkey', response: { 200: zPasskeyOptions, 404: zErrorBody } },
    },
    async (request) => ({ options: { ...(await secondFactors.passkeyAssertionOptions(requestContext(request))) } }),
  );

  app.post(
    '/second-factor/verify',
    {
      config: { access: access.needs('account:self', { stages: ['verify'] }) },
      schema: {
        tags,
        summary: "Sign-in's second step: a passkey, a code from the app, or a backup code",
        body: zSecondFactorProof,
        response: { 200: zMe, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      await secondFactors.verify(ctx, request.body);
      return auth.me(ctx);
    },
  );

  app.post(
    '/reconfirm',
    {
      config: { access: access.needs('account:self') },
      schema: {
        tags,
        summary: 'Confirm it is you before a sensitive act (good for five minutes)',
        body: zReconfirmRequest,
        response: { 200: zOk, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      if (!request.signIn) throw new Error('no sign-in state behind a signed-in request');
      await secondFactors.reconfirm(ctx, request.signIn, request.body);
      return { ok: true as const };
    },
  );

  app.delete(
    '/second-factor/:factorId',
    {
      config: { access: sensitive },
      schema: {
        tags,
        summary: 'Remove one of your methods',
        params: zFactorIdParams,
        response: { 200: zOk, ...errors },
      },
    },
    async (request) => {
      await secondFactors.remove(requestContext(request), request.signIn, request.params.factorId);
      return { ok: true as const };
    },
  );

  app.post(
    '/second-factor/backup-codes',
    {
      config: { access: sensitive },
      schema: {
        tags,
        summary: 'Ten new backup codes (the old ones stop working)',
        response: { 200: zBackupCodes, ...errors },
      },
    },
    async (request) => ({ backupCodes: await secondFactors.regenerateBackupCodes(requestContext(request)) }),
  );
};

/** Mounted at /api/users: an admin resets a person's second factor (a lost phone). */
export const secondFactorAdminRoutes: FastifyPluginAsyncZod<{ secondFactors: SecondFactorService }> = async (
  app,
  { secondFactors },
) => {
  app.post(
    '/:userId/second-factor/reset',
    {
      config: { access: access.needs('org:manage') },
      schema: {
        tags,
        summary: "Remove a person's passkeys, authenticator apps and backup codes; they are told at next sign-in",
        params: zUserIdParams,
        response: { 200: zOk, ...errors },
      },
    },
    async (request) => {
      await secondFactors.resetFor(requestContext(request), request.params.userId);
      return { ok: true as const };
    },
  );
};
