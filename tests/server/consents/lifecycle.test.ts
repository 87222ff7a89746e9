import { createHash } from 'node:crypto';
import {
  type Consent,
  consentFormText,
  type DisclosurePackage,
  type ErrorBody,
  redisclosureNotice,
} from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeConsent,
  clinic,
  consentsUrl,
  dayFromNow,
  disclosureTo,
  draft,
  openConsentWorld,
  postConsentAction,
  postDisclosure,
  readText,
  signAsRead,
  specificDraft,
  tpoDraft,
} from '../../helpers/consent-api.js';
import { createCast, signIn, type TestApp } from '../../helpers/test-app.js';

/** A consent from draft to signature, revocation and supersession, as the person and their specialist see it. */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let pid: string;
beforeAll(async () => {
  ({ t, cast, pid } = await openConsentWorld((t) => createCast(t, 'Riverside Peer Support')));
});
afterAll(() => t.close());

const get = async (consentId: string) =>
  (await t.request({ method: 'GET', url: `${consentsUrl(pid)}/${consentId}`, as: cast.participant })).json<Consent>();

describe('a consent drafted by the specialist with the person', () => {
  it('arrives as a draft naming the person and the organisation, and only the person signs it', async () => {
    const drafted = await draft(t, cast.specialist, pid, specificDraft(t, ['plan', 'check-ins']));
    expect(drafted).toMatchObject({
      state: 'draft',
      participantName: 'Pat Participant',
      organisationName: 'Riverside Peer Support',
      draftedBy: { id: cast.specialist.me.id, role: 'specialist' },
      recipient: clinic,
      signedAt: null,
    });
    const text = await readText(t, cast.specialist, pid, drafted.id, 'es');
    expect(text.text).toContain('Yo, Pat Participant, permito que Riverside Peer Support comparta');
    expect(text.textSha256).toBe(createHash('sha256').update(text.text, 'utf8').digest('hex'));

    const bySpecialist = await t.request({
      method: 'POST',
      url: `${consentsUrl(pid)}/${drafted.id}/sign`,
      as: cast.specialist,
      body: { language: 'es', textSha256: text.textSha256 },
    });
    expect(bySpecialist.statusCode).toBe(403);
    expect(bySpecialist.json<ErrorBody>().error).toBe('participant_only');

    const signed = await signAsRead(t, cast.participant, drafted.id, 'es');
    expect(signed).toMatchObject({ state: 'active', signedLanguage: 'es', signedTextSha256: text.textSha256 });
    // The signed text is kept as it was read: asked again in Spanish, it is the same text and digest.
    expect(await readText(t, cast.participant, pid, drafted.id, 'es')).toEqual(text);
  });

  it('records an authorized representative who signs for the person', async () => {
    const drafted = await draft(t, cast.participant, pid, specificDraft(t));
    const { textSha256 } = await readText(t, cast.participant, pid, drafted.id);
    const res = await t.request({
      method: 'POST',
      url: `${consentsUrl(pid)}/${drafted.id}/sign`,
      as: cast.participant,
      body: { language: 'en', textSha256, representative: { name: 'Alex Guardian', relationship: 'guardian' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Consent>().representative).toEqual({ name: 'Alex Guardian', relationship: 'guardian' });
  });

  it('a draft is withdrawn by its drafter, and cannot be signed afterwards', async () => {
    const drafted = await draft(t, cast.specialist, pid, specificDraft(t));
    const res = await postConsentAction(t, cast.specialist, pid, drafted.id, 'discard');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Consent>()).toMatchObject({ state: 'discarded' });
    expect((await readText(t, cast.participant, pid, drafted.id)).text).toContain('Dr. Rivera');
    const { textSha256 } = await readText(t, cast.participant, pid, drafted.id);
    const sign = await t.request({
      method: 'POST',
      url: `${consentsUrl(pid)}/${drafted.id}/sign`,
      as: cast.participant,
      body: { language: 'en', textSha256 },
    });
    expect(sign.statusCode).toBe(409);
    expect(sign.json<ErrorBody>().error).toBe('consent_not_draft');
  });
});

describe('a TPO consent', () => {
  it('signed anew supersedes the one before it, which then allows nothing', async () => {
    const first = await activeConsent(t, cast.participant, tpoDraft(['plan']));
    const second = await activeConsent(t, cast.participant, tpoDraft(['all']));
    expect(await get(first.id)).toMatchObject({ state: 'superseded', supersededBy: second.id });
    expect((await get(first.id)).endedAt).not.toBeNull();
    expect(await get(second.id)).toMatchObject({ state: 'active', supersededBy: null });

    const under = (consentId: string) =>
      postDisclosure(t, cast.specialist, pid, {
        consentId,
        recipient: { name: 'Medicaid of the State', organisation: 'State Health Plan' },
        purpose: 'payment',
        dataClasses: ['plan'],
        language: 'en',
      });
    const refused = await under(first.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>()).toMatchObject({ error: 'consent_not_active', field: 'consentId' });
    expect((await under(second.id)).statusCode).toBe(201);
  });

  it('the form words the TPO recipients and purposes in the reader’s language', async () => {
    const drafted = await draft(t, cast.participant, pid, tpoDraft());
    const en = await readText(t, cast.participant, pid, drafted.id, 'en');
    expect(en.text).toContain('my treating providers, health plans and those helping operate this program');
    expect(en.text).toContain('until I revoke it');
    expect(en.text).toBe(
      consentFormText(
        {
          kind: 'tpo',
          participantName: 'Pat Participant',
          organisationName: 'Riverside Peer Support',
          dataClasses: ['all'],
          recipient: null,
          purpose: '',
          expiry: { kind: 'none' },
        },
        'en',
      ),
    );
  });
});

describe('revocation', () => {
  it('a specialist records the person’s spoken request; the consent stays active until the person revokes', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t));
    const request = await postConsentAction(t, cast.specialist, pid, consent.id, 'revocation-request', {
      note: 'Pat asked on the phone to stop sharing',
    });
    expect(request.statusCode, request.body).toBe(200);
    expect(request.json<Consent>()).toMatchObject({
      state: 'active',
      revocationRequest: { by: { id: cast.specialist.me.id }, note: 'Pat asked on the phone to stop sharing' },
    });
    expect((await postDisclosure(t, cast.specialist, pid, disclosureTo(consent.id))).statusCode).toBe(201);

    const revoked = await postConsentAction(t, cast.participant, pid, consent.id, 'revoke', {
      statement: 'I no longer want this shared.',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<Consent>()).toMatchObject({
      state: 'revoked',
      revocationStatement: 'I no longer want this shared.',
    });

    const after = await postDisclosure(t, cast.specialist, pid, disclosureTo(consent.id));
    expect(after.statusCode).toBe(409);
    expect(after.json<ErrorBody>().error).toBe('consent_not_active');
    const again = await postConsentAction(t, cast.participant, pid, consent.id, 'revoke');
    expect(again.json<ErrorBody>().error).toBe('consent_not_active');
  });
});

