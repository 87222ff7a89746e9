import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, screenshot, waitForHeading } from './harness/browser.js';
import { check, specialistAndParticipant } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * Two people, two browsers, one plan: a specialist and a participant co-author the plan live.
 * The specialist suggests, the participant decides; the specialist is never offered a control
 * that changes the person's goals, and the server refuses a forged one. The session ends with a
 * note the participant reads (live, on any of their screens), adds their view to and co-signs,
 * which the specialist sees as it happens. Every new screen is scanned with
 * axe and photographed at phone and desktop width.
 */

const app = story();
const { person, problems } = app;

async function visible(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible' });
}

/**
 * What has keyboard focus, looking through shadow roots: an input's type, a text box's label, or
 * a custom button's text ("button: Edit the draft — …").
 */
function focused(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (el instanceof HTMLInputElement) return el.type;
    const root = el?.getRootNode();
    const name =
      el instanceof HTMLTextAreaElement
        ? el.labels?.[0]?.textContent
        : root instanceof ShadowRoot
          ? root.host.textContent
          : el?.textContent;
    return `${el?.tagName.toLowerCase()}: ${name?.replace(/\s+/g, ' ').trim()}`;
  });
}

describe('a live session, two browsers, one plan', () => {
  let specialist: Person;
  let participant: Person;
  let participantId = '';
  const goal = 'Walk to the library on Saturdays';
  const step = 'Check the library opening hours';

  it('sets up an organisation, a specialist and a participant', async () => {
    ({ specialist, participant, participantId } = await specialistAndParticipant(app));
  });

  it('opens the plan in both browsers', async () => {
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    await visible(p, 'No goals yet. Start with something small that matters to you.');
    await visible(p, 'Nothing is waiting for you.');
    await check(p, 'my plan (empty)', '20-participant-plan-empty');

    const s = specialist.page;
    await s.reload();
    await waitForHeading(s, 'Welcome, Sam Specialist');
    await s.getByRole('link', { name: 'Open plan and sessions of Pat Participant' }).click();
    await waitForHeading(s, 'Pat Participant’s plan');
    expect(new URL(s.url()).pathname).toBe(`/people/${participantId}`);
    await visible(s, 'Pat Participant has no goals yet. You can suggest one.');
    // Each sees the other is here.
    await visible(s, 'Pat Participant is here now');
    await visible(p, 'Sam Specialist is here now');
    await check(s, 'person plan (specialist)', '21-specialist-person-plan');
  });

  it('lets the specialist start a session that the participant joins', async () => {
    const s = specialist.page;
    await s.getByLabel('How are you meeting?', { exact: true }).selectOption('in-person');
    await s.getByRole('button', { name: 'Start the session' }).click();
    await visible(s, 'Waiting for Pat Participant to join from their own device.');

    const p = participant.page;
    await visible(p, 'Sam Specialist started a session (In person). Join when you are ready.');
    await check(p, 'my plan, session invitation', '22-participant-session-invitation');
    await p.getByRole('button', { name: 'Join the session' }).click();
    await visible(p, 'You are in a session with Sam Specialist.');
    await visible(s, 'Pat Participant has joined.');
  });

  it('shows a suggested goal to the participant, who accepts it, and the specialist sees it become active', async () => {
    const s = specialist.page;
    const suggest = s.getByRole('region', { name: 'Suggest a goal' });
    await suggest.getByLabel('Goal', { exact: true }).fill(goal);
    await suggest.getByLabel('Life area', { exact: true }).selectOption('community');
    await suggest.getByLabel('Why you suggest it (optional)', { exact: true }).fill('You mentioned you miss reading.');
    await suggest.getByRole('button', { name: 'Suggest this goal' }).click();
    const mine = s.getByRole('region', { name: 'My suggestions' }).getByRole('listitem').filter({ hasText: goal });
    await mine.getByText('Waiting for Pat Participant').waitFor();

    const p = participant.page;
    const waiting = p.getByRole('region', { name: 'Suggestions waiting for you' });
    const card = waiting.getByRole('listitem').filter({ hasText: goal });
    await card.getByText('A new goal (Community)').waitFor();
    await card.getByText('Why: You mentioned you miss reading.').waitFor();
    await check(p, 'my plan, suggestion waiting', '23-participant-suggestion');
    // Starting to put it in her own words shows on the specialist's screen; leaving them empty is
    // answered, not ignored; cancelling shows she is no longer working on it.
    await card.getByRole('button', { name: `Change the words, then accept — ${goal}`, exact: true }).click();
    await visible(s, 'Pat Participant is here, looking at a suggestion');
    await card.getByLabel('In your own words', { exact: true }).fill('');
    await card.getByRole('button', { name: 'Accept my version' }).click();
    await card.getByText('Write it in your own words, or cancel and accept it as it is.').waitFor();
    await card.getByRole('button', { name: 'Cancel' }).click();
    await visible(s, 'Pat Participant is here now');
    await card.getByRole('button', { name: `Accept — ${goal}`, exact: true }).click();
    await visible(p, 'Nothing is waiting for you.');
    const community = p.getByRole('region', { name: 'Community', exact: true });
    await community.getByRole('heading', { name: goal }).waitFor();

    await mine.getByText('Pat Participant accepted it').waitFor();
    await mine.getByText('Status: Active').waitFor();
    await s.getByRole('region', { name: 'Community', exact: true }).getByRole('heading', { name: goal }).waitFor();
  });

  it('lets the participant add and tick a step and rate their confidence, live on both screens', async () => {
    const p = participant.page;
    const card = p.getByRole('article', { name: goal });
    await card.getByLabel('New step', { exact: true }).fill(step);
    await card.getByRole('button', { name: `Add step — goal “${goal}”` }).click();
    const box = card.getByRole('checkbox', { name: new RegExp(step) });
    await box.check();
    await card.getByText(/done /).waitFor();
    await card.getByText('1 of 1 step done', { exact: false }).waitFor();

    await card.getByRole('button', { name: `Rate my confidence — goal “${goal}”` }).click();
    const rating = card.getByRole('group', { name: `My confidence in “${goal}”` });
    await rating.getByRole('radio', { name: '7', exact: true }).check();
    await check(p, 'my plan, rating confidence', '24-participant-rating');
    await card.getByRole('button', { name: 'Save my rating' }).click();
    await card.getByText('Latest confidence: 7 out of 10').waitFor();
    await card.getByRole('img', { name: `Confidence in “${goal}”: one rating, 7 out of 10.` }).waitFor();

    const s = specialist.page;
    const theirs = s.getByRole('article', { name: goal });
    await theirs.getByText('1 of 1 step done', { exact: false }).waitFor();
    await theirs.getByText('Latest confidence: 7 out of 10').waitFor();
    await theirs.getByText(step, { exact: true }).waitFor();
    await check(p, 'my plan with a goal', '25-participant-plan');
  });

  it('shows the current words, not an overwrite, when the goal changed elsewhere during an edit', async () => {
    const p = participant.page;
    const card = p.getByRole('article', { name: goal });
    await card.getByRole('button', { name: `Edit — goal “${goal}”` }).click();
    // Keyboard only: the edit form takes focus in its first field.
    await p.keyboard.press('Control+A');
    await p.keyboard.type('Walk to the library every Saturday');
    // Meanwhile, on another device, the participant changes the same goal.
    const status = await p.evaluate(async (pid) => {
      const plan = await (await fetch(`/api/participants/${pid}/plan`)).json();
      const g = plan.goals[0];
      const response = await fetch(`/api/participants/${pid}/plan/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          command: { type: 'goal.edit', goalId: g.id, version: g.version, why: 'Reading helps me rest.' },
        }),
      });
      return response.status;
    }, participantId);
    expect(status).toBe(200);
    await card.getByText('Reading helps me rest.').first().waitFor();
    await card.getByRole('button', { name: 'Save changes' }).click();
    await card.getByText('Someone changed this goal while you were editing. This is the text now:').waitFor();
    await expectAccessible(p, 'goal edit conflict');
    await screenshot(p, '24b-participant-edit-conflict-desktop');
    await card.getByRole('button', { name: 'Cancel' }).click();
    await card.getByRole('heading', { name: goal }).waitFor();
  });

  it('never offers the specialist a control that changes the goal, and the server refuses a forged one', async () => {
    const s = specialist.page;
    const card = s.getByRole('article', { name: goal });
    await card.getByRole('button', { name: `Suggest a step — goal “${goal}”` }).waitFor();
    await card.getByRole('button', { name: `Suggest a rewording — goal “${goal}”` }).waitFor();
    await expect(card.getByRole('button', { name: /^Edit/ }).count()).resolves.toBe(0);
    await expect(card.getByRole('button', { name: /^Move/ }).count()).resolves.toBe(0);
    await expect(card.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(card.getByLabel('Status', { exact: true }).count()).resolves.toBe(0);

    // In a session the person has joined, a check-in can be recorded together: the number is theirs.
    await card.getByRole('button', { name: `Record confidence together — goal “${goal}”` }).click();
    await card
      .getByRole('group', { name: `Pat Participant’s confidence in “${goal}”` })
      .getByRole('radio', { name: '8', exact: true })
      .check();
    await card.getByRole('button', { name: 'Save the rating' }).click();
    await participant.page
      .getByRole('article', { name: goal })
      .getByRole('img', { name: `Confidence in “${goal}”: 2 ratings, from 7 to 8 out of 10.` })
      .waitFor();

    // The history says who did what, and whose words each text is.
    await s.getByRole('button', { name: 'Show the history' }).click();
    const history = s.getByRole('region', { name: 'History of the plan' }).getByRole('listitem');
    await history.filter({ hasText: 'Made a suggestion' }).filter({ hasText: 'in Sam Specialist’s words' }).waitFor();
    await history.filter({ hasText: 'Accepted a suggestion' }).filter({ hasText: 'Pat Participant' }).waitFor();
    await history
      .filter({ hasText: `“${step}”` })
      .filter({ hasText: 'in Pat Participant’s words' })
      .waitFor();
    await check(s, 'person plan with a goal and history (specialist)', '26-specialist-person-plan-live');

    const forged = await s.evaluate(async (pid) => {
      const plan = await (await fetch(`/api/participants/${pid}/plan`)).json();
      const goalId = plan.goals[0].id;
      const response = await fetch(`/api/participants/${pid}/plan/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ command: { type: 'goal.set-status', goalId, status: 'set-aside' } }),
      });
      return { status: response.status, body: await response.json() };
    }, participantId);
    expect(forged.status).toBe(403);
    expect(forged.body.error).toBe('participant_decides');
    // Nothing changed on the participant's screen.
    const status = participant.page.getByRole('article', { name: goal }).getByLabel('Status', { exact: true });
    await expect(status.inputValue()).resolves.toBe('active');
  });

  it('keeps a change made offline and sends it on reconnect', async () => {
    const p = participant.page;
    await participant.context.setOffline(true);
    // The person's own plan: the kept copy, and the change waits in the outbox (see offline.test.ts).
    await visible(p, /^Offline — showing what was saved at/);
    const card = p.getByRole('article', { name: goal });
    await card.getByLabel('New step', { exact: true }).fill('Ask about a library card');
    await card.getByRole('button', { name: `Add step — goal “${goal}”` }).click();
    await visible(p, '1 change is waiting to be sent.');
    await participant.context.setOffline(false);
    await card.getByText('Ask about a library card', { exact: true }).waitFor();
    await specialist.page
      .getByRole('article', { name: goal })
      .getByText('Ask about a library card', { exact: true })
      .waitFor();
    // Sent once, even though it was re-sent after reconnecting.
    await expect(card.getByText('Ask about a library card', { exact: true }).count()).resolves.toBe(1);
    await expect.poll(() => p.getByText(/^Offline — showing what was saved at/).count()).toBe(0);

    // Steps can be reworded too, by keyboard alone: the edit field takes focus, Enter saves.
    await card.getByRole('button', { name: 'Edit — step “Ask about a library card”' }).click();
    await p.keyboard.press('Control+A');
    await p.keyboard.type('Ask about a library card and the reading club');
    await p.keyboard.press('Enter');
    await specialist.page
      .getByRole('article', { name: goal })
      .getByText('Ask about a library card and the reading club', { exact: true })
      .waitFor();
    // Focus goes back to the step's own checkbox, not to the top of the page (once it re-renders).
    await expect.poll(() => focused(p)).toBe('checkbox');

    // The goal's edit panel and a step's editor open together: an error shows under its own field
    // only, and each form's buttons say which they belong to.
    const step = 'Ask about a library card and the reading club';
    await card.getByRole('button', { name: `Edit — goal “${goal}”` }).click();
    await card.getByLabel('Goal', { exact: true }).fill('');
    await card.getByRole('button', { name: 'Save changes', exact: true }).click();
    await card.getByText('Write the goal in 1 to 280 characters.').waitFor();
    await card.getByRole('button', { name: `Edit — step “${step}”` }).click();
    await card.getByLabel('Step', { exact: true }).waitFor();
    await expect(card.getByText('Write the goal in 1 to 280 characters.').count()).resolves.toBe(1);
    await card.getByLabel('Step', { exact: true }).fill('');
    await card.getByRole('button', { name: `Save changes — step “${step}”` }).click();
    await card.getByText('Write the step in 1 to 280 characters.').waitFor();
    await expect(card.getByText('Write the goal in 1 to 280 characters.').count()).resolves.toBe(1);
    await expectAccessible(p, 'goal and step editors open together');
    await card.getByRole('button', { name: `Cancel — step “${step}”` }).click();
    await card.getByRole('button', { name: 'Cancel', exact: true }).click();
    await card.getByRole('heading', { name: goal }).waitFor();
  });

  it('lets the participant add a support, which the specialist sees at once', async () => {
    const p = participant.page;
    const supports = p.getByRole('region', { name: 'My supports' });
    await supports.getByText('Add a support').click();
    await supports.getByLabel('Who or what helps', { exact: true }).fill('Tuesday walking group');
    await supports.getByLabel('Kind of support', { exact: true }).selectOption('peer');
    await supports.getByLabel('How to reach them (optional)', { exact: true }).fill('Community centre, 10am');
    await supports.getByRole('button', { name: 'Add support' }).click();
    await supports.getByRole('listitem').filter({ hasText: 'Tuesday walking group' }).getByText('Peer').waitFor();
    await specialist.page
      .getByRole('region', { name: 'Supports' })
      .getByText('How to reach: Community centre, 10am')
      .waitFor();
  });

  it('lets the participant record a choice between pathways and decide, with their reasons', async () => {
    const p = participant.page;
    const choices = p.getByRole('region', { name: 'My choices' });
    await choices.getByText('Add a choice').click();
    await choices.getByLabel('What are you deciding?', { exact: true }).fill('Which group might suit me?');
    await choices.getByLabel('Option 1', { exact: true }).fill('Tuesday walking group');
    await choices.getByLabel('Pathway of option 1', { exact: true }).selectOption('peer-community');
    await choices.getByLabel('Option 2 (optional)', { exact: true }).fill('A mutual-help meeting');
    await choices.getByLabel('Pathway of option 2', { exact: true }).selectOption('mutual-help');
    await choices.getByRole('button', { name: 'Add choice' }).click();
    const decide = choices.getByRole('group', { name: 'What I choose: Which group might suit me?' });
    await decide.getByRole('radio', { name: /Tuesday walking group/ }).check();
    await choices.getByLabel('My reasons (optional)', { exact: true }).fill('I like being outside.');
    await expectAccessible(p, 'my plan, deciding a choice');
    await choices.getByRole('button', { name: 'Save my decision' }).click();
    await choices.getByText('Chosen: Tuesday walking group').waitFor();
    const theirs = specialist.page.getByRole('region', { name: 'Choices' });
    await theirs.getByText('Chosen: Tuesday walking group').waitFor();
    await theirs.getByText('Reasons: I like being outside.').waitFor();
  });

  it('ends the session, the specialist drafts the note, and the participant adds their view and co-signs, live on every screen', async () => {
    const s = specialist.page;
    const p = participant.page;
    await s.getByRole('button', { name: 'End the session' }).click();
    await s.getByRole('heading', { name: 'Draft the session note together' }).waitFor();
    // The participant's plan says a note will be written with them…
    await visible(
      p,
      'The session has ended. Sam Specialist will write a short note of it with you: it will appear under “Notes about me”.',
    );
    // …and on their phone (signed in as them) they open their notes while it is written; the
    // specialist sees them there.
    const phone = await person('participant phone', { viewport: { width: 390, height: 844 } });
    await phone.context.addCookies(await participant.context.cookies());
    await phone.page.goto(`${app.server.url}/notes`);
    await waitForHeading(phone.page, 'Notes about me');
    await visible(phone.page, 'No notes yet. After a session, the note you write together appears here.');
    await visible(s, 'Pat Participant is here, looking at the note');

    await s.getByLabel('What we worked on', { exact: true }).fill('A goal for the weekend, and the first step.');
    await s.getByLabel('What Pat Participant chose', { exact: true }).fill('Walking to the library on Saturdays.');
    await s.getByLabel('Next steps', { exact: true }).fill('Check opening hours; talk next week.');
    await check(s, 'draft note (specialist)', '27-specialist-note-draft');
    await s.getByRole('button', { name: 'Save the draft note' }).click();
    await visible(s, 'Draft saved. Pat Participant can now read it and add their view.');
    // The specialist reads back what they wrote, on the person's page.
    const notes = s.getByRole('region', { name: 'Notes written with Pat Participant' });
    const mine = notes.getByRole('article').first();
    await mine.getByText('Walking to the library on Saturdays.').waitFor();
    await mine.getByText('Check opening hours; talk next week.').waitFor();
    await mine.getByText('Waiting for Pat Participant').waitFor();
    await check(s, 'draft note written with the person (specialist)', '27a-specialist-note-drafted');

    // Without a reload: the phone shows the draft, the plan says it is ready and links to it.
    const drafted = phone.page.getByRole('article').first();
    await drafted.getByText('Walking to the library on Saturdays.').waitFor();
    await drafted.getByText('Draft: waiting for you').waitFor();

    // The specialist fixes the draft before the person signs it; the phone shows the fix as it is saved.
    const edit = mine.getByRole('button', { name: /^Edit the draft/ });
    await edit.click();
    await expect.poll(() => focused(s)).toBe('textarea: What we worked on');
    await mine.getByLabel('Next steps', { exact: true }).fill('Check the opening hours on Friday; talk next week.');
    await check(s, 'editing the draft note (specialist)', '27c-specialist-note-edit');
    await mine.getByRole('button', { name: 'Save changes' }).click();
    await visible(s, 'Changes saved. Pat Participant sees the new version.');
    await mine.getByText('Check the opening hours on Friday; talk next week.').waitFor();
    await expect.poll(() => focused(s)).toMatch(/^button: Edit the draft/);
    await drafted.getByText('Check the opening hours on Friday; talk next week.').waitFor();
    await expect(drafted.getByText('Check opening hours; talk next week.').count()).resolves.toBe(0);
    await visible(
      p,
      'Sam Specialist wrote a draft note of your session. Read it, add your view, and co-sign it or say you see it differently.',
    );
    await check(p, 'my plan (note ready)', '27b-participant-plan-note-ready');
    // Their start page says a note is waiting for them.
    await phone.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await visible(phone.page, 'A note is waiting for your view.');
    await phone.context.close();
    await p.getByRole('link', { name: 'Read the note' }).click();
    await waitForHeading(p, 'Notes about me');
    const note = p.getByRole('article').first();
    await note.getByText('Draft: waiting for you').waitFor();
    await note.getByText('Walking to the library on Saturdays.').waitFor();
    await check(p, 'notes about me (draft)', '28-participant-note-draft');
    // The specialist starts another fix while the person writes their view.
    await edit.click();
    await mine.getByLabel('What we worked on', { exact: true }).fill('A weekend goal.');
    await note.getByLabel('My view', { exact: true }).fill('I want to try it for a month first.');
    await note.getByRole('button', { name: 'Save my view' }).click();
    await visible(p, 'Your view is saved.');
    // The specialist sees the person's view as soon as it is saved…
    await notes.getByText('Pat Participant’s view: I want to try it for a month first.').waitFor();
    await notes.getByText('Waiting for Pat Participant').waitFor();
    // …and their fix, saved from the note as it was before, is refused rather than written over it.
    await mine.getByRole('button', { name: 'Save changes' }).click();
    await mine.getByText('Pat Participant changed their view of this note while you were editing').waitFor();
    await check(s, 'draft note changed during an edit (specialist)', '28b-specialist-note-edit-conflict');
    await mine.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => focused(s)).toMatch(/^button: Edit the draft/);
    await mine.getByText('A goal for the weekend, and the first step.').waitFor();
    await note.getByText('A goal for the weekend, and the first step.').waitFor();

    // The specialist starts one more fix just as the person signs…
    await edit.click();
    const lateFix = 'Check the opening hours on Friday; the library opens at 10.';
    await mine.getByLabel('Next steps', { exact: true }).fill(lateFix);
    await note.getByRole('button', { name: 'Co-sign this note' }).click();
    await note.getByText('Co-signed', { exact: true }).waitFor();
    await note.getByText('I want to try it for a month first.').waitFor();
    await note.getByText('No amendments.').waitFor();
    await check(p, 'notes about me (co-signed)', '29-participant-note-signed');

    // The specialist sees their answer…
    await notes.getByText('Co-signed by Pat Participant').waitFor();
    // …so the late fix is refused (a signed note is locked) but not lost: it waits in the amendment box.
    await mine.getByRole('button', { name: 'Save changes' }).click();
    await mine.getByText('Pat Participant signed this note while you were editing').waitFor();
    await expect.poll(() => focused(s)).toBe('textarea: Add an amendment');
    await check(s, 'note signed during an edit (specialist)', '29a-specialist-note-signed-during-edit');
    await expect(mine.getByLabel('Add an amendment', { exact: true }).inputValue()).resolves.toBe(
      `Next steps: ${lateFix}`,
    );
    await expect(s.getByRole('heading', { name: 'Draft the session note together' }).count()).resolves.toBe(0);
  });

  it('lets the specialist amend the signed note, never edit it, and the person sees the amendment live', async () => {
    const s = specialist.page;
    const signed = s.getByRole('region', { name: 'Notes written with Pat Participant' }).getByRole('article').first();
    await signed.getByText('Co-signed by Pat Participant').waitFor();
    // The signed words, not the refused fix; and no way to edit them.
    await signed.getByText('Check the opening hours on Friday; talk next week.').waitFor();
    await expect(signed.getByRole('button', { name: /^Edit the draft/ }).count()).resolves.toBe(0);
    await signed.getByText('No amendments.').waitFor();

    // The person's phone drops off the network for a moment…
    await participant.context.setOffline(true);
    await expect.poll(() => participant.page.evaluate(() => navigator.onLine)).toBe(false);
    // The specialist words the kept fix as a correction.
    const correction = 'Correction: the library opens at 10 on Saturdays.';
    await signed.getByLabel('Add an amendment', { exact: true }).fill(correction);
    await signed.getByRole('button', { name: /^Add amendment/ }).click();
    await visible(s, 'Amendment added.');
    await signed
      .getByRole('listitem')
      .filter({ hasText: correction })
      .getByText(/^Sam Specialist, /)
      .waitFor();
    // The signed words stay as they were: the amendment is added below them.
    await signed.getByText('Check the opening hours on Friday; talk next week.').waitFor();
    await check(s, 'signed note with an amendment (specialist)', '29b-specialist-note-amended');

    // …and when it is back, the person's notes page (open all along) catches up: it shows the
    // amendment, with who wrote it, though the notice of it was sent while it was away.
    await participant.context.setOffline(false);
    const theirs = participant.page.getByRole('article').first();
    await theirs
      .getByRole('listitem')
      .filter({ hasText: correction })
      .getByText(/^Sam Specialist, /)
      .waitFor();
    await expect(theirs.getByText('No amendments.').count()).resolves.toBe(0);
    await check(participant.page, 'notes about me (amended)', '29c-participant-note-amended');
  });

  it('shows the participant the access log of the session', async () => {
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My record' }).click();
    await waitForHeading(p, 'My record');
    await p.getByRole('link', { name: 'Who has looked at my record' }).click();
    await waitForHeading(p, 'Who has looked at my record');
    // One line per sitting: the whole session is a few lines, each opening onto what happened.
    const sittings = p.locator('li.sitting');
    const open = async (lines: typeof sittings) => {
      for (const line of await lines.all()) await line.locator('summary').click();
    };
    const sam = sittings.filter({ hasText: /^\s*Sam Specialist \(Specialist\)/ });
    await sam.first().waitFor();
    await open(sam);
    await sam.getByText('Started a session with you').first().waitFor();
    await sam
      .getByText(/^Looked at your plan/)
      .first()
      .waitFor();
    await sam
      .getByText(/^Started writing a session note/)
      .first()
      .waitFor();
    await sam
      .getByText(/^Edited a draft session note/)
      .first()
      .waitFor();
    await sam
      .getByText(/^Added an amendment to a session note/)
      .first()
      .waitFor();
    // The person's own changes are listed too, in plain words.
    const mine = sittings.filter({ hasText: /^\s*You / });
    await open(mine);
    await mine
      .getByText(/^Co-signed a session note/)
      .first()
      .waitFor();
    await mine
      .getByText(/^Accepted a suggestion/)
      .first()
      .waitFor();
    // And the forged change is there, refused, on a line of its own.
    const refused = sittings.filter({ hasText: /Sam Specialist \(Specialist\) tried to open or change .*your plan/ });
    await open(refused);
    await refused
      .getByText(/^Changed the status of a goal/)
      .first()
      .waitFor();
    await expectAccessible(p, 'access log after a session');
  });

  it('shows the plan in Spanish', async () => {
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    await p.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(p, 'Mi plan');
    await p.getByRole('region', { name: 'Comunidad', exact: true }).getByRole('heading', { name: goal }).waitFor();
    await visible(p, 'Última confianza: 8 de 10');
    await check(p, 'my plan (Spanish)', '30-participant-plan-es');
  });

  it('saw no script errors, CSP violations or server errors along the way', () => {
    expect(problems()).toEqual([]);
  });
});
