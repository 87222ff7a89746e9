import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

/** Someone who may not use a route is refused before their input is looked at: no field-by-field 400. */
describe('access is checked before the body is validated', () => {
  const badInvitation = { email: 'not-an-email', role: 'wizard', orgId: 'x' };

  it('anonymous → 401, not a 400 describing the fields', async () => {
    const res = await t.request({ method: 'POST', url: '/api/invitations', body: badInvitation });
    expect(res.statusCode).toBe(401);
    expect(res.json().field).toBeUndefined();
  });

  it('a role without the capability → 403', async () => {
    const res = await t.request({ method: 'POST', url: '/api/invitations', as: cast.supervisor, body: badInvitation });
    expect(res.statusCode).toBe(403);
  });

  it('an outsider to a plan → 404 even with a malformed command', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/participants/${cast.participant.me.id}/plan/commands`,
      as: cast.supervisor,
      body: { command: { type: 'goal.create', title: '' } },
    });
    expect(res.statusCode).toBe(404);
  });

  it('someone who may use the route gets the 400 naming the field', async () => {
    const res = await t.request({ method: 'POST', url: '/api/invitations', as: cast.admin, body: badInvitation });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('email');
  });
});
