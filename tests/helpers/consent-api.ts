import type {
  Consent,
  ConsentDraftRequest,
  ConsentLanguage,
  ConsentText,
  DataClass,
  DisclosureRequest,
  NamedRecipient,
} from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import type { As } from './plan-api.js';
import { createTestApp, type SignedInPerson, type TestApp } from './test-app.js';

export const consentsUrl = (participantId: string) => `/api/participants/${participantId}/consents`;
export const disclosuresUrl = (participantId: string) => `/api/participants/${participantId}/disclosures`;

/** A day `days` after the test clock's today (UTC), as YYYY-MM-DD. */
export function dayFromNow(t: TestApp, days: number): string {
  return new Date(t.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export const clinic: NamedRecipient = { name: 'Dr. Rivera', organisation: 'Eastside Clinic', contact: '555-0100' };
export const clinicPurpose = 'Coordinate my treatment with my doctor';

/** A valid specific consent to the clinic, ending in a month. */
export function specificDraft(t: TestApp, dataClasses: ConsentDraftRequest['dataClasses'] = ['plan']) {
  return {
    kind: 'specific',
    dataClasses,
    recipient: clinic,
    purpose: clinicPurpose,
    expiry: { kind: 'date', date: dayFromNow(t, 30) },
  } satisfies ConsentDraftRequest;
}

export const tpoDraft = (dataClasses: ConsentDraftRequest['dataClasses'] = ['all']) =>
  ({ kind: 'tpo', dataClasses, expiry: { kind: 'none' } }) satisfies ConsentDraftRequest;

export function postDraft(t: TestApp, as: As, participantId: string, body: unknown) {
  return t.request({ method: 'POST', url: consentsUrl(participantId), as, body });
}

export async function draft(t: TestApp, as: As, participantId: string, body: ConsentDraftRequest): Promise<Consent> {
  const res = await postDraft(t, as, participantId, body);
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.statusCode} ${res.body}`);
  return res.json<Consent>();
}

export async function readText(
  t: TestApp,
  as: As,
  participantId: string,
  consentId: string,
  language: ConsentLanguage = 'en',
): Promise<ConsentText> {
  const res = await t.request({
    method: 'GET',
    url: `${consentsUrl(participantId)}/${consentId}/text?language=${language}`,
    as,
  });
  if (res.statusCode !== 200) throw new Error(`text failed: ${res.statusCode} ${res.body}`);
  return res.json<ConsentText>();
}

export function postSign(t: TestApp, as: As, participantId: string, consentId: string, body: unknown) {
  return t.request({ method: 'POST', url: `${consentsUrl(participantId)}/${consentId}/sign`, as, body });
}

/** The person reads the form and signs the digest of what they read. */
export async function signAsRead(
  t: TestApp,
  participant: SignedInPerson,
  consentId: string,
  language: ConsentLanguage = 'en',
): Promise<Consent> {
  const pid = participant.me.id;
  const { textSha256 } = await readText(t, participant, pid, consentId, language);
  const res = await postSign(t, participant, pid, consentId, { language, textSha256 });
  if (res.statusCode !== 200) throw new Error(`sign failed: ${res.statusCode} ${res.body}`);
  return res.json<Consent>();
}

/** Drafted by the person and signed by them: an active consent. */
export async function activeConsent(t: TestApp, participant: SignedInPerson, body: ConsentDraftRequest) {
  const drafted = await draft(t, participant, participant.me.id, body);
  return signAsRead(t, participant, drafted.id);
}

export function postConsentAction(
  t: TestApp,
  as: As,
  participantId: string,
  consentId: string,
  action: 'revoke' | 'revocation-request' | 'discard',
  body: unknown = {},
) {
  return t.request({ method: 'POST', url: `${consentsUrl(participantId)}/${consentId}/${action}`, as, body });
}

/** A disclosure request that fits a specific consent to the clinic. */
export function disclosureTo(
  consentId: string,
  dataClasses: DataClass[] = ['plan'],
  extra: Partial<DisclosureRequest> = {},
): DisclosureRequest {
  return { consentId, recipient: clinic, purpose: clinicPurpose, dataClasses, language: 'en', ...extra };
}

export function postDisclosure(t: TestApp, as: As, participantId: string, body: unknown) {
  return t.request({ method: 'POST', url: disclosuresUrl(participantId), as, body });
}

/** How many rows a table holds now: to show that a refused request wrote nothing. */
export async function countRows(t: TestApp, table: 'consents' | 'disclosures' | 'access_log'): Promise<number> {
  const { rows } = (await t.testDb.database.db.execute(`select count(*)::int as n from ${table}`)) as {
    rows: { n: number }[];
  };
  return Number(rows[0]?.n ?? 0);
}

/** Every consent table's row count at once. */
export async function counts(t: TestApp) {
  return { consents: await countRows(t, 'consents'), disclosures: await countRows(t, 'disclosures') };
}

export const statusOf = (res: LightMyRequestResponse) => res.statusCode;

/** A fresh app and its people, and whose consents the tests are about. */
export async function openConsentWorld<C extends { participant: SignedInPerson }>(make: (t: TestApp) => Promise<C>) {
  const t = await createTestApp();
  const cast = await make(t);
  return { t, cast, pid: cast.participant.me.id };
}
