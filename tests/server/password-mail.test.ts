import type { AccessLogPage } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp-receiver.js';
import {
  bodyWithoutRequestId,
  createCast,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  signIn,
  strongPassword,
  type TestApp,
  tokenFromLink,
  uniqueEmail,
} from '../helpers/test-app.js';

/**
 * With SMTP_URL and MAIL_FROM set, "Forgot your password?" mails a reset link and invitations can
 * be mailed. The receiver is a real SMTP server the test starts; nothing of the mailer is mocked.
 */
const from = 'Alongside <no-reply@alongside.test>';
let smtp: SmtpReceiver;
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: from } });
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

let addresses = 0;
/** Each request from its own client address, so the per-address allowance is tested only where meant. */
const requestReset = (email: string, remoteAddress?: string) => {
  addresses += 1;
  return t.request({
    method: 'POST',
    url: '/api/passwords/resets/request',
    body: { email },
    remoteAddress: remoteAddress ?? `10.0.0.${addresses}`,
  });
};
const linkIn = (text: string) => {
  const link = /https?:\/\/\S+\/(?:reset|invite)#[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!link) throw new Error(`no link in: ${text}`);
  return link;
};

describe('forgot your password, by mail', () => {
  it('the sign-in page learns that mail is configured', async () => {
    const res = await t.request({ method: 'GET', url: '/api/auth/status' });
    expect(res.json()).toMatchObject({ me: null, mailConfigured: true });
  });

  it('mails the account a link that then sets the new password', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    const res = await requestReset(person.email.toUpperCase());
    expect(res.statusCode).toBe(202);
    const mail = await smtp.next();
    expect(mail.to).toEqual([person.email]);
    expect(mail.subject).toBe('Choose a new password for Alongside');
    const token = tokenFromLink(linkIn(mail.text));
    // The old password keeps working until the link is used.
    expect((await signIn(t, person.email, strongPassword)).me.id).toBe(person.me.id);
    const done = await t.request({
      method: 'POST',
      url: '/api/passwords/resets/complete',
      body: { token, password: 'mailed link phrase' },
    });
    expect(done.statusCode).toBe(200);
    const again = await signIn(t, person.email, 'mailed link phrase');
    expect(again.me.id).toBe(person.me.id);
    // Both the mailed link and its use are in the participant's own log, with no staff actor.
    const log = await t.request({ method: 'GET', url: '/api/access-log?limit=200', as: again });
    const rows = log
      .json<AccessLogPage>()
      .entries.filter((e) => e.action.startsWith('account.password-reset'))
      .map((e) => [e.action, e.actor.id]);
    expect(rows).toEqual([
      ['account.password-reset.use', null],
      ['account.password-reset.issue', null],
    ]);
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    const known = await requestReset(person.email);
    await smtp.next();
    const unknown = await requestReset(uniqueEmail('nobody'));
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(bodyWithoutRequestId(unknown)).toEqual(bodyWithoutRequestId(known));
    await expect(smtp.next(500)).rejects.toThrow('no mail arrived');
  });

  it("writes in the account holder's language", async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    await t.request({ method: 'PATCH', url: '/api/auth/me', as: person, body: { language: 'es' } });
    await requestReset(person.email);
    const mail = await smtp.next();
    expect(mail.subject).toBe('Elige una contraseña nueva para Alongside');
    expect(mail.text).toContain('24 horas');
  });

  it('a newer mailed link replaces the one a specialist issued', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    const issued = await t.request({
      method: 'POST',
      url: '/api/passwords/resets',
      as: cast.specialist,
      body: { userId: person.me.id },
    });
    const firstToken = tokenFromLink(issued.json<{ link: string }>().link);
    await requestReset(person.email);
    await smtp.next();
    const old = await t.request({
      method: 'POST',
      url: '/api/passwords/resets/preview',
      body: { token: firstToken },
    });
    expect(old.json()).toEqual({ usable: false, reason: 'revoked' });
  });

  it('is throttled per address (3 an hour) and per client address (10 in 15 minutes), known or not', async () => {
    const email = uniqueEmail('nobody');
    const codes = [];
    for (let i = 0; i < 4; i += 1) codes.push((await requestReset(email)).statusCode);
    expect(codes).toEqual([202, 202, 202, 429]);
    const fromOne: number[] = [];
    for (let i = 0; i < 11; i += 1) fromOne.push((await requestReset(uniqueEmail('x'), '10.9.9.9')).statusCode);
    expect(fromOne.slice(0, 10).every((c) => c === 202)).toBe(true);
    expect(fromOne[10]).toBe(429);
  });
});

