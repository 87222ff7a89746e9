import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Person, screenshot, waitForHeading } from './harness/browser.js';
import { accept, invite, password, specialistAndParticipant } from './harness/flows.js';
import { copyOfWebDist, offlineProblem, planEvents, signIn, unsentInBrowser, withProfile } from './harness/offline.js';
import { api, command } from './harness/page-api.js';
import { story } from './harness/story.js';

/**
 * On a bus with no signal: the participant's plan keeps working offline. In a live session with
 * their specialist, Pat goes offline, makes twenty changes of different kinds, reloads the page
 * (the service worker serves the app, the plan and the waiting changes are still there), and the
 * connection returns: every change reaches the specialist's screen once, in order, in Pat's
 * voice. Then: a connection cut while the outbox is being sent, an edit that meets newer words,
 * installing (Chrome's own installability check), Spanish, signing out on a shared phone, and
 * someone else signing in on the same browser.
 */

// A copy of the web app: the story ships a new version of its service worker midway.
const webDist = copyOfWebDist();
const app = story({ webDist });
afterAll(() => rmSync(webDist, { recursive: true, force: true }));
const { person, problems } = app;

async function visible(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible' });
}

async function goOffline(who: Person): Promise<void> {
  await who.context.setOffline(true);
  await visible(who.page, /^Offline — showing what was saved at \d\d:\d\d\.$/);
}

async function addStep(page: Page, goal: string, text: string): Promise<void> {
  const card = page.getByRole('article', { name: goal });
  await card.getByLabel('New step', { exact: true }).fill(text);
  await card.getByRole('button', { name: `Add step — goal “${goal}”` }).click();
  // The form empties once the step is kept (sent, or queued).
  await expect.poll(() => card.getByLabel('New step', { exact: true }).inputValue()).toBe('');
}

async function addGoal(page: Page, title: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Add a goal' });
  await form.getByLabel('Goal', { exact: true }).fill(title);
  await form.getByRole('button', { name: 'Add goal' }).click();
  await visible(page, `Goal added: ${title}.`);
}

async function waitingCount(page: Page, count: number): Promise<void> {
  await visible(page, count === 1 ? '1 change is waiting to be sent.' : `${count} changes are waiting to be sent.`);
}

