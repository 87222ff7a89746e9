import { describe, expect, it } from 'vitest';
import { type Person, waitForHeading } from './harness/browser.js';
import { check, specialistAndParticipant } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * A consent from draft to revocation, on two screens. Sam drafts a consent with Pat to share
 * Pat's plan and referrals with a named clinic; only Pat can sign it, after reading the exact
 * form. Sam shares under it, and the recipient's package carries the notice against
 * redisclosure. Pat sees the disclosure, revokes in writing, and from then on Sam's sharing is
 * refused — on the server, whatever Sam's screen still shows.
 */
const app = story();
const { problems } = app;

describe('consent and disclosure, on both screens', () => {
  let sam: Person;
  let pat: Person;
  let pid = '';

  it('sets up Sam and Pat', async () => {
    const cast = await specialistAndParticipant(app);
    sam = cast.specialist;
    pat = cast.participant;
    pid = cast.participantId;
  });

  it('Sam drafts a consent with Pat; it is not in effect until Pat signs', async () => {
    const s = sam.page;
    await s.goto(`${app.server.url}/people/${pid}`);
    const section = s.getByRole('region', { name: /Consents to share Pat Participant/ });
    await section.waitFor();
    await section.getByRole('checkbox', { name: 'Recovery plan' }).check();
    await section.getByRole('checkbox', { name: 'Referrals' }).check();
    await section.getByLabel('Recipient (person or service)', { exact: true }).fill('Dr. Lee');
    await section.getByLabel(/Their organisation/).fill('Eastside Clinic');
    await section.getByLabel('Why it is shared', { exact: true }).fill('Coordinate my care after discharge');
    await section.getByRole('button', { name: 'Save the draft' }).click();
    await section.getByText('Draft saved. It waits for the person to read and sign it.').waitFor();
    await section.getByRole('heading', { name: 'A named recipient — Waiting to be signed' }).waitFor();
    // A draft offers no sharing.
    expect(await section.getByRole('button', { name: 'Share under this consent' }).count()).toBe(0);
  });

  it('Pat reads the exact form, sees what the clinic would get, and signs', async () => {
    const p = pat.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My record' }).click();
    await waitForHeading(p, 'My record');
    await p.getByRole('link', { name: 'Who has my information' }).click();
    await waitForHeading(p, 'Who has my information');
    await check(p, 'who has my information, a draft waiting', 'consents-01-draft');
    await p.getByRole('button', { name: 'See what they’ll see' }).click();
    await p
      .getByText(/protected by federal confidentiality rules \(42 CFR part 2\)/)
      .first()
      .waitFor();
    await p.getByRole('button', { name: 'Read and sign' }).click();
    await p.getByText('I, Pat Participant, allow Riverside Recovery Community to share').waitFor();
    await p
      .getByText(/Eastside Clinic/)
      .first()
      .waitFor();
    await p.getByRole('button', { name: 'Sign this consent' }).click();
    await p.getByText('Signed. The consent is in effect from now.').waitFor();
  });

  it('Sam shares under it; the package carries the notice and the scope', async () => {
    const s = sam.page;
    await s.reload();
    const section = s.getByRole('region', { name: /Consents to share Pat Participant/ });
    await section.getByRole('heading', { name: 'A named recipient — In effect' }).waitFor();
    await section.getByRole('button', { name: 'Share under this consent' }).click();
    await section.getByRole('button', { name: 'Share and record it' }).click();
    await section.getByText('Shared with Dr. Lee and recorded in the disclosure log.').waitFor();
    const shared = section.getByRole('region', { name: 'What the recipient gets' });
    await shared.getByText(/prohibit you from making any further disclosure/).waitFor();
    await shared.getByText(/Shared under the person's consent: my recovery plan/).waitFor();
    const download = shared.getByRole('link', { name: 'Download the record (FHIR)' });
    expect(await download.getAttribute('download')).toMatch(/\.fhir\.json$/);
  });

  it('Pat sees the disclosure, revokes in writing, and Sam’s next sharing is refused', async () => {
    const p = pat.page;
    await p.reload();
    await waitForHeading(p, 'Who has my information');
    await p.getByText(/shared with Dr\. Lee, Eastside Clinic/).waitFor();
    const csv = p.getByRole('link', { name: 'Download the accounting (spreadsheet, CSV)' });
    expect(await csv.getAttribute('href')).toContain(`/api/participants/${pid}/disclosures/accounting`);
    await p.getByRole('button', { name: 'Revoke this consent' }).click();
    await p.getByLabel(/In your own words/).fill('I will share it myself.');
    await p.getByRole('button', { name: 'Revoke now' }).click();
    await p.getByText('Revoked. Nothing more will be shared under this consent.').waitFor();
    await check(p, 'who has my information, after revoking', 'consents-02-revoked');

    // Sam's screen still offers the form from before: the server refuses, and says why.
    const s = sam.page;
    const section = s.getByRole('region', { name: /Consents to share Pat Participant/ });
    await section.getByRole('button', { name: 'Share and record it' }).click();
    await section.getByText('This consent is not in effect: it was revoked, replaced or has ended.').waitFor();
  });

  it('says the same in Spanish', async () => {
    const p = pat.page;
    await p.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(p, 'Quién tiene mi información');
    await p.getByText('Revocado', { exact: false }).first().waitFor();
    await check(p, 'who has my information (Spanish)', 'consents-03-es');
    expect(problems()).toEqual([]);
  });
});
