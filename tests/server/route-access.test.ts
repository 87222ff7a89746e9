import { randomUUID } from 'node:crypto';
import type { Role } from '@alongside/shared';
import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccessLogRepo } from '../../server/src/modules/access-log/access-log.repo.js';
import { createAudit } from '../../server/src/modules/access-log/audit.js';
import { accessPlugin } from '../../server/src/plugins/access.js';
import { errorHandlerPlugin } from '../../server/src/plugins/error-handler.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp, uniqueEmail } from '../helpers/test-app.js';

/**
 * Every route the app registers, seen through an onRoute hook put on each Fastify instance the
 * moment it is created — before any plugin or module can add a route. Nothing else changes.
 */
const registered = vi.hoisted(() => [] as RouteOptions[]);
vi.mock('fastify', async (importOriginal) => {
  const actual = await importOriginal<typeof import('fastify')>();
  const create = (options?: FastifyServerOptions) => {
    const instance = actual.default(options);
    instance.addHook('onRoute', (route) => {
      registered.push(route);
    });
    return instance;
  };
  return { ...actual, default: create as unknown as typeof actual.default };
});

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

describe('every route declares who may call it', () => {
  it('collects all the routes, the foundation ones among them', () => {
    const seen = new Set(registered.map((r) => `${[r.method].flat().join(',')} ${r.url}`));
    for (const route of [
      'GET /api/health',
      'POST /api/setup/',
      'POST /api/auth/sign-in',
      'DELETE /api/auth/sessions/:sessionId',
      'POST /api/invitations/accept',
      'GET /api/users/',
      'POST /api/partnerships/:partnershipId/end',
      'GET /api/access-log/',
      'PATCH /api/organisation/',
      'GET /api/participants/:participantId/record/export.json',
      'GET /api/participants/:participantId/record/export.fhir.json',
    ]) {
      expect(seen, route).toContain(route);
    }
  });

  it('no route lacks a config.access declaration', () => {
    // Read after ready(): scope hooks (public docs and static files) may still set it after ours ran.
    const undeclared = registered
      .filter((r) => {
        const declared = r.config?.access;
        return !(declared?.kind === 'public' || (declared?.kind === 'capability' && declared.capability));
      })
      .map((r) => `${[r.method].flat().join(',')} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it("only sign-in, who is signed in, setup (and an operator's organisation link), invitation acceptance, reset links, health, robots.txt and the docs are public", () => {
    const publicApi = registered
      .filter((r) => r.config?.access?.kind === 'public' && !r.url.startsWith('/api/docs') && r.method !== 'HEAD')
      .map((r) => `${[r.method].flat().join(',')} ${r.url.replace(/\/$/, '')}`);
    expect(new Set(publicApi)).toEqual(
      new Set([
        'GET /api/health',
        'GET /api/ready',
        'GET /api/setup',
        'POST /api/setup',
        'POST /api/setup/link',
        'POST /api/setup/admin',
        'POST /api/auth/sign-in',
        'POST /api/invitations/preview',
        'POST /api/invitations/accept',
        'GET /api/auth/status',
        'POST /api/passwords/resets/preview',
        'POST /api/passwords/resets/complete',
        'POST /api/passwords/resets/request',
        'GET /robots.txt',
      ]),
    );
  });
});

describe('a route someone forgot to declare', () => {
  it('is refused at run time with a plain 500, never served', async () => {
    const app = Fastify({ logger: false });
    await app.register(errorHandlerPlugin);
    await app.register(accessPlugin, {
      audit: createAudit({ repo: createAccessLogRepo(t.testDb.database.db) }),
      clock: t.clock,
    });
    app.get('/api/forgotten', async () => ({ secret: 'participant data' }));
    await app.ready();
    try {
      const res = await app.inject({ method: 'GET', url: '/api/forgotten' });
      expect(res.statusCode).toBe(500);
      expect(Object.keys(res.json()).sort()).toEqual(['error', 'message', 'requestId']);
      expect(res.body).not.toContain('participant data');
      expect(res.body).not.toContain('forgotten');
    } finally {
      await app.close();
    }
  });
});

type Who = Role | 'anonymous';
const everyone: Role[] = ['admin', 'specialist', 'participant', 'supervisor'];
interface MatrixRow {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: () => unknown;
  allowed: Role[];
}
// Ids that do not exist: an allowed caller gets past the check and then a 404, never a 401/403.
const matrix: MatrixRow[] = [
  { method: 'GET', url: '/api/users', allowed: ['admin'] },
  { method: 'POST', url: `/api/users/${randomUUID()}/disable`, allowed: ['admin'] },
  { method: 'POST', url: `/api/users/${randomUUID()}/enable`, allowed: ['admin'] },
  {
    method: 'POST',
    url: '/api/partnerships',
    body: () => ({ specialistId: randomUUID(), participantId: randomUUID() }),
    allowed: ['admin'],
  },
  { method: 'POST', url: `/api/partnerships/${randomUUID()}/end`, allowed: ['admin'] },
  { method: 'GET', url: '/api/organisation', allowed: ['admin'] },
  { method: 'PATCH', url: '/api/organisation', body: () => ({}), allowed: ['admin'] },
  { method: 'GET', url: '/api/invitations', allowed: ['admin', 'specialist'] },
  {
    method: 'POST',
    url: '/api/invitations',
    body: () => ({ email: uniqueEmail('participant'), role: 'participant' }),
    allowed: ['admin', 'specialist'],
  },
  { method: 'DELETE', url: `/api/invitations/${randomUUID()}`, allowed: ['admin', 'specialist'] },
  { method: 'POST', url: `/api/invitations/${randomUUID()}/reissue`, allowed: ['admin', 'specialist'] },
  {
    method: 'POST',
    url: '/api/passwords/resets',
    body: () => ({ userId: randomUUID() }),
    allowed: ['admin', 'specialist'],
  },
  {
    method: 'POST',
    url: '/api/passwords/change',
    body: () => ({ currentPassword: 'wrong password', newPassword: 'a long new phrase' }),
    allowed: everyone,
  },
  { method: 'GET', url: '/api/partnerships', allowed: ['admin', 'specialist', 'participant'] },
  { method: 'GET', url: '/api/access-log', allowed: ['participant'] },
  { method: 'GET', url: '/api/auth/me', allowed: everyone },
  { method: 'PATCH', url: '/api/auth/me', body: () => ({}), allowed: everyone },
  { method: 'GET', url: '/api/auth/sessions', allowed: everyone },
  { method: 'DELETE', url: `/api/auth/sessions/${randomUUID()}`, allowed: everyone },
  { method: 'GET', url: '/api/organisation/questionnaires', allowed: ['admin'] },
  { method: 'POST', url: '/api/organisation/questionnaires', body: () => ({}), allowed: ['admin'] },
  { method: 'POST', url: `/api/organisation/questionnaires/${randomUUID()}/retire`, allowed: ['admin'] },
  { method: 'GET', url: '/api/questionnaires', allowed: ['participant', 'specialist'] },
  { method: 'GET', url: '/api/organisation/language-terms', allowed: ['admin', 'specialist'] },
  { method: 'POST', url: '/api/organisation/language-terms', body: () => ({}), allowed: ['admin'] },
  { method: 'PATCH', url: `/api/organisation/language-terms/${randomUUID()}`, body: () => ({}), allowed: ['admin'] },
  { method: 'DELETE', url: `/api/organisation/language-terms/${randomUUID()}`, allowed: ['admin'] },
  {
    method: 'PATCH',
    url: '/api/organisation/language-terms/built-in/en.clean',
    body: () => ({ enabled: true }),
    allowed: ['admin'],
  },
  { method: 'POST', url: '/api/language-nudges', body: () => ({}), allowed: ['specialist'] },
  // Second factors: everyone's own; an admin resets someone's.
  { method: 'GET', url: '/api/auth/second-factor', allowed: everyone },
  { method: 'POST', url: '/api/auth/second-factor/totp', allowed: everyone },
  {
    method: 'POST',
    url: `/api/auth/second-factor/totp/${randomUUID()}/confirm`,
    body: () => ({ code: '123456' }),
    allowed: everyone,
  },
  { method: 'POST', url: '/api/auth/second-factor/passkey/registration-options', allowed: everyone },
  { method: 'POST', url: '/api/auth/second-factor/passkey', body: () => ({}), allowed: everyone },
  { method: 'POST', url: '/api/auth/second-factor/passkey/assertion-options', allowed: everyone },
  {
    method: 'POST',
    url: '/api/auth/second-factor/verify',
    body: () => ({ method: 'totp', code: '123456' }),
    allowed: everyone,
  },
  { method: 'POST', url: '/api/auth/reconfirm', body: () => ({ method: 'totp', code: '123456' }), allowed: everyone },
  { method: 'DELETE', url: `/api/auth/second-factor/${randomUUID()}`, allowed: everyone },
  { method: 'POST', url: '/api/auth/second-factor/backup-codes', allowed: everyone },
  { method: 'POST', url: `/api/users/${randomUUID()}/second-factor/reset`, allowed: ['admin'] },
];

describe('role matrix of the foundation routes', () => {
  const rows = matrix.map((row) => ({ ...row, name: `${row.method} ${row.url.replace(/[0-9a-f-]{36}/, ':id')}` }));
  it.each(rows)('$name', async ({ method, url, body, allowed }) => {
    const people: Record<Role, SignedInPerson> = cast;
    const outcomes: Record<string, number> = {};
    for (const who of ['anonymous', ...everyone] as Who[]) {
      const res = await t.request({
        method,
        url,
        as: who === 'anonymous' ? undefined : people[who],
        ...(body ? { body: body() } : {}),
      });
      outcomes[who] = res.statusCode;
    }
    const expected = Object.fromEntries(
      (['anonymous', ...everyone] as Who[]).map((who) => [
        who,
        who === 'anonymous' ? 401 : allowed.includes(who) ? 'allowed' : 403,
      ]),
    );
    const actual = Object.fromEntries(
      Object.entries(outcomes).map(([who, status]) => [
        who,
        status === 401 || status === 403 || status >= 500 ? status : 'allowed',
      ]),
    );
    expect(actual).toEqual(expected);
  });

  it('sign-out needs a session', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/sign-out' });
    expect(res.statusCode).toBe(401);
  });
});