describe('working offline', () => {
  let specialist: Person;
  let participant: Person;
  let pid = '';
  const goal = 'Walk to the library on Saturdays';
  const made: string[] = [];

  it('sets up a live session with two suggestions waiting and a goal with two steps', async () => {
    ({ specialist, participant, participantId: pid } = await specialistAndParticipant(app));
    const p = participant.page;
    const goalId = await command(p, pid, { type: 'goal.create', title: goal, lifeArea: 'community' });
    await command(p, pid, { type: 'step.create', goalId, text: 'Find my library card' });
    await command(p, pid, { type: 'step.create', goalId, text: 'Check the opening hours' });
    const s = specialist.page;
    // A resource saved to the plan, and a note of an earlier session: both to be read offline later.
    const resource = await api(s, 'POST', '/api/resources', {
      name: 'Harbor food pantry',
      category: 'food',
      cost: 'free',
      phone: '+1 503 555 0100',
    });
    await command(p, pid, { type: 'referral.create', resourceId: resource.id });
    const earlier = await api(s, 'POST', '/api/live-sessions', { participantId: pid, mode: 'phone' });
    await api(s, 'POST', `/api/live-sessions/${earlier.id}/end`);
    await api(s, 'POST', `/api/live-sessions/${earlier.id}/note`, {
      workedOn: 'Sleep',
      chosen: 'Lights out at eleven',
      nextSteps: 'A sleep diary',
    });
    await command(s, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Cook one new meal a week', lifeArea: 'health' },
    });
    await command(s, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Join a choir', lifeArea: 'community' },
    });

    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes about me' }).click();
    await waitForHeading(p, 'Notes about me');
    await visible(p, 'Lights out at eleven');
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    await p.getByRole('link', { name: 'Call +1 503 555 0100' }).waitFor();
    await s.goto(new URL(`/people/${pid}`, s.url()).href);
    await waitForHeading(s, 'Pat Participant’s plan');
    await s.getByLabel('How are you meeting?', { exact: true }).selectOption('in-person');
    await s.getByRole('button', { name: 'Start the session' }).click();
    await p.getByRole('button', { name: 'Join the session' }).click();
    await visible(p, 'You are in a session with Sam Specialist.');
    await visible(s, 'Pat Participant has joined.');
    // The service worker is in charge before the signal goes.
    await p.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  });

  it('keeps twenty changes of different kinds made offline, and the page after a reload', async () => {
    const p = participant.page;
    await goOffline(participant);
    await expectAccessible(p, 'my plan, offline');
    await screenshot(p, '90-offline-notice-desktop');

    const waiting = p.getByRole('region', { name: 'Suggestions waiting for you' });
    await waiting.getByRole('button', { name: 'Accept — Cook one new meal a week', exact: true }).click();
    made.push('suggestion.accept');
    await waiting.getByRole('button', { name: /^Decline — Join a choir/ }).click();
    made.push('suggestion.decline');
    await waitingCount(p, 2);
    const card = p.getByRole('article', { name: goal });
    await card.getByRole('checkbox', { name: /Find my library card/ }).check();
    made.push('step.set-done');
    await card.getByRole('button', { name: `Rate my confidence — goal “${goal}”` }).click();
    await card
      .getByRole('group', { name: `My confidence in “${goal}”` })
      .getByRole('radio', { name: '6', exact: true })
      .check();
    await card.getByRole('button', { name: 'Save my rating' }).click();
    made.push('check-in.record');
    for (let i = 1; i <= 8; i++) {
      await addStep(p, goal, `Offline step ${i}`);
      made.push('step.create');
      await waitingCount(p, made.length);
    }
    for (let i = 1; i <= 5; i++) {
      await addGoal(p, `Offline goal ${i}`);
      made.push('goal.create');
    }
    await waitingCount(p, made.length);

    // The wellness plan opens offline too (its page chunk comes from the service worker).
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wellness plan' }).click();
    await waitForHeading(p, 'My wellness and crisis plan');
    await visible(p, /^Offline — showing what was saved at/);
    const helps = p.getByRole('region', { name: 'What helps', exact: true });
    for (let i = 1; i <= 3; i++) {
      // The form stays open after an item is added.
      if (i === 1) await helps.getByText('Add to “What helps”').click();
      await helps.getByLabel('In your words', { exact: true }).fill(`Offline help ${i}`);
      await helps.getByRole('button', { name: 'Add', exact: true }).click();
      made.push('wellness.create');
      await waitingCount(p, made.length);
    }
    expect(made).toHaveLength(20);
    await waitingCount(p, 20);

    // Reload with no signal: the service worker serves the app, the plan and the outbox are kept.
    const reloaded = await p.reload();
    expect(reloaded?.fromServiceWorker(), 'the shell comes from the service worker').toBe(true);
    await waitForHeading(p, 'My wellness and crisis plan');
    await visible(p, /^Offline — showing what was saved at/);
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    await p.getByRole('article', { name: goal }).waitFor();
    await waitingCount(p, 20);
    const list = p.getByRole('region', { name: 'Waiting to be sent' }).getByRole('listitem');
    await expect(list.count()).resolves.toBe(20);
    await expect(list.first().textContent()).resolves.toContain('A suggestion accepted');
    await expect(list.last().textContent()).resolves.toContain('Added to your wellness plan: Offline help 3');
    await expectAccessible(p, 'my plan, offline, changes waiting');
    await screenshot(p, '91-offline-waiting-desktop');
  });

  it('reads the notes about them and the resources saved to their plan with no signal', async () => {
    const p = participant.page;
    await p.getByRole('link', { name: 'Call +1 503 555 0100' }).waitFor();
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes about me' }).click();
    await waitForHeading(p, 'Notes about me');
    await visible(p, /^Offline — showing what was saved at \d\d:\d\d\.$/);
    await visible(p, 'Lights out at eleven');
    await expectAccessible(p, 'notes about me, offline');
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
  });

  it('sends all twenty once, in order, when the signal returns; the specialist sees them in Pat’s voice', async () => {
    const before = (await planEvents(specialist.page, pid)).length;
    await participant.context.setOffline(false);
    const p = participant.page;
    await p.getByRole('region', { name: 'Waiting to be sent' }).waitFor({ state: 'detached' });
    const s = specialist.page;
    const theirs = s.getByRole('article', { name: goal });
    await theirs.getByText('Offline step 8', { exact: true }).waitFor();
    await s.getByRole('heading', { name: 'Offline goal 5' }).waitFor();
    await theirs.getByText('Latest confidence: 6 out of 10').waitFor();
    const events = (await planEvents(s, pid)).slice(before);
    expect(events.map((e) => e.command.type)).toEqual(made);
    // All made by Pat; every text in her voice, but the accepted suggestion's, which stays in the words it was offered in.
    expect(events.map((e) => e.actor.name)).toEqual(made.map(() => 'Pat Participant'));
    expect(events.map((e) => e.voice)).toEqual(
      made.map((type) => (type === 'suggestion.accept' ? 'specialist' : 'participant')),
    );
    const texts = events.map((e) => e.command.text ?? e.command.title ?? '').filter(Boolean);
    expect(texts).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `Offline step ${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `Offline goal ${i + 1}`),
      ...Array.from({ length: 3 }, (_, i) => `Offline help ${i + 1}`),
    ]);
    await s.getByRole('region', { name: 'What helps', exact: true }).getByText('Offline help 3').waitFor();
    await expect(unsentInBrowser(p)).resolves.toBe(0);
  });

  it('loses nothing and doubles nothing when the connection drops while the outbox is being sent', async () => {
    const p = participant.page;
    await goOffline(participant);
    for (let i = 1; i <= 12; i++) await addStep(p, goal, `Bus step ${i}`);
    await waitingCount(p, 12);
    // The first connection after the signal returns is cut after five acknowledgements — the
    // fifth is lost on the way, so that command is applied but the browser never hears so.
    let acks = 0;
    let cut = false;
    await p.routeWebSocket(/\/api\/live$/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => server.send(m));
      server.onMessage((m) => {
        if (!cut && typeof m === 'string' && m.includes('"type":"ack"')) {
          acks += 1;
          if (acks === 5) {
            cut = true;
            void ws.close({ code: 1006, reason: 'the bus went into a tunnel' }).catch(() => {});
            void server.close().catch(() => {});
            return;
          }
        }
        ws.send(m);
      });
    });
    const before = (await planEvents(specialist.page, pid)).length;
    await participant.context.setOffline(false);
    await p.getByRole('region', { name: 'Waiting to be sent' }).waitFor({ state: 'detached', timeout: 30_000 });
    expect(cut).toBe(true);
    const events = (await planEvents(specialist.page, pid)).slice(before);
    expect(events.map((e) => e.command.text)).toEqual(Array.from({ length: 12 }, (_, i) => `Bus step ${i + 1}`));
    await p.unrouteAll();
  });

  it('shows both versions when an offline edit meets a rewording accepted meanwhile; the person chooses', async () => {
    const p = participant.page;
    const s = specialist.page;
    const plan = await api(p, 'GET', `/api/participants/${pid}/plan`);
    const target = (plan as unknown as { goals: { id: string; title: string; version: number }[] }).goals.find(
      (g) => g.title === 'Offline goal 1',
    );
    if (!target) throw new Error('no goal to reword');
    const suggestionId = await command(s, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal-rewording', goalId: target.id, version: target.version, title: 'Cook twice a week' },
    });
    await goOffline(participant);
    const card = p.getByRole('article', { name: 'Offline goal 1' });
    await card.getByRole('button', { name: 'Edit — goal “Offline goal 1”' }).click();
    await p.keyboard.press('Control+A');
    await p.keyboard.type('Cook with my sister on Sundays');
    await card.getByRole('button', { name: 'Save changes' }).click();
    await waitingCount(p, 1);
    // Meanwhile, on Pat's other phone (online), the specialist's rewording is accepted.
    const other = await person('participant, other phone');
    await signIn(other, app.server.url, 'pat@riverside.example');
    await command(other.page, pid, { type: 'suggestion.accept', suggestionId });
    await other.context.close();

    await participant.context.setOffline(false);
    const conflict = p.getByRole('region', { name: 'Changed by someone else while you were away' });
    await conflict.getByText('Cook with my sister on Sundays', { exact: true }).waitFor();
    await conflict.getByText('Cook twice a week', { exact: true }).waitFor();
    await expectAccessible(p, 'offline conflict');
    await screenshot(p, '92-offline-conflict-desktop');
    // Nothing was overwritten while it waited for her.
    await s.getByRole('heading', { name: 'Cook twice a week' }).waitFor();
    await conflict.getByRole('button', { name: 'Keep my words' }).click();
    await conflict.waitFor({ state: 'detached' });
    await s.getByRole('heading', { name: 'Cook with my sister on Sundays' }).waitFor();
  });

  it('keeps a refused change with its reason, to retry or dismiss', async () => {
    const p = participant.page;
    const s = specialist.page;
    const suggestionId = await command(s, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Visit the allotment', lifeArea: 'community' },
    });
    const waiting = p.getByRole('region', { name: 'Suggestions waiting for you' });
    await waiting.getByRole('button', { name: 'Accept — Visit the allotment', exact: true }).waitFor();
    await goOffline(participant);
    await waiting.getByRole('button', { name: 'Accept — Visit the allotment', exact: true }).click();
    await waitingCount(p, 1);
    await command(s, pid, { type: 'suggestion.withdraw', suggestionId });
    await participant.context.setOffline(false);
    const refused = p.getByRole('region', { name: 'Could not be saved' });
    await refused.getByText(/A suggestion accepted/).waitFor();
    await expectAccessible(p, 'a refused change');
    await refused.getByRole('button', { name: 'Dismiss' }).click();
    await refused.waitFor({ state: 'detached' });
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
