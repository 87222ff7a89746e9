import type { ConsentDraftRequest, ErrorBody } from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeConsent,
  consentsUrl,
  counts,
  dayFromNow,
  disclosureTo,
  draft,
  openConsentWorld,
  postConsentAction,
  postDisclosure,
  postDraft,
  postSign,
  readText,
  specificDraft,
} from '../../helpers/consent-api.js';
import { createCast, signIn, type TestApp } from '../../helpers/test-app.js';

/** Each bad request is a clear 4xx naming the problem, and writes nothing: row counts are unchanged. */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let pid: string;
beforeAll(async () => {
  ({ t, cast, pid } = await openConsentWorld(createCast));
});
afterAll(() => t.close());

async function refused(
  send: () => Promise<LightMyRequestResponse>,
  status: number,
  error: ErrorBody['error'],
  field?: string,
) {
  const before = await counts(t);
  const res = await send();
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json<ErrorBody>()).toMatchObject({ error, ...(field === undefined ? {} : { field }) });
  expect(await counts(t)).toEqual(before);
  return res;
}

describe('a consent', () => {
  it.each(['dataClasses', 'recipient', 'purpose', 'expiry'] as const)(
    'without its %s is refused, naming it',
    async (element) => {
      const { [element]: _left, ...missing } = specificDraft(t);
      await refused(() => postDraft(t, cast.participant, pid, missing), 400, 'validation_failed', element);
    },
  );

  it('with an empty scope or an unknown class is refused, naming dataClasses', async () => {
    await refused(
      () => postDraft(t, cast.participant, pid, { ...specificDraft(t), dataClasses: [] }),
      400,
      'validation_failed',
      'dataClasses',
    );
    await refused(
      () => postDraft(t, cast.participant, pid, { ...specificDraft(t), dataClasses: ['diary'] }),
      400,
      'validation_failed',
    );
  });

  it('ending today or earlier is refused, naming expiry.date', async () => {
    for (const days of [0, -1, -400]) {
      const body = { ...specificDraft(t), expiry: { kind: 'date', date: dayFromNow(t, days) } };
      await refused(() => postDraft(t, cast.participant, pid, body), 400, 'consent_expiry_past', 'expiry.date');
    }
  });

  it('to a named recipient "until I revoke it" is refused: only a TPO consent may have no end', async () => {
    const body = { ...specificDraft(t), expiry: { kind: 'none' } };
    await refused(() => postDraft(t, cast.specialist, pid, body), 400, 'consent_tpo_only', 'expiry');
    const tpo: ConsentDraftRequest = { kind: 'tpo', dataClasses: ['all'], expiry: { kind: 'none' } };
    expect((await postDraft(t, cast.participant, pid, tpo)).statusCode).toBe(201);
  });

  it('signed with the digest of another text is refused, and stays a draft', async () => {
    const drafted = await draft(t, cast.participant, pid, specificDraft(t));
    const { textSha256 } = await readText(t, cast.participant, pid, drafted.id, 'es');
    // The digest of the Spanish text is not the digest of the English one.
    await refused(
      () => postSign(t, cast.participant, pid, drafted.id, { language: 'en', textSha256 }),
      409,
      'consent_text_changed',
      'textSha256',
    );
    await refused(
      () => postSign(t, cast.participant, pid, drafted.id, { language: 'en', textSha256: 'f'.repeat(64) }),
      409,
      'consent_text_changed',
    );
    const read = await t.request({ method: 'GET', url: `${consentsUrl(pid)}/${drafted.id}`, as: cast.participant });
    expect(read.json()).toMatchObject({ state: 'draft', signedAt: null });
  });

  it('signed after its end date has come is refused, and stays a draft', async () => {
    const body = { ...specificDraft(t), expiry: { kind: 'date' as const, date: dayFromNow(t, 1) } };
    const drafted = await draft(t, cast.participant, pid, body);
    const { textSha256 } = await readText(t, cast.participant, pid, drafted.id);
    t.clock.advance(86_400_000);
    try {
      const person = await signIn(t, cast.participant.email, cast.participant.password);
      await refused(
        () => postSign(t, person, pid, drafted.id, { language: 'en', textSha256 }),
        400,
        'consent_expiry_past',
        'expiry.date',
      );
    } finally {
      t.clock.advance(-86_400_000);
    }
  });

  it('signed twice is refused the second time', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t));
    const { textSha256 } = await readText(t, cast.participant, pid, consent.id);
    await refused(
      () => postSign(t, cast.participant, pid, consent.id, { language: 'en', textSha256 }),
      409,
      'consent_not_draft',
    );
    await refused(() => postConsentAction(t, cast.participant, pid, consent.id, 'discard'), 409, 'consent_not_draft');
  });
});

