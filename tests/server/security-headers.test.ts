import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

function cspDirectives(res: LightMyRequestResponse): Map<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('security headers on API answers', () => {
  const answers = () =>
    Promise.all([
      t.request({ method: 'GET', url: '/api/health' }),
      t.request({ method: 'GET', url: '/api/auth/me' }), // a 401
      t.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        body: { email: 'a@b.org', password: 'x' },
        noOrigin: true,
      }), // a 403
    ]);

  it('a Content-Security-Policy that allows no inline or foreign script and no framing', async () => {
    for (const res of await answers()) {
      const csp = cspDirectives(res);
      const scripts = csp.get('script-src') ?? csp.get('default-src');
      expect(scripts).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
    }
  });

  it('API answers are never cached, and are not sniffed', async () => {
    for (const res of await answers()) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    }
  });

  it('every answer carries x-request-id, the same id an error body reports', async () => {
    const [ok, unauthenticated, refused] = await answers();
    expect(ok?.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    for (const res of [unauthenticated, refused]) {
      expect(res?.headers['x-request-id']).toBe(res?.json().requestId);
    }
    expect(ok?.headers['x-request-id']).not.toBe(unauthenticated?.headers['x-request-id']);
  });

  it('a request id sent by the client is not adopted (it would let a caller forge log entries)', async () => {
    const res = await t.request({ method: 'GET', url: '/api/auth/me', headers: { 'x-request-id': 'forged-id' } });
    expect(res.headers['x-request-id']).not.toBe('forged-id');
    expect(res.json().requestId).not.toBe('forged-id');
  });
});
