import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthService } from '../modules/auth/index.js';

export const signInCookieName = 'alongside_session';

/**
 * Turns the session cookie into `request.actor` (or null). It decides nothing about access:
 * that is the access plugin's job, driven by each route's declaration.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, opts: { auth: AuthService }) => {
    app.decorateRequest('actor', null);
    app.decorateRequest('signIn', null);
    app.addHook('onRequest', async (request) => {
      const token = request.cookies[signInCookieName];
      const found = token ? await opts.auth.authenticate(token) : null;
      request.actor = found?.actor ?? null;
      request.signIn = found?.state ?? null;
    });
  },
  { name: 'auth', dependencies: ['@fastify/cookie'] },
);

export function setSignInCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  reply.setCookie(signInCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires,
  });
}

export function clearSignInCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(signInCookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
