import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible, type Person, screenshot, waitForHeading } from './browser.js';
import type { Story } from './story.js';

/** Steps several end-to-end stories share: inviting, accepting, and checking a screen. */

export const password = 'a quiet walk by the river';
export const phone = { width: 360, height: 740 };
export const desktop = { width: 1280, height: 900 };

/** axe at desktop width, then a screenshot at both widths (and no sideways scrolling on the phone). */
export async function check(page: Page, label: string, name: string): Promise<void> {
  await expectAccessible(page, label);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(phone);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways scroll on "${label}" at phone width`).toBeLessThanOrEqual(0);
  await expectAccessible(page, `${label} (phone)`);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(desktop);
}

/** Opens an invitation link as `who`, sets their name and password, and lands on their home. */
export async function accept(link: string, who: Person, name: string): Promise<void> {
  await who.page.goto(link);
  await waitForHeading(who.page, 'Accept your invitation');
  await who.page.getByLabel('Your name', { exact: true }).fill(name);
  await who.page.getByLabel('Choose a password', { exact: true }).fill(password);
  await who.page.getByRole('button', { name: 'Create my account' }).click();
  await waitForHeading(who.page, `Welcome, ${name}`);
}

/** Fills the invitation form on the current page and returns the single-use link it shows. */
export async function invite(page: Page, email: string): Promise<string> {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  await page.getByRole('heading', { name: `Invitation ready for ${email}` }).waitFor();
  return page.getByLabel('Invitation link', { exact: true }).inputValue();
}

/**
 * Sets up Alongside as its first admin (organisation, name, password) and opens People, ready to
 * invite. The admin's email is ada@<domain>.
 */
export async function setUpOrganisation(admin: Person, setupLink: string, organisation: string, domain: string) {
  await admin.page.goto(setupLink);
  await waitForHeading(admin.page, 'Set up Alongside');
  await admin.page.getByLabel('Organisation name', { exact: true }).fill(organisation);
  await admin.page.getByLabel('Your name', { exact: true }).fill('Ada Admin');
  await admin.page.getByLabel('Email', { exact: true }).fill(`ada@${domain}`);
  await admin.page.getByLabel('Choose a password', { exact: true }).fill(password);
  await admin.page.getByRole('button', { name: 'Create organisation' }).click();
  await waitForHeading(admin.page, 'Welcome, Ada Admin');
  await admin.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await waitForHeading(admin.page, 'People and invitations');
}

/** The signed-in person's own user id, as the app knows it. */
export async function ownId(who: Person): Promise<string> {
  const id = await who.page.evaluate(async () => (await (await fetch('/api/auth/me')).json()).id as string);
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

/**
 * The cast most stories start from: Riverside's admin sets up the organisation and invites Sam, a
 * specialist, who invites Pat, a participant; both are left signed in in their own browsers.
 */
export async function specialistAndParticipant(app: Story): Promise<{
  specialist: Person;
  participant: Person;
  participantId: string;
}> {
  const admin = await app.person('admin');
  await setUpOrganisation(admin, app.server.setupLink, 'Riverside Recovery Community', 'riverside.example');
  await admin.page.getByLabel('Role', { exact: true }).selectOption('specialist');
  const specialistLink = await invite(admin.page, 'sam@riverside.example');
  await admin.context.close();
  const specialist = await app.person('specialist');
  await accept(specialistLink, specialist, 'Sam Specialist');
  const participantLink = await invite(specialist.page, 'pat@riverside.example');
  const participant = await app.person('participant');
  await accept(participantLink, participant, 'Pat Participant');
  return { specialist, participant, participantId: await ownId(participant) };
}
