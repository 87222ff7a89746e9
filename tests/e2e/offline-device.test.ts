import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Person, screenshot, waitForHeading } from './harness/browser.js';
import { accept, invite, password, specialistAndParticipant } from './harness/flows.js';
import {
  addStep,
  copyOfWebDist,
  goOffline,
  offlineProblem,
  planEvents,
  unsentInBrowser,
  visible,
  waitingCount,
  withProfile,
} from './harness/offline.js';
import { command } from './harness/page-api.js';
import { story } from './harness/story.js';

/**
 * The device side of working offline: the app installs (Chrome's own installability check, the
 * one Lighthouse used to wrap), speaks Spanish in its manifest and its notices, tells staff their
 * screens need a connection, offers a new version without applying it mid-edit, keeps an outbox
 * across an expired sign-in for the same person only, and wipes it (after saying how much would
 * be lost) when the person signs out of a shared phone.
 */

// A copy of the web app: the story ships a new version of its service worker midway.
const webDist = copyOfWebDist();
const app = story({ webDist });
afterAll(() => rmSync(webDist, { recursive: true, force: true }));
const { problems } = app;

describe('an installable app on a shared phone', () => {
  let specialist: Person;
  let participant: Person;
  let pid = '';
  const goal = 'Walk to the library on Saturdays';

  it('sets up a participant with a goal, and their specialist on their plan', async () => {
    ({ specialist, participant, participantId: pid } = await specialistAndParticipant(app));
    const p = participant.page;
    await command(p, pid, { type: 'goal.create', title: goal, lifeArea: 'community' });
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    await p.getByRole('article', { name: goal }).waitFor();
    const s = specialist.page;
    await s.goto(new URL(`/people/${pid}`, s.url()).href);
    await waitForHeading(s, 'Pat Participant’s plan');
  });

  it('is installable: Chrome finds no installability error and reads the manifest', async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.goto(`${app.server.url}/sign-in`);
      await page.getByLabel('Email', { exact: true }).fill('pat@riverside.example');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitForHeading(page, /Pat Participant/);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors).toEqual([]);
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data: string };
      expect(manifest.errors).toEqual([]);
      expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest');
      const data = JSON.parse(manifest.data);
      expect(data).toMatchObject({
        name: 'Alongside',
        short_name: 'Alongside',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        theme_color: '#0b5560',
        lang: 'en',
      });
      const icons = data.icons as { sizes: string; purpose: string }[];
      expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(
        ['192x192 any', '192x192 maskable', '512x512 any', '512x512 maskable'].sort(),
      );
    });
  });

  it('in Spanish: the Spanish manifest, and the offline notice in Spanish, axe clean', async () => {
    const p = participant.page;
    await p.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(p, 'Mi plan');
    await p.waitForFunction(
      () => document.querySelector('link[rel="manifest"]')?.getAttribute('href') === '/manifest.es.webmanifest',
    );
    const cdp = await p.context().newCDPSession(p);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data: string };
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data)).toMatchObject({ lang: 'es', description: expect.stringContaining('sin señal') });
    await cdp.detach();
    await participant.context.setOffline(true);
    await visible(p, /^Sin conexión — se muestra lo guardado a las \d\d:\d\d\.$/);
    await expectAccessible(p, 'my plan, offline (es)');
    await screenshot(p, '93-offline-notice-es-phone');
    await participant.context.setOffline(false);
    await p.getByRole('button', { name: 'English' }).click();
    await waitForHeading(p, 'My plan');
  });

  it('tells the specialist their screens need a connection while offline, and keeps nothing of the person for them', async () => {
    const s = specialist.page;
    await specialist.context.setOffline(true);
    const bar = s.getByRole('region', { name: 'App updates and connection' });
    await bar.getByText(/^You are offline\. The staff screens need a connection/).waitFor();
    await expectAccessible(s, 'specialist, offline');
    await expect(unsentInBrowser(s)).resolves.toBe(0);
    const kept = await s.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('alongside-offline');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('reads')) return resolve(0);
            const count = db.transaction('reads').objectStore('reads').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(kept, 'no read of the person is kept on the specialist’s device').toBe(0);
    await specialist.context.setOffline(false);
    await bar.getByText(/^You are offline/).waitFor({ state: 'detached' });
  });

  it('offers a new version and applies it only when asked, never mid-edit', async () => {
    const s = specialist.page;
    // An update waits only for pages the running version controls: this one, once reloaded.
    await s.reload();
    await waitForHeading(s, 'Pat Participant’s plan');
    await s.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const form = s.getByRole('region', { name: 'Suggest a goal' });
    await form.getByLabel('Goal', { exact: true }).fill('Half-typed words');
    // A new version is deployed: its service worker differs by a byte.
    appendFileSync(join(webDist, 'sw.js'), '\n// the next version\n');
    await s.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const bar = s.getByRole('region', { name: 'App updates and connection' });
    await bar.getByText('A new version of Alongside is ready.').waitFor();
    await expectAccessible(s, 'update offered');
    // Not applied by itself: what was being typed is still there.
    await s.waitForTimeout(1000);
    await expect(form.getByLabel('Goal', { exact: true }).inputValue()).resolves.toBe('Half-typed words');
    await Promise.all([s.waitForEvent('load'), bar.getByRole('button', { name: 'Reload to update' }).click()]);
    await waitForHeading(s, 'Pat Participant’s plan');
    const waiting = await s.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    expect(waiting, 'the new version is the one running').toBe(false);
  });

  it('an expired sign-in keeps the outbox for the same person only; another person signing in never sends it', async () => {
    const s = specialist.page;
    await s.goto(new URL('/', s.url()).href);
    const quinnLink = await invite(s, 'quinn@riverside.example');
    const p = participant.page;
    await goOffline(participant);
    await addStep(p, goal, 'Sent only as Pat');
    await waitingCount(p, 1);
    // The sign-in expires while offline (the cookie is gone); the signal returns on the sign-in page.
    await participant.context.clearCookies();
    await participant.context.setOffline(false);
    await p.reload();
    await waitForHeading(p, 'Sign in');
    const before = (await planEvents(s, pid)).length;
    // Quinn signs in on the same browser: nothing of Pat's is read or sent.
    await accept(quinnLink, participant, 'Quinn Participant');
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    await visible(p, 'No goals yet. Start with something small that matters to you.');
    await expect(p.getByRole('region', { name: 'Waiting to be sent' }).count()).resolves.toBe(0);
    // Pat's change is still kept on the device, unsent.
    await expect(unsentInBrowser(p)).resolves.toBe(1);
    await p.waitForTimeout(1000);
    expect((await planEvents(s, pid)).length).toBe(before);
    // Pat signs in again: her change goes, as her.
    await p.getByRole('button', { name: 'Sign out' }).click();
    await waitForHeading(p, 'Sign in');
    await p.getByLabel('Email', { exact: true }).fill('pat@riverside.example');
    await p.getByLabel('Password', { exact: true }).fill(password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await waitForHeading(p, /Pat Participant/);
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    await s.getByRole('link', { name: 'Open plan and sessions of Pat Participant' }).click();
    await s.getByRole('article', { name: goal }).getByText('Sent only as Pat', { exact: true }).waitFor();
    const events = (await planEvents(s, pid)).slice(before);
    expect(events.map((e) => [e.command.text, e.actor.name])).toEqual([['Sent only as Pat', 'Pat Participant']]);
  });

  it('signing out on a shared phone warns how many changes would be lost, then wipes them', async () => {
    const p = participant.page;
    await goOffline(participant);
    await addStep(p, goal, 'Never sent 1');
    await addStep(p, goal, 'Never sent 2');
    await waitingCount(p, 2);
    await p.getByRole('button', { name: 'Sign out' }).click();
    const dialog = p.getByRole('dialog', { name: 'Sign out and lose changes not yet sent?' });
    await dialog.getByText(/^2 changes have not been sent yet\./).waitFor();
    await expectAccessible(p, 'sign out with unsent changes');
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await waitingCount(p, 2);
    await p.getByRole('button', { name: 'Sign out' }).click();
    await dialog.getByRole('button', { name: 'Sign out and lose them' }).click();
    await waitForHeading(p, 'Sign in');
    await expect.poll(() => unsentInBrowser(p)).toBe(0);
    await participant.context.setOffline(false);
  });

  it('met no unexpected error on the way (the offline failures are the point)', () => {
    expect(problems().filter((p) => !offlineProblem(p))).toEqual([]);
  });
});
