import { Secret, TOTP } from 'otpauth';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, waitForHeading } from './harness/browser.js';
import { check, invite, password, phone, setUpOrganisation } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * Staff sign-in with a second factor, in Chromium: the admin adds a passkey (a virtual
 * authenticator with user verification), turns on "staff must use a second factor"; a specialist
 * invited then is taken to enrolment (in Spanish, on a phone, keyboard only) and adds an
 * authenticator app by reading its key off the screen; both sign in again with their factor; the
 * admin re-confirms before inviting another admin; and resets the specialist's methods.
 * Passkeys need a domain as relying party, so the story runs on localhost; the re-confirmation
 * window is a few seconds, so the story can outwait it.
 */
const reconfirmSeconds = 5;
const app = story({ hostName: 'localhost', env: { RECONFIRM_SECONDS: String(reconfirmSeconds) } });
const { person, problems } = app;

async function addVirtualAuthenticator(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return cdp;
}

/** The code an authenticator app shows for `secret`, `stepsAhead` 30-second steps from now. */
function code(secret: string, stepsAhead = 0): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

async function signInWithPassword(
  page: Page,
  email: string,
  labels = { email: 'Email', password: 'Password', submit: 'Sign in' },
) {
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
}

describe('staff sign-in with a second factor', () => {
  let admin: Person;
  let specialist: Person;
  let specialistLink = '';
  let secret = '';
  let backupCodes: string[] = [];

  it('the admin adds a passkey from their account page and is shown ten backup codes once', async () => {
    admin = await person('admin');
    await addVirtualAuthenticator(admin.page);
    await setUpOrganisation(admin, app.server.setupLink, 'Harbor Peer Support', 'harbor.example');
    const { page } = admin;
    await page.getByLabel('Role', { exact: true }).selectOption('specialist');
    specialistLink = await invite(page, 'sam@harbor.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await waitForHeading(page, 'Your account');
    await page.getByRole('heading', { name: 'Your sign-in methods' }).waitFor();
    await page.getByText('You have no second factor yet.').waitFor();
    await page.getByRole('link', { name: 'Add a sign-in method' }).click();
    await waitForHeading(page, 'Add a sign-in method');
    await check(page, 'adding a sign-in method', 'staff-sign-in-01-add-method');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('Save your backup codes').waitFor();
    expect(await page.locator('al-backup-codes code').count()).toBe(10);
    await expectAccessible(page, 'backup codes');
    await page.getByRole('button', { name: 'I have saved them — go on' }).click();
    await waitForHeading(page, 'Your account');
    await page.getByText('Passkey', { exact: true }).first().waitFor();
    // Added, not yet used to sign in.
    await page.getByText('Not used yet').waitFor();
  });

  it('the admin turns on "staff must use a second factor"', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisation' }).click();
    await waitForHeading(page, 'Organisation settings');
    const rule = page.getByLabel('Staff must use a second factor (passkey or authenticator app) to sign in');
    await rule.check();
    await page.getByText('Saved.').last().waitFor();
    expect(await rule.isChecked()).toBe(true);
    await expectAccessible(page, 'organisation settings with the second-factor rule');
  });

  it('a specialist invited now is taken to enrolment, in Spanish on a phone, and adds an app by keyboard alone', async () => {
    specialist = await person('specialist', { viewport: phone, locale: 'es-ES' });
    const { page } = specialist;
    await page.goto(specialistLink);
    await waitForHeading(page, 'Aceptar tu invitación');
    await page.getByLabel('Tu nombre', { exact: true }).fill('Sam Specialist');
    await page.getByLabel('Elige una contraseña', { exact: true }).fill(password);
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Agrega un método de inicio de sesión');
    // Nowhere else to go: no navigation, and any other page comes back here.
    expect(
      await page
        .getByRole('navigation', { name: /Principal|Main/ })
        .getByRole('link')
        .count(),
    ).toBe(0);
    await page.goto(`${app.server.url}/resources`);
    await waitForHeading(page, 'Agrega un método de inicio de sesión');
    await check(page, 'forced enrolment (Spanish)', 'staff-sign-in-02-forced-enrolment-es');

    const start = page.getByRole('button', { name: 'Mostrar el código QR' });
    await start.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('img', { name: 'Código QR para agregar Alongside a tu aplicación de autenticación' })
      .waitFor();
    // The key as a person reads it off the screen, spaces and all.
    secret = ((await page.getByLabel('Clave para escribir en la aplicación').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(page, 'authenticator app enrolment (Spanish)');
    await page.getByLabel('Código de seis dígitos', { exact: true }).focus();
    await page.keyboard.type(code(secret));
    await page.keyboard.press('Enter');
    await page.getByText('Guarda tus códigos de respaldo').waitFor();
    backupCodes = await page.locator('al-backup-codes code').allTextContents();
    expect(backupCodes).toHaveLength(10);
    await page.getByRole('button', { name: 'Ya los guardé — continuar' }).focus();
    await page.keyboard.press('Enter');
    // On to the page they had tried to open.
    await waitForHeading(page, 'Recursos comunitarios');
  });

  it('the specialist signs in again: password, then a code from the app — or a backup code', async () => {
    const { page } = specialist;
    const es = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' };
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await waitForHeading(page, 'Iniciar sesión');
    await signInWithPassword(page, 'sam@harbor.example', es);
    await waitForHeading(page, 'Confirma que eres tú');
    await check(page, 'second step (Spanish)', 'staff-sign-in-03-second-step-es');
    // Enrolment spent this step's code (the server takes a code once): the app's next one is used.
    await page.getByLabel('Código de seis dígitos', { exact: true }).fill(code(secret, 1));
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Sam Specialist/);

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await waitForHeading(page, 'Iniciar sesión');
    await signInWithPassword(page, 'sam@harbor.example', es);
    await waitForHeading(page, 'Confirma que eres tú');
    // Arrow keys move along the choice of ways.
    await page.getByRole('radio', { name: 'Código de mi aplicación' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Código de respaldo' }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'Código de respaldo' }).fill(backupCodes[0] ?? '');
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Sam Specialist/);
  });

  it('the admin signs in with the passkey, and re-confirms with it before inviting another admin', async () => {
    const { page } = admin;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitForHeading(page, 'Sign in');
    await signInWithPassword(page, 'ada@harbor.example');
    await waitForHeading(page, 'Confirm it is you');
    await page.getByRole('radio', { name: 'Passkey' }).check();
    await page.getByRole('button', { name: 'Use my passkey' }).click();
    await waitForHeading(page, 'Welcome, Ada Admin');

    // Past the re-confirmation window: inviting an admin asks first, then goes through.
    await page.waitForTimeout((reconfirmSeconds + 1) * 1000);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await waitForHeading(page, 'People and invitations');
    await page.getByLabel('Email', { exact: true }).fill('alex@harbor.example');
    await page.getByLabel('Role', { exact: true }).selectOption('admin');
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
    await dialog.waitFor();
    await expectAccessible(page, 're-confirm dialog');
    await dialog.getByRole('button', { name: 'Use my passkey' }).click();
    await page.getByRole('heading', { name: 'Invitation ready for alex@harbor.example' }).waitFor();
    expect(await dialog.count()).toBe(0);
  });

  it("the admin's account page lists the passkey with when it was last used", async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await waitForHeading(page, 'Your account');
    await page.getByText('Last used').waitFor();
    await page.getByText('Backup codes left: 10').waitFor();
    // What happened to them lately, from the access log: the passkey added, then used.
    await page.getByRole('heading', { name: 'Recent activity' }).waitFor();
    await page.getByText('A method was added').waitFor();
    await page.getByText('Signed in or confirmed with a method').first().waitFor();
    await check(page, 'account page with sign-in methods', 'staff-sign-in-04-account-methods');
    await page.goto(`${app.server.url}/people`);
    await waitForHeading(page, 'People and invitations');
  });

  it('the admin resets the specialist’s methods; at next sign-in the specialist is told and asked to add one', async () => {
    const { page } = admin;
    const row = page.getByRole('listitem').filter({ hasText: 'sam@harbor.example' });
    await row.getByRole('button', { name: 'Reset sign-in methods (Sam Specialist)' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset Sam Specialist’s sign-in methods?' });
    await confirm.getByRole('button', { name: 'Reset sign-in methods' }).click();
    await expect.poll(() => confirm.isVisible()).toBe(false);

    const s = specialist.page;
    await s.goto(`${app.server.url}/sign-in`);
    await waitForHeading(s, 'Iniciar sesión');
    await signInWithPassword(s, 'sam@harbor.example', {
      email: 'Correo electrónico',
      password: 'Contraseña',
      submit: 'Iniciar sesión',
    });
    await waitForHeading(s, 'Agrega un método de inicio de sesión');
    await s.getByText('Un administrador quitó tus métodos de inicio de sesión').waitFor();
    await expectAccessible(s, 'enrolment after a reset (Spanish)');
  });

  it('met no unexpected error on the way', () => {
    expect(problems()).toEqual([]);
  });
});
