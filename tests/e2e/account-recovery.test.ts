import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, screenshot, waitForHeading } from './harness/browser.js';
import { accept, check, invite, ownId, password, phone, setUpOrganisation } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * A participant forgets their password: their specialist makes a reset link on the person's
 * page, the participant opens it in a fresh browser (in Spanish, on a phone), chooses a new
 * password and signs in with it. Then they change it again on their account page. Signed-out
 * pages (sign-in, setup, invitation, reset) must not log a single console error — 4xx included.
 */
const app = story();
const { person, problems } = app;

/** Every console error a page logs, the "Failed to load resource" of a 4xx too. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  return errors;
}

describe('account recovery', () => {
  let visitor: Person;
  let visitorErrors: string[] = [];
  let admin: Person;
  let specialist: Person;
  let participant: Person;
  let resetLink = '';
  let onPhone: Person;
  const participantEmail = 'pat@harbor.example';
  const newPassword = 'lanterns along the harbour wall';

  it('the sign-in and setup pages log no console error for a signed-out visitor', async () => {
    visitor = await person('visitor');
    visitorErrors = consoleErrors(visitor.page);
    await visitor.page.goto(`${app.server.url}/sign-in`);
    await waitForHeading(visitor.page, 'Sign in');
    // No mail server here: "Forgot your password?" is not offered.
    expect(await visitor.page.getByText('Forgot your password?').count()).toBe(0);
    await visitor.page.goto(app.server.setupLink);
    await waitForHeading(visitor.page, 'Set up Alongside');
    expect(visitorErrors).toEqual([]);
  });

  it('sets up a specialist and a participant they partner with', async () => {
    admin = await person('admin');
    await setUpOrganisation(admin, app.server.setupLink, 'Harbor Peer Support', 'harbor.example');
    await admin.page.getByLabel('Email', { exact: true }).fill('sam@harbor.example');
    await admin.page.getByLabel('Role', { exact: true }).selectOption('specialist');
    await admin.page.getByRole('button', { name: 'Create invitation link' }).click();
    const specialistLink = await admin.page.getByLabel('Invitation link', { exact: true }).inputValue();
    specialist = await person('specialist');
    await accept(specialistLink, specialist, 'Sam Specialist');

    const participantLink = await invite(specialist.page, participantEmail);
    // The invitation page, opened signed out, logs nothing either.
    await visitor.page.goto(participantLink);
    await waitForHeading(visitor.page, 'Accept your invitation');
    expect(await visitor.page.getByLabel('Your email', { exact: true }).inputValue()).toBe(participantEmail);
    participant = await person('participant');
    await accept(participantLink, participant, 'Pat Participant');
    expect(visitorErrors).toEqual([]);
  });

  it('lets the admin give a pending invitation a fresh link, and make a staff reset link, on People', async () => {
    const { page } = admin;
    // Opened again: the list of accounts was read before Sam accepted.
    await page.reload();
    await waitForHeading(page, 'People and invitations');
    const first = await invite(page, 'lee@harbor.example');
    const row = page.getByRole('listitem').filter({ hasText: 'lee@harbor.example' });
    await row.getByRole('button', { name: 'Issue a fresh link for lee@harbor.example' }).click();
    const fresh = await page.getByLabel('Fresh invitation link for lee@harbor.example', { exact: true }).inputValue();
    expect(fresh).toMatch(new RegExp(`^${app.server.url}/invite#.{16,}`));
    expect(fresh).not.toBe(first);
    await check(page, 'people, fresh invitation link', 'recovery-00-fresh-invitation');

    const samRow = page
      .getByRole('region', { name: 'People with an account' })
      .getByRole('listitem')
      .filter({ hasText: 'sam@harbor.example' });
    await samRow.getByRole('button', { name: 'Reset link for Sam Specialist' }).click();
    const staffLink = await page.getByLabel('Reset link for Sam Specialist', { exact: true }).inputValue();
    expect(staffLink).toMatch(new RegExp(`^${app.server.url}/reset#.{16,}`));
    await check(page, 'people, staff reset link', 'recovery-00-staff-reset');

    // The first invitation link no longer works, and says so in plain words.
    const late = await person('late invitee');
    await late.page.goto(first);
    await late.page.getByText('This invitation link is not valid. It may be an older link').waitFor();
    await expectAccessible(late.page, 'an invitation link replaced by a fresh one');
  });

  it("lets the specialist make a reset link on the person's page", async () => {
    const id = await ownId(participant);
    const { page } = specialist;
    await page.goto(`${app.server.url}/people/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Reset link' }).waitFor();
    await page.getByRole('button', { name: 'Reset link for Pat Participant' }).click();
    const box = page.getByLabel('Reset link for Pat Participant', { exact: true });
    await box.waitFor();
    resetLink = await box.inputValue();
    expect(resetLink).toMatch(new RegExp(`^${app.server.url}/reset#.{16,}`));
    await page.getByText(/Pass this link on privately/).waitFor();
    await expectAccessible(page, 'person page with a reset link');
    await screenshot(page, 'recovery-01-specialist-reset-link');
  });

  it('the participant chooses a new password in Spanish on a phone, and signs in with it', async () => {
    onPhone = await person('participant on a phone', { viewport: phone, locale: 'es-ES' });
    const errors = consoleErrors(onPhone.page);
    const { page } = onPhone;
    await page.goto(resetLink);
    await waitForHeading(page, 'Elige una contraseña nueva');
    await page.getByText(`Para la cuenta ${participantEmail}.`).waitFor();
    await check(page, 'reset page (es)', 'recovery-02-reset-es');
    await page.setViewportSize(phone);

    await page.getByLabel('Elige una contraseña', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Guardar mi contraseña nueva' }).click();
    await page.getByRole('heading', { name: 'Tu contraseña nueva está guardada' }).waitFor();
    await expectAccessible(page, 'reset done (es)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: 'Ir a iniciar sesión' }).click();
    await waitForHeading(page, 'Iniciar sesión');
    await expectAccessible(page, 'sign-in (es)');
    expect(errors).toEqual([]);
    await page.getByLabel('Correo electrónico', { exact: true }).fill(participantEmail);
    await page.getByLabel('Contraseña', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await waitForHeading(page, /Pat Participant/);

    // Using the link ended the participant's earlier sign-in; the link cannot be used twice.
    const before = await participant.page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(before).toBe(401);
    await visitor.page.goto(resetLink);
    await visitor.page.getByText('This link has already been used. Ask for a new one.').waitFor();
    await expectAccessible(visitor.page, 'reset page, used link');
    expect(visitorErrors).toEqual([]);
  });

  it('changes the password on the account page; the other device is signed out, this one stays', async () => {
    const desk = await person('participant at a desk');
    const { page } = desk;
    await page.goto(`${app.server.url}/sign-in`);
    await page.getByLabel('Email', { exact: true }).fill(participantEmail);
    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForHeading(page, /Pat Participant/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await waitForHeading(page, 'Your account');

    await page.getByLabel('Current password', { exact: true }).fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('That is not your current password.').waitFor();

    await page.getByLabel('Current password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed. Other devices are signed out.').waitFor();
    await check(page, 'account page, password changed', 'recovery-03-password-changed');

    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(200);
    expect(await onPhone.page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
    const signInWith = (pw: string) =>
      visitor.page.evaluate(
        async ([email, secret]) =>
          (
            await fetch('/api/auth/sign-in', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email, password: secret }),
            })
          ).status,
        [participantEmail, pw] as const,
      );
    expect(await signInWith(newPassword)).toBe(401);
    expect(await signInWith(password)).toBe(200);
  });

  it('met no errors anywhere', () => {
    expect(problems()).toEqual([]);
  });
});