describe('invitations by mail', () => {
  it("mails the link in the organisation's language when asked; the link is shown too and works", async () => {
    const email = uniqueEmail('participant');
    const res = await t.request({
      method: 'POST',
      url: '/api/invitations',
      as: cast.specialist,
      body: { email, role: 'participant', sendEmail: true },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json<{ link: string; mailed: boolean }>();
    expect(created.mailed).toBe(true);
    const mail = await smtp.next();
    expect(mail.to).toEqual([email]);
    expect(mail.subject).toBe('You are invited to Alongside by Harbor Recovery');
    expect(linkIn(mail.text)).toBe(created.link);
    const accepted = await t.request({
      method: 'POST',
      url: '/api/invitations/accept',
      body: { token: tokenFromLink(created.link), name: 'Mailed Person', password: strongPassword },
    });
    expect(accepted.statusCode).toBe(200);
  });

  it('without the option, nothing is mailed', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/invitations',
      as: cast.admin,
      body: { email: uniqueEmail('specialist'), role: 'specialist' },
    });
    expect(res.json()).toMatchObject({ mailed: false });
    await expect(smtp.next(300)).rejects.toThrow('no mail arrived');
  });
});

describe('when the mail server is down', () => {
  let down: TestApp;
  let admin: SignedInPerson;
  beforeAll(async () => {
    const closed = await startSmtpReceiver();
    await closed.close();
    down = await createTestApp({ env: { SMTP_URL: closed.url, MAIL_FROM: from } });
    admin = (await createCast(down)).admin;
  });
  afterAll(async () => {
    await down.close();
  });

  it('"forgot your password" still answers 202, the same as ever', async () => {
    const person = await invitePerson(down, admin, 'specialist');
    const res = await down.request({
      method: 'POST',
      url: '/api/passwords/resets/request',
      body: { email: person.email },
    });
    expect(res.statusCode).toBe(202);
    expect(bodyWithoutRequestId(res)).toEqual({ ok: true });
  });

  it('an invitation is created and its link shown, saying it was not mailed', async () => {
    const res = await down.request({
      method: 'POST',
      url: '/api/invitations',
      as: admin,
      body: { email: uniqueEmail('supervisor'), role: 'supervisor', sendEmail: true },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mailed: false, link: expect.stringContaining('/invite#') });
  });

  it('staff can still issue a reset link to pass on', async () => {
    const person = await invitePerson(down, admin, 'supervisor');
    const res = await down.request({
      method: 'POST',
      url: '/api/passwords/resets',
      as: admin,
      body: { userId: person.me.id },
    });
    expect(res.statusCode).toBe(201);
  });
});

describe('without mail configured', () => {
  it('"forgot your password" is refused with a clear code, and the status says there is no mail', async () => {
    const plain = await createTestApp();
    try {
      const res = await plain.request({
        method: 'POST',
        url: '/api/passwords/resets/request',
        body: { email: uniqueEmail('someone') },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: 'mail_not_configured' });
      expect((await plain.request({ method: 'GET', url: '/api/auth/status' })).json()).toMatchObject({
        mailConfigured: false,
      });
    } finally {
      await plain.close();
    }
  });
});
