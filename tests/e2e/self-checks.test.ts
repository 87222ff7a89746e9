import { describe, expect, it } from 'vitest';
import { type Person, waitForHeading } from './harness/browser.js';
import { accept, check, invite, ownId, setUpOrganisation } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * Self-checks in Chromium: the admin uploads the organisation's own questionnaire (a refused file
 * is explained in words); the person rates how they are doing, twice, and sees each line over
 * time in neutral words; answers the questionnaire and sees its score — in English and Spanish,
 * axe clean, at 360 px.
 */
const app = story();
const { problems } = app;
const ordinal = (value: number) => [
  { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: value },
];
const questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  title: 'Riverside weekly check',
  item: [
    {
      linkId: 'week',
      text: 'How has this week felt?',
      type: 'choice',
      required: true,
      answerOption: [
        { valueCoding: { code: 'hard', display: 'Hard' }, extension: ordinal(0) },
        { valueCoding: { code: 'good', display: 'Good' }, extension: ordinal(2) },
      ],
    },
    { linkId: 'group', text: 'I went to a group this week', type: 'boolean', extension: ordinal(3) },
  ],
};

describe('self-checks and questionnaires', () => {
  let participant: Person;

  it('the admin uploads a questionnaire; one with an item type we do not support is explained', async () => {
    const admin = await app.person('admin');
    await setUpOrganisation(admin, app.server.setupLink, 'Riverside Recovery Community', 'riverside.example');
    await admin.page.getByLabel('Role', { exact: true }).selectOption('participant');
    const link = await invite(admin.page, 'pat@riverside.example');
    const a = admin.page;
    await a.goto(new URL('/organisation', a.url()).href);
    await waitForHeading(a, 'Organisation settings');
    const file = a.getByLabel('Questionnaire file (.json)');
    const bad = {
      ...questionnaire,
      item: [...questionnaire.item, { linkId: 'intro', text: 'About', type: 'display' }],
    };
    await file.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await a.getByRole('button', { name: 'Upload' }).click();
    await a.getByRole('alert').filter({ hasText: 'At item.2.type' }).waitFor();
    await file.setInputFiles({
      name: 'q.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(questionnaire)),
    });
    await a.getByRole('button', { name: 'Upload' }).click();
    await a.getByText('“Riverside weekly check” is now offered.').waitFor();
    await check(a, 'organisation questionnaires', '60-organisation-questionnaires');
    participant = await app.person('participant');
    await accept(link, participant, 'Pat Participant');
    expect(await ownId(participant)).toBeTruthy();
  });

  it('the person rates how they are doing twice and reads each line in neutral words', async () => {
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    for (const [health, home] of [
      ['4', '6'],
      ['5', '9'],
    ] as const) {
      await p.getByRole('group', { name: 'Health' }).getByRole('radio', { name: health, exact: true }).check();
      await p.getByRole('group', { name: 'Home' }).getByRole('radio', { name: home, exact: true }).check();
      await p.getByRole('button', { name: 'Save my self-check' }).click();
      await p.getByText('Saved. Your lines are below.').first().waitFor();
    }
    await p.getByText('Health: about the same (4, now 5)').waitFor();
    await p.getByText('Home: higher (6, now 9)').waitFor();
    expect(await p.getByText(/fail/i).count()).toBe(0);
  });

  it('answers the questionnaire and sees its score, then the page in Spanish', async () => {
    const p = participant.page;
    await p.getByText('Riverside weekly check', { exact: true }).click();
    await p.getByLabel('How has this week felt?').selectOption({ label: 'Good' });
    await p.getByRole('group', { name: 'I went to a group this week' }).getByLabel('Yes').check();
    await p.getByRole('button', { name: 'Save my answers' }).click();
    await p.getByRole('heading', { name: 'Riverside weekly check: my scores over time' }).waitFor();
    await check(p, 'how I am doing', '61-self-checks');
    await p.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(p, 'Mi plan');
    await p.getByText('Salud: más o menos igual (4, ahora 5)').waitFor();
    await check(p, 'how I am doing (Spanish)', '62-self-checks-es');
    expect(problems()).toEqual([]);
  });
});