describe('the package', () => {
  it('carries the notice and the scope in the language asked for, and the disclosure it records', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t, ['plan', 'referrals']));
    const res = await postDisclosure(
      t,
      cast.specialist,
      pid,
      disclosureTo(consent.id, ['referrals'], { language: 'es' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const pkg = res.json<DisclosurePackage>();
    expect(pkg.language).toBe('es');
    expect(pkg.notice).toBe(redisclosureNotice('es'));
    expect(pkg.scope).toContain('Compartido con el consentimiento de la persona');
    expect(pkg.scope).toContain('mis derivaciones a recursos de la comunidad');
    expect(pkg.disclosure).toMatchObject({
      consentId: consent.id,
      dataClasses: ['referrals'],
      recipient: clinic,
      disclosedBy: { id: cast.specialist.me.id, role: 'specialist' },
    });
    expect(pkg.bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  });

  it('a preview shows the same package before signing, in English by default for an English reader, and records no disclosure', async () => {
    const drafted = await draft(t, cast.participant, pid, specificDraft(t));
    const before = (
      await t.request({ method: 'GET', url: `/api/participants/${pid}/disclosures`, as: cast.participant })
    ).json<{ disclosures: unknown[] }>().disclosures.length;
    const res = await t.request({
      method: 'GET',
      url: `${consentsUrl(pid)}/${drafted.id}/preview`,
      as: cast.participant,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<DisclosurePackage>()).toMatchObject({
      disclosure: null,
      language: 'en',
      notice: redisclosureNotice('en'),
    });
    const es = await t.request({
      method: 'GET',
      url: `${consentsUrl(pid)}/${drafted.id}/preview?language=es`,
      as: cast.specialist,
    });
    expect(es.json<DisclosurePackage>().notice).toBe(redisclosureNotice('es'));
    const after = (
      await t.request({ method: 'GET', url: `/api/participants/${pid}/disclosures`, as: cast.participant })
    ).json<{ disclosures: unknown[] }>().disclosures.length;
    expect(after).toBe(before);
  });
});

describe('expiry', () => {
  it('a consent past its day reads as expired and allows no disclosure', async () => {
    const consent = await activeConsent(t, cast.participant, {
      ...specificDraft(t),
      expiry: { kind: 'date', date: dayFromNow(t, 2) },
    });
    expect((await postDisclosure(t, cast.specialist, pid, disclosureTo(consent.id))).statusCode).toBe(201);
    t.clock.advance(4 * 86_400_000);
    try {
      // Sign-ins lapse over four days: both sign in again.
      const person = await signIn(t, cast.participant.email, cast.participant.password);
      const specialist = await signIn(t, cast.specialist.email, cast.specialist.password);
      const read = await t.request({ method: 'GET', url: `${consentsUrl(pid)}/${consent.id}`, as: person });
      expect(read.json<Consent>().state).toBe('expired');
      const res = await postDisclosure(t, specialist, pid, disclosureTo(consent.id));
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorBody>().error).toBe('consent_not_active');
    } finally {
      t.clock.advance(-4 * 86_400_000);
    }
  });
});