describe('a disclosure', () => {
  it('of a class the consent does not cover is refused, naming dataClasses', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t, ['plan', 'check-ins']));
    const body = disclosureTo(consent.id, ['plan', 'session-notes']);
    await refused(
      () => postDisclosure(t, cast.specialist, pid, body),
      409,
      'disclosure_outside_consent',
      'dataClasses',
    );
  });

  it('to another recipient, or for another purpose, is refused naming which', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t));
    const elsewhere = disclosureTo(consent.id, ['plan'], {
      recipient: { name: 'Dr. Rivera', organisation: 'Westside Clinic' },
    });
    await refused(
      () => postDisclosure(t, cast.specialist, pid, elsewhere),
      409,
      'disclosure_outside_consent',
      'recipient',
    );
    const someoneElse = disclosureTo(consent.id, ['plan'], { recipient: { name: 'Officer Smith' } });
    await refused(
      () => postDisclosure(t, cast.specialist, pid, someoneElse),
      409,
      'disclosure_outside_consent',
      'recipient',
    );
    const why = disclosureTo(consent.id, ['plan'], { purpose: 'Court proceedings' });
    await refused(() => postDisclosure(t, cast.specialist, pid, why), 409, 'disclosure_outside_consent', 'purpose');
    // The same recipient written with other capitals and spacing is the same recipient.
    const same = disclosureTo(consent.id, ['plan'], {
      recipient: { name: '  dr.  RIVERA ', organisation: 'eastside clinic' },
    });
    expect((await postDisclosure(t, cast.specialist, pid, same)).statusCode).toBe(201);
  });

  it('under a draft, a revoked consent, or another organisation’s consent is refused', async () => {
    const drafted = await draft(t, cast.participant, pid, specificDraft(t));
    await refused(
      () => postDisclosure(t, cast.specialist, pid, disclosureTo(drafted.id)),
      409,
      'consent_not_active',
      'consentId',
    );
    const revoked = await activeConsent(t, cast.participant, specificDraft(t));
    expect((await postConsentAction(t, cast.participant, pid, revoked.id, 'revoke')).statusCode).toBe(200);
    await refused(() => postDisclosure(t, cast.specialist, pid, disclosureTo(revoked.id)), 409, 'consent_not_active');
    const other = await createCast(t, 'Elsewhere');
    const theirs = await activeConsent(t, other.participant, specificDraft(t));
    await refused(() => postDisclosure(t, cast.specialist, pid, disclosureTo(theirs.id)), 404, 'not_found');
    await refused(
      () => postDisclosure(t, other.specialist, other.participant.me.id, disclosureTo(theirs.id, ['session-notes'])),
      409,
      'disclosure_outside_consent',
    );
  });

  it('under a consent whose day has passed is refused', async () => {
    const consent = await activeConsent(t, cast.participant, {
      ...specificDraft(t),
      expiry: { kind: 'date', date: dayFromNow(t, 1) },
    });
    t.clock.advance(3 * 86_400_000);
    try {
      const specialist = await signIn(t, cast.specialist.email, cast.specialist.password);
      await refused(() => postDisclosure(t, specialist, pid, disclosureTo(consent.id)), 409, 'consent_not_active');
    } finally {
      t.clock.advance(-3 * 86_400_000);
    }
  });
});

describe('the accounting', () => {
  it('from more than three years ago is refused naming from; an end before the start naming to', async () => {
    const url = `/api/participants/${pid}/disclosures/accounting`;
    await refused(
      () => t.request({ method: 'GET', url: `${url}?from=${dayFromNow(t, -3 * 366)}`, as: cast.participant }),
      400,
      'validation_failed',
      'from',
    );
    await refused(
      () =>
        t.request({
          method: 'GET',
          url: `${url}?from=${dayFromNow(t, -5)}&to=${dayFromNow(t, -6)}`,
          as: cast.participant,
        }),
      400,
      'validation_failed',
      'to',
    );
  });
});

describe('the end of peer support', () => {
  it('ends a consent that lasts until then: disclosures under it are refused once the account is closed', async () => {
    const consent = await activeConsent(t, cast.participant, {
      ...specificDraft(t),
      expiry: { kind: 'end-of-peer-support' },
    });
    expect((await postDisclosure(t, cast.specialist, pid, disclosureTo(consent.id))).statusCode).toBe(201);
    const disabled = await t.request({ method: 'POST', url: `/api/users/${pid}/disable`, as: cast.admin });
    expect(disabled.statusCode, disabled.body).toBe(200);
    await refused(() => postDisclosure(t, cast.specialist, pid, disclosureTo(consent.id)), 409, 'consent_not_active');
    const read = await t.request({ method: 'GET', url: `${consentsUrl(pid)}/${consent.id}`, as: cast.specialist });
    expect(read.json()).toMatchObject({ state: 'expired' });
  });
});
