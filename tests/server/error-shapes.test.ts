import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type TestApp, tokenFromLink, uniqueEmail } from '../helpers/test-app.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

function expectValidationError(res: LightMyRequestResponse, field: string) {
  expect(res.statusCode).toBe(400);
  expect(res.json()).toMatchObject({ error: 'validation_failed', field, requestId: expect.any(String) });
  expect(res.json().message).toContain(field);
}

describe('4xx answers say what was wrong', () => {
  it('a validation error names the offending field', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: 'not an email', password: 'whatever' },
    });
    expectValidationError(res, 'email');
  });

  it('a nested field is named by its path', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: '/api/organisation',
      as: cast.admin,
      body: { settings: { smallCellThreshold: 3 } },
    });
    expectValidationError(res, 'settings.smallCellThreshold');
  });

  it('a password shorter than 8 characters is refused naming password', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/invitations',
      as: cast.admin,
      body: { email: uniqueEmail('specialist'), role: 'specialist' },
    });
    const token = tokenFromLink(created.json().link);
    const res = await t.request({
      method: 'POST',
      url: '/api/invitations/accept',
      body: { token, name: 'Short', password: 'short' },
    });
    expectValidationError(res, 'password');
  });

  it.each([
    ['orgId', { email: 'x@example.org', role: 'specialist', orgId: '00000000-0000-4000-8000-000000000000' }],
    ['createdBy', { email: 'x@example.org', role: 'specialist', createdBy: 'someone' }],
  ])('an unknown key (%s) is refused, naming it, and nothing is created', async (key, body) => {
    const res = await t.request({ method: 'POST', url: '/api/invitations', as: cast.admin, body });
    expectValidationError(res, key);
    const list = await t.request({ method: 'GET', url: '/api/invitations', as: cast.admin });
    expect(list.json().invitations.map((i: { email: string }) => i.email)).not.toContain('x@example.org');
  });

  it('nobody can give themselves a role: `role` in the profile update is refused and the role stays', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: '/api/auth/me',
      as: cast.participant,
      body: { name: 'Pat', role: 'admin' },
    });
    expectValidationError(res, 'role');
    const me = await t.request({ method: 'GET', url: '/api/auth/me', as: cast.participant });
    expect(me.json()).toMatchObject({ role: 'participant', name: 'Pat Participant' });
  });

  it('malformed JSON is a 400 in the usual shape', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      body: '{"email": "a@b.org", "password": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json()).sort()).toEqual(['error', 'field', 'message', 'requestId']);
    expect(res.json()).toMatchObject({ error: 'invalid_json', field: 'body' });
  });

  it('an unknown API path is a plain 404 in the usual shape', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await t.request({ method, url: '/api/no-such-thing', as: cast.admin });
      expect(res.statusCode, method).toBe(404);
      expect(res.json()).toEqual({ error: 'not_found', message: expect.any(String), requestId: expect.any(String) });
    }
  });
});

// Last: this breaks the test's own database on purpose.
describe('5xx answers never show internals', () => {
  it('a failing query answers 500 with only error, message and requestId — no SQL, table name or stack', async () => {
    await t.testDb.database.db.execute('drop table invitations cascade');
    const res = await t.request({ method: 'GET', url: '/api/invitations', as: cast.admin });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['error', 'message', 'requestId']);
    expect(body.error).toBe('internal');
    expect(body.requestId).toBe(res.headers['x-request-id']);
    for (const leak of [
      'invitations',
      'relation',
      'select ',
      ' from ',
      'does not exist',
      '42p01',
      'stack',
      '.ts:',
      'error:',
    ]) {
      expect(res.body.toLowerCase()).not.toContain(leak.toLowerCase());
    }
  });
});
