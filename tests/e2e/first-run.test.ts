import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, recordScripts, screenshot, waitForHeading } from './harness/browser.js';
import { password } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * From an empty install to a participant reading their own access log, the way people would
 * do it: first-run setup, an admin inviting a specialist, the specialist inviting a participant
 * (who works in Spanish), signing out and back in on a phone. Every page visited is checked
 * with axe; screenshots land in tests/e2e/screenshots/.
 */

const firstScreenBudgetBytes = 60 * 1024;

const app = story();
const { person, problems } = app;

/** At phone width nothing may need sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function visible(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible' });
}

describe('first run to first participant', () => {
  let admin: Person;
  let specialist: Person;
  let participant: Person;
  let specialistLink = '';
  let participantLink = '';

  it('sets up the organisation and signs the admin in', async () => {
    admin = await person('admin');
    const { page } = admin;
    await page.goto(app.server.setupLink);
    await waitForHeading(page, 'Set up Alongside');
    await page.getByLabel('Organisation name', { exact: true }).waitFor();
    await expectAccessible(page, 'setup');
    await screenshot(page, '01-setup');

    await page.getByLabel('Organisation name', { exact: true }).fill('Riverside Recovery Community');
    await page.getByLabel('Your name', { exact: true }).fill('Ada Admin');
    await page.getByLabel('Email', { exact: true }).fill('ada@riverside.example');
    await page.getByLabel('Choose a password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create organisation' }).click();

    await waitForHeading(page, 'Welcome, Ada Admin');
    await visible(page, 'No invitations are waiting.');
    expect(new URL(page.url()).pathname).toBe('/');
    await expectAccessible(page, 'admin home');
    await screenshot(page, '02-admin-home');
  });

  it('lets the admin invite a specialist and shows the link to pass on', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await waitForHeading(page, 'People and invitations');
    await visible(page, 'ada@riverside.example');
    await expectAccessible(page, 'people');

    await page.getByLabel('Email', { exact: true }).fill('sam@riverside.example');
    await page.getByLabel('Role', { exact: true }).selectOption('specialist');
    await page.getByRole('button', { name: 'Create invitation link' }).click();

    await page.getByRole('heading', { name: 'Invitation ready for sam@riverside.example' }).waitFor();
    await visible(page, 'Pass this link on; it works once, for 7 days.');
    specialistLink = await page.getByLabel('Invitation link', { exact: true }).inputValue();
    expect(specialistLink).toMatch(new RegExp(`^${app.server.url}/invite#.{16,}`));
    // The list below refreshes with the new invitation, waiting to be accepted.
    await page.getByRole('listitem').filter({ hasText: 'sam@riverside.example' }).getByText('Waiting').waitFor();
    await expectAccessible(page, 'people, invitation created');
    await screenshot(page, '03-admin-invited-specialist');
  });

  it('lets the specialist accept and land on their home', async () => {
    specialist = await person('specialist');
    const { page } = specialist;
    await page.goto(specialistLink);
    await waitForHeading(page, 'Accept your invitation');
    await visible(page, 'Ada Admin invited you to join Riverside Recovery Community on Alongside as a specialist.');
    await expect(page.getByLabel('Your email', { exact: true }).inputValue()).resolves.toBe('sam@riverside.example');
    await expectAccessible(page, 'invite (specialist)');
    await screenshot(page, '04-specialist-invitation');

    await page.getByLabel('Your name', { exact: true }).fill('Sam Specialist');
    await page.getByLabel('Choose a password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create my account' }).click();

    await waitForHeading(page, 'Welcome, Sam Specialist');
    await visible(page, 'No one yet. When a participant accepts your invitation, they will appear here.');
    await expectAccessible(page, 'specialist home');
  });

  it('lets the specialist invite a participant', async () => {
    const { page } = specialist;
    await page.getByLabel('Email', { exact: true }).fill('pat@riverside.example');
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    await page.getByRole('heading', { name: 'Invitation ready for pat@riverside.example' }).waitFor();
    participantLink = await page.getByLabel('Invitation link', { exact: true }).inputValue();
    expect(participantLink).toMatch(new RegExp(`^${app.server.url}/invite#.{16,}`));
    await page.getByRole('listitem').filter({ hasText: 'pat@riverside.example' }).getByText('Waiting').waitFor();
    await expectAccessible(page, 'specialist home, invitation created');
    await screenshot(page, '05-specialist-invited-participant');
  });

  it('lets the participant accept in Spanish and see their specialist', async () => {
    participant = await person('participant');
    const { page } = participant;
    await page.goto(participantLink);
    await waitForHeading(page, 'Accept your invitation');
    await page.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(page, 'Aceptar tu invitación');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await visible(
      page,
      'Sam Specialist te invitó a unirte a Riverside Recovery Community en Alongside como participante.',
    );
    await expectAccessible(page, 'invite (participant, Spanish)');
    await screenshot(page, '06-participant-invitation-es');

    await page.getByLabel('Tu nombre', { exact: true }).fill('Pat Participante');
    await page.getByLabel('Elige una contraseña', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Crear mi cuenta' }).click();

    await waitForHeading(page, 'Hola, Pat Participante');
    const mySpecialists = page.getByRole('region', { name: 'Mi especialista' });
    await mySpecialists.getByText('Sam Specialist').waitFor();
    await page.getByRole('link', { name: 'Abrir mi plan' }).waitFor();
    // The language chosen before the account existed is now the account's language.
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    expect(me).toMatchObject({ name: 'Pat Participante', role: 'participant', language: 'es' });
    await expectAccessible(page, 'participant home (Spanish)');
    await screenshot(page, '07-participant-home-es');
  });

  it('shows the specialist their new partnership', async () => {
    const { page } = specialist;
    await page.reload();
    await waitForHeading(page, 'Welcome, Sam Specialist');
    await page
      .getByRole('region', { name: 'People I walk alongside' })
      .getByRole('heading', { name: 'Pat Participante' })
      .waitFor();
    await page.getByRole('listitem').filter({ hasText: 'pat@riverside.example' }).getByText('Accepted').waitFor();
    await expectAccessible(page, 'specialist home with a partnership');
    await screenshot(page, '08-specialist-home');
  });

  it('shows the participant who has looked at their record', async () => {
    const { page } = participant;
    await page.getByRole('link', { name: 'Abrir mi expediente' }).click();
    await waitForHeading(page, 'Mi expediente');
    await page.getByRole('link', { name: 'Quién ha consultado mi expediente' }).click();
    await waitForHeading(page, 'Quién ha consultado mi expediente');
    // One line per sitting (the server groups them), newest first.
    const lines = page.getByRole('list', { name: 'Lo más reciente primero' }).getByRole('listitem');
    // Their account being created, and their specialist seeing the partnership.
    await lines.filter({ hasText: 'Alongside (automático) cambió tu cuenta' }).waitFor();
    // The specialist's home lists each person with a summary of their plan, and says so here.
    await lines
      .filter({ hasText: /Sam Specialist \(Especialista\) consultó .*tu plan/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'access log (Spanish)');
    await screenshot(page, '09-participant-access-log-es');
  });

  it('signs the participant out', async () => {
    const { page } = participant;
    await page.getByRole('banner').getByRole('button', { name: 'Cerrar sesión' }).click();
    await waitForHeading(page, 'Iniciar sesión');
    await visible(page, 'Cerraste la sesión. Hasta la próxima.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    const after = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(after).toBe(401);
    await expectAccessible(page, 'sign-in after sign-out (Spanish)');
    await screenshot(page, '10-signed-out-es');
  });

  it('signs the participant back in on a phone, keyboard only, within the first-screen budget', async () => {
    const phone = await person('participant on a phone', { viewport: { width: 360, height: 740 } });
    const { page } = phone;
    const scripts = recordScripts(page);
    await page.goto(`${app.server.url}/sign-in`);
    await waitForHeading(page, 'Sign in');
    const weight = await scripts.gzipBytes();
    console.info(
      `first screen (/sign-in): ${(weight.total / 1024).toFixed(1)} KB of JavaScript, gzip\n  ${weight.files.join('\n  ')}`,
    );
    // The budget stays at 60 KB while pages still to come (and parallel work) use the room; the
    // margin says how much of it is left.
    console.info(
      `first-screen margin: ${((firstScreenBudgetBytes - weight.total) / 1024).toFixed(1)} KB under the ${firstScreenBudgetBytes / 1024} KB budget`,
    );
    expect(weight.total).toBeLessThanOrEqual(firstScreenBudgetBytes);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'sign-in on a phone');
    await screenshot(page, '11-phone-sign-in');

    // Wrong password first: the message is announced (role="alert") and nothing else changes.
    await page.getByLabel('Email', { exact: true }).focus();
    await page.keyboard.type('pat@riverside.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the password');
    await page.keyboard.press('Enter');
    await page
      .getByRole('alert')
      .getByText('That email and password do not match an active account.', { exact: false })
      .waitFor();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'sign-in error on a phone');
    await screenshot(page, '12-phone-sign-in-error');

    await page.getByLabel('Password', { exact: true }).fill('');
    await page.getByLabel('Password', { exact: true }).focus();
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    // The account's saved language (Spanish) wins on a new device.
    await waitForHeading(page, 'Hola, Pat Participante');
    await page.getByRole('region', { name: 'Mi especialista' }).getByText('Sam Specialist').waitFor();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'participant home on a phone');
    await screenshot(page, '13-phone-participant-home-es');

    // Pages of other roles are not offered, and say so calmly when typed in.
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Personas' }).count()).resolves.toBe(0);
    await page.goto(`${app.server.url}/people`);
    await waitForHeading(page, 'Esta página no forma parte de tu rol');
    await expectAccessible(page, 'not allowed (Spanish, phone)');
  });

  it('lets the admin invite a supervisor, who sees the program report', async () => {
    const { page } = admin;
    // Still on the people page, showing the specialist's link from before.
    await waitForHeading(page, 'People and invitations');
    await page.getByRole('button', { name: 'Invite someone else' }).click();
    await page.getByLabel('Email', { exact: true }).fill('sol@riverside.example');
    await page.getByLabel('Role', { exact: true }).selectOption('supervisor');
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    await page.getByRole('heading', { name: 'Invitation ready for sol@riverside.example' }).waitFor();
    const link = await page.getByLabel('Invitation link', { exact: true }).inputValue();

    const supervisor = await person('supervisor');
    await supervisor.page.goto(link);
    await waitForHeading(supervisor.page, 'Accept your invitation');
    await supervisor.page.getByLabel('Your name', { exact: true }).fill('Sol Supervisor');
    await supervisor.page.getByLabel('Choose a password', { exact: true }).fill(password);
    await supervisor.page.getByRole('button', { name: 'Create my account' }).click();
    await waitForHeading(supervisor.page, 'Welcome, Sol Supervisor');
    await supervisor.page.getByRole('region', { name: 'Program reports' }).waitFor();
    await expectAccessible(supervisor.page, 'supervisor home');
  });

  it('lets the admin see the partnership, the settings and their own devices', async () => {
    const { page } = admin;
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Partnerships' }).click();
    await waitForHeading(page, 'Partnerships');
    // The button's name carries the pair, so it makes sense out of context too.
    await page
      .getByRole('region', { name: 'Active partnerships' })
      .getByRole('button', { name: 'End partnership Sam Specialist and Pat Participante' })
      .waitFor();
    await expectAccessible(page, 'partnerships');
    await screenshot(page, '14-admin-partnerships');

    // Ending asks once more, then the partnership moves to "ended"; starting it again works.
    await page.getByRole('button', { name: 'End partnership Sam Specialist and Pat Participante' }).click();
    await page.getByRole('button', { name: 'Yes, end it Sam Specialist and Pat Participante' }).click();
    await page
      .getByRole('region', { name: 'Ended partnerships' })
      .getByText('Sam Specialist and Pat Participante')
      .waitFor();
    await visible(page, 'No active partnerships yet.');
    await page
      .getByLabel('Specialist', { exact: true })
      .selectOption({ label: 'Sam Specialist (sam@riverside.example)' });
    await page
      .getByLabel('Participant', { exact: true })
      .selectOption({ label: 'Pat Participante (pat@riverside.example)' });
    await page.getByRole('button', { name: 'Start partnership' }).click();
    await page
      .getByRole('region', { name: 'Active partnerships' })
      .getByRole('button', { name: 'End partnership Sam Specialist and Pat Participante' })
      .waitFor();
    await expectAccessible(page, 'partnerships after ending and starting again');

    // Access can be turned off and on again, and the list says which it is.
    await nav.getByRole('link', { name: 'People' }).click();
    await waitForHeading(page, 'People and invitations');
    const sol = page
      .getByRole('listitem')
      .filter({ hasText: 'sol@riverside.example' })
      .filter({ hasText: 'Supervisor' });
    // Turning an account off is asked first; "keep it active" changes nothing.
    await sol.getByRole('button', { name: 'Disable the account of Sol Supervisor' }).click();
    const confirm = page.getByRole('dialog', { name: 'Disable Sol Supervisor’s account?' });
    await confirm.getByText('They are signed out everywhere at once', { exact: false }).waitFor();
    await expectAccessible(page, 'confirm disabling an account');
    await confirm.getByRole('button', { name: 'Keep it active' }).click();
    await sol.getByText('Active', { exact: true }).waitFor();
    await sol.getByRole('button', { name: 'Disable the account of Sol Supervisor' }).click();
    await confirm.getByRole('button', { name: 'Disable the account', exact: true }).click();
    await sol.getByText('Disabled', { exact: true }).waitFor();
    await sol.getByRole('button', { name: 'Enable the account of Sol Supervisor' }).click();
    await sol.getByText('Active', { exact: true }).waitFor();

    await nav.getByRole('link', { name: 'Organisation' }).click();
    await waitForHeading(page, 'Organisation settings');
    await expect(page.getByLabel('Smallest number reports may show').inputValue()).resolves.toBe('11');
    // A new threshold starts with the next calendar year, so no year's reports mix two thresholds.
    await page
      .getByText(`A change takes effect from 1 January ${new Date().getUTCFullYear() + 1}`, { exact: false })
      .waitFor();
    await expectAccessible(page, 'organisation settings');

    await nav.getByRole('link', { name: 'Account' }).click();
    await waitForHeading(page, 'Your account');
    await page.getByRole('region', { name: 'Where you are signed in' }).getByText('This device').waitFor();
    await expectAccessible(page, 'account');
    await screenshot(page, '15-admin-account');

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await waitForHeading(page, 'Sign in');
    await visible(page, 'You have signed out. See you next time.');
  });

  it('explains links and sign-ins that cannot work', async () => {
    const { page } = await person('someone else');
    // A used link is explained without a failed request: the console stays clean.
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(specialistLink);
    await waitForHeading(page, 'Accept your invitation');
    await visible(page, 'This invitation has already been used. If it was you, please sign in.');
    expect(consoleErrors).toEqual([]);
    await expectAccessible(page, 'used invitation');

    await page.goto(app.server.setupLink);
    await waitForHeading(page, 'Set up Alongside');
    await visible(page, 'This setup link was already used or has expired. If it was you, please sign in');
    await expectAccessible(page, 'setup when already set up');

    // After five failed attempts the account is locked for a while; the wait comes from Retry-After.
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await waitForHeading(page, 'Sign in');
    await page.getByLabel('Email', { exact: true }).fill('nobody@riverside.example');
    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    for (let attempt = 1; attempt <= 6; attempt++) {
      await page.getByLabel('Password', { exact: true }).fill(`wrong guess ${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await expect.poll(() => alert.textContent()).toMatch(attempt < 6 ? /do not match/ : /Too many attempts/);
    }
    await visible(page, 'Too many attempts. Please try again in 15 minutes.');
    await expectAccessible(page, 'sign-in locked');
  });

  it('saw no script errors, CSP violations or server errors along the way', () => {
    expect(problems()).toEqual([]);
  });
});
