import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, screenshot, waitForHeading } from './harness/browser.js';
import { specialistAndParticipant } from './harness/flows.js';
import {
  addStep,
  goOffline,
  offlineProblem,
  planEvents,
  signIn,
  unsentInBrowser,
  visible,
  waitingCount,
} from './harness/offline.js';
import { api, command } from './harness/page-api.js';
import { story } from './harness/story.js';

/**
 * On a bus with no signal: the participant's plan keeps working offline. In a live session with
 * their specialist, Pat goes offline, makes twenty changes of different kinds, reloads the page
 * (the service worker serves the app, the plan and the waiting changes are still there), reads
 * the notes about her and a saved resource, and the connection returns: every change reaches the
 * specialist's screen once, in order, by Pat. Then: a connection cut while the outbox is being
 * sent, an edit that meets newer words, and a change the server refuses. The device side
 * (installing, Spanish, updates, signing out, another person) is in offline-device.test.ts.
 */

const app = story();
const { person, problems } = app;

async function addGoal(page: Page, title: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Add a goal' });
  await form.getByLabel('Goal', { exact: true }).fill(title);
  await form.getByRole('button', { name: 'Add goal' }).click();
  await visible(page, `Goal added: ${title}.`);
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
    // Each names what it acts on, from the plan as kept on the device.
    await expect(list.nth(0).textContent()).resolves.toContain('Suggestion accepted: Cook one new meal a week');
    await expect(list.nth(1).textContent()).resolves.toContain('Suggestion declined: Join a choir');
    await expect(list.nth(2).textContent()).resolves.toContain('Step done: Find my library card');
    await expect(list.nth(3).textContent()).resolves.toContain(`Confidence 6 of 10: ${goal}`);
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
    await refused.getByText(/Suggestion accepted: Visit the allotment/).waitFor();
    await expectAccessible(p, 'a refused change');
    await refused.getByRole('button', { name: 'Dismiss' }).click();
    await refused.waitFor({ state: 'detached' });
  });

  it('met no unexpected error on the way (the offline failures are the point)', () => {
    expect(problems().filter((p) => !offlineProblem(p))).toEqual([]);
  });
});
