import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, publicUrl, type SignedInPerson, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let admin: SignedInPerson;
beforeAll(async () => {
  t = await createTestApp();
  ({ admin } = await createCast(t));
});
afterAll(async () => {
  await t.close();
});

/** A state-changing request a signed-in admin's browser might be tricked into sending. */
const renameOrganisation = (name: string, headers: Record<string, string>, noOrigin = true) =>
  t.request({ method: 'PATCH', url: '/api/organisation', as: admin, body: { name }, headers, noOrigin });
const organisationName = async () =>
  (await t.request({ method: 'GET', url: '/api/organisation', as: admin })).json<{ name: string }>().name;

describe('state-changing requests must come from Alongside itself', () => {
  it('without Origin or Referer: 403 cross_origin, and nothing changes', async () => {
    const res = await renameOrganisation('Renamed by no one', {});
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'cross_origin' });
    expect(await organisationName()).toBe('Harbor Recovery');
  });

  it('from a foreign Origin: 403, even with a valid session cookie', async () => {
    for (const origin of ['https://evil.example', 'http://alongside.test.evil.example', 'null']) {
      const res = await renameOrganisation('Renamed by evil', { origin });
      expect(res.statusCode, origin).toBe(403);
    }
    expect(await organisationName()).toBe('Harbor Recovery');
  });

  it('a foreign Origin wins over a same-origin Referer', async () => {
    const res = await renameOrganisation('Renamed by evil', {
      origin: 'https://evil.example',
      referer: `${publicUrl}/people`,
    });
    expect(res.statusCode).toBe(403);
  });

  it('sign-in is protected too (no login CSRF)', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: admin.email, password: admin.password },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.cookies).toHaveLength(0);
  });

  it('from our own Origin: allowed', async () => {
    const res = await renameOrganisation('Harbor Recovery Center', { origin: publicUrl });
    expect(res.statusCode).toBe(200);
    expect(await organisationName()).toBe('Harbor Recovery Center');
  });

  it('without Origin, a same-origin Referer is accepted and a foreign one refused', async () => {
    const ok = await renameOrganisation('Harbor Recovery', { referer: `${publicUrl}/settings?tab=general` });
    expect(ok.statusCode).toBe(200);
    const refused = await renameOrganisation('Renamed by evil', { referer: 'https://evil.example/alongside.test' });
    expect(refused.statusCode).toBe(403);
    expect(await organisationName()).toBe('Harbor Recovery');
  });

  it('reads (GET) need no Origin', async () => {
    const res = await t.request({ method: 'GET', url: '/api/organisation', as: admin });
    expect(res.statusCode).toBe(200);
  });
});
