import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCast,
  createTestApp,
  type SignedInPerson,
  strongPassword,
  type TestApp,
  tokenFromLink,
  uniqueEmail,
} from '../helpers/test-app.js';

/** A pending invitation can be given a fresh link (the first was lost); the old one stops working. */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

async function invite(as: SignedInPerson, role = 'participant') {
  const res = await t.request({
    method: 'POST',
    url: '/api/invitations',
    as,
    body: { email: uniqueEmail(role), role },
  });
  const body = res.json<{ invitation: { id: string }; link: string }>();
  return { id: body.invitation.id, token: tokenFromLink(body.link) };
}
const reissue = (as: SignedInPerson, id: string) =>
  t.request({ method: 'POST', url: `/api/invitations/${id}/reissue`, as });
const preview = (token: string) => t.request({ method: 'POST', url: '/api/invitations/preview', body: { token } });

describe('a fresh link for a pending invitation', () => {
  it('works, the old one is refused, and the seven days start again', async () => {
    const { id, token } = await invite(cast.specialist);
    t.clock.advanceMinutes(20);
    const res = await reissue(cast.specialist, id);
    expect(res.statusCode, res.body).toBe(201);
    const fresh = res.json<{ invitation: { id: string; status: string; expiresAt: string }; link: string }>();
    expect(fresh.invitation).toMatchObject({ id, status: 'pending' });
    expect(new Date(fresh.invitation.expiresAt).getTime()).toBe(t.clock.now().getTime() + 7 * 24 * 3600_000);
    expect((await preview(token)).json()).toEqual({ usable: false, reason: 'unknown' });
    const accepted = await t.request({
      method: 'POST',
      url: '/api/invitations/accept',
      body: { token: tokenFromLink(fresh.link), name: 'Fresh Link', password: strongPassword },
    });
    expect(accepted.statusCode).toBe(200);
  });

  it('only for a pending invitation', async () => {
    const { id } = await invite(cast.admin, 'supervisor');
    await t.request({ method: 'DELETE', url: `/api/invitations/${id}`, as: cast.admin });
    const res = await reissue(cast.admin, id);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'invitation_not_pending' });
  });

  it("by its inviter or an admin; another specialist's is not found", async () => {
    const { id } = await invite(cast.specialist);
    const other = await t.request({
      method: 'POST',
      url: '/api/invitations',
      as: cast.admin,
      body: { email: uniqueEmail('specialist'), role: 'specialist' },
    });
    const otherToken = tokenFromLink(other.json<{ link: string }>().link);
    const specialist = await t.request({
      method: 'POST',
      url: '/api/invitations/accept',
      body: { token: otherToken, name: 'Other Specialist', password: strongPassword },
    });
    const cookie = specialist.cookies.find((c) => c.name === 'alongside_session')?.value ?? '';
    expect((await reissue({ ...cast.specialist, cookie }, id)).statusCode).toBe(404);
    expect((await reissue(cast.admin, id)).statusCode).toBe(201);
    expect((await reissue(cast.supervisor, id)).statusCode).toBe(403);
  });
});
