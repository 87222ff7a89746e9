import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.js';

export interface SignInFrom {
  /** The client address the server sees on the connection. */
  remoteAddress: string;
  /** A (perhaps forged) X-Forwarded-For header. */
  forwardedFor?: string | undefined;
  /** A device cookie from an earlier sign-in on this browser. */
  device?: string | undefined;
}

/** One sign-in attempt as a browser at `from` would make it; the answer is not checked. */
export function signInFrom(
  app: TestApp,
  email: string,
  password: string,
  from: SignInFrom,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (from.forwardedFor) headers['x-forwarded-for'] = from.forwardedFor;
  if (from.device) headers.cookie = `alongside_device=${from.device}`;
  return app.request({
    method: 'POST',
    url: '/api/auth/sign-in',
    body: { email, password },
    remoteAddress: from.remoteAddress,
    headers,
  });
}

/** The device cookie a sign-in answer set, if any. */
export function deviceCookieOf(res: LightMyRequestResponse) {
  return res.cookies.find((c) => c.name === 'alongside_device');
}
