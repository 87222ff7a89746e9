import {
  zAuthStatus,
  zErrorBody,
  zMe,
  zOk,
  zSessionIdParams,
  zSignInRequest,
  zSignInSessionList,
  zUpdateMe,
} from '@alongside/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import { clearSignInCookie, setSignInCookie } from '../../plugins/auth.js';
import type { AuthService } from './auth.service.js';
import type { DeviceCookie } from './known-devices.js';

export const deviceCookieName = 'alongside_device';

/**
 * The account basics (who am I, my language, sign out) stay open while a sign-in waits for its
 * second factor or for enrolment; nothing else does (see plugins/sign-in-rules.ts).
 */
const beforeComplete = ['verify', 'enrol'] as const;

/**
 * Sent only to sign-in (path /api/auth), never to scripts (HttpOnly), never with another site's
 * requests (Strict). It grants a browser its own allowance of attempts, not a sign-in.
 */
function setDeviceCookie(reply: FastifyReply, device: DeviceCookie, secure: boolean): void {
  reply.setCookie(deviceCookieName, device.token, {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    expires: device.expiresAt,
  });
}

export interface AuthRoutesOptions {
  auth: AuthService;
  secureCookies: boolean;
  /** Whether the sign-in page may offer "Forgot your password?" (mail is configured). */
  mailConfigured: boolean;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { auth, secureCookies, mailConfigured },
) => {
  const errors = { 400: zErrorBody, 401: zErrorBody, 429: zErrorBody };

  app.post(
    '/sign-in',
    {
      config: { access: access.public },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: zSignInRequest,
        response: { 200: zMe, ...errors },
      },
    },
    async (request, reply) => {
      const signedIn = await auth.signIn({
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
        deviceToken: request.cookies[deviceCookieName],
      });
      setSignInCookie(reply, signedIn.token, signedIn.absoluteExpiresAt, secureCookies);
      setDeviceCookie(reply, signedIn.device, secureCookies);
      return signedIn.me;
    },
  );

  app.post(
    '/sign-out',
    {
      config: { access: access.needs('account:self', { stages: beforeComplete }) },
      schema: { tags: ['auth'], response: { 200: zOk } },
    },
    async (request, reply) => {
      await auth.signOut(requestContext(request));
      clearSignInCookie(reply, secureCookies);
      return { ok: true as const };
    },
  );

  // Public and always 200: the app asks this at start, and a signed-out visitor's browser would
  // otherwise log /me's 401 as an error on every signed-out page.
  app.get(
    '/status',
    {
      config: { access: access.public },
      schema: { tags: ['auth'], summary: 'Who is signed in, if anyone', response: { 200: zAuthStatus } },
    },
    async (request) => ({
      me: request.actor ? await auth.me(requestContext(request), request.signIn?.stage) : null,
      mailConfigured,
    }),
  );

  app.get(
    '/me',
    {
      config: { access: access.needs('account:self', { stages: beforeComplete }) },
      schema: { tags: ['auth'], response: { 200: zMe, 401: zErrorBody } },
    },
    async (request) => auth.me(requestContext(request), request.signIn?.stage),
  );

  app.patch(
    '/me',
    {
      config: { access: access.needs('account:self', { stages: beforeComplete }) },
      schema: { tags: ['auth'], body: zUpdateMe, response: { 200: zMe, 400: zErrorBody } },
    },
    async (request) => auth.updateMe(requestContext(request), request.body, request.signIn?.stage),
  );

  app.get(
    '/sessions',
    {
      config: { access: access.needs('account:self') },
      schema: { tags: ['auth'], summary: 'My signed-in devices', response: { 200: zSignInSessionList } },
    },
    async (request) => ({ sessions: await auth.listSignIns(requestContext(request)) }),
  );

  app.delete(
    '/sessions/:sessionId',
    {
      config: { access: access.needs('account:self') },
      schema: { tags: ['auth'], params: zSessionIdParams, response: { 200: zOk, 404: zErrorBody } },
    },
    async (request, reply) => {
      const ctx = requestContext(request);
      await auth.endSignIn(ctx, request.params.sessionId);
      if (request.params.sessionId === ctx.actor.signInSessionId) clearSignInCookie(reply, secureCookies);
      return { ok: true as const };
    },
  );
};
