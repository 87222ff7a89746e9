import { createHash } from 'node:crypto';
import { type Consent, consentFormText, zConsent, zConsentRevokeRequest, zConsentSignRequest } from '@alongside/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../web/src/features/consents/al-consent-sign.js';
import { accountingLimits } from '../../../web/src/features/consents/al-disclosure-accounting.js';
import { consentTextInput } from '../../../web/src/features/consents/consent-sign-text.js';
import { setLanguage } from '../../../web/src/i18n/i18n.js';
import '../../../web/src/pages/my-information/page-my-information.js';
import { button, find, mount, press, record, settle, type } from '../dom.js';
import { id, me, participantId, specialistId } from '../fixtures.js';

/**
 * The person's "Who has my information", below the browser: they sign exactly the text they read
 * (its digest, in their language), see what a recipient would get, revoke in writing, and download
 * the accounting — every request and answer shaped by the shared consent schemas.
 */
afterEach(async () => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  await setLanguage('en');
});

const at = '2026-12-01T10:00:00.000Z';
const sam = { id: specialistId, name: 'Sam Specialist', role: 'specialist' } as const;
function consent(overrides: Partial<Consent> = {}): Consent {
  return zConsent.parse({
    id: id(),
    participantId,
    participantName: 'Pat Participant',
    organisationName: 'Riverside',
    kind: 'specific',
    state: 'draft',
    dataClasses: ['plan', 'referrals'],
    recipient: { name: 'Dr Lee', organisation: 'Harbor Clinic' },
    purpose: 'To plan my care together',
    expiry: { kind: 'end-of-peer-support' },
    draftedBy: sam,
    draftedAt: at,
    signedAt: null,
    signedLanguage: null,
    signedTextSha256: null,
    representative: null,
    revokedAt: null,
    revocationStatement: null,
    revocationRequest: null,
    endedAt: null,
    supersededBy: null,
    ...overrides,
  });
}

const json = (body: unknown, status = 200) => Response.json(body, { status });
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
type Call = [URL | string, RequestInit | undefined];
const sent = (call: Call) => ({
  to: `${call[1]?.method ?? 'GET'} ${new URL(String(call[0]), 'http://x').pathname}`,
  body: call[1]?.body ? JSON.parse(String(call[1].body)) : undefined,
});

async function signer(draft: Consent) {
  const element = document.createElement('al-consent-sign');
  element.participantId = participantId;
  element.consent = draft;
  await mount(element);
  const root = element.shadowRoot as ShadowRoot;
  return { element, root, signed: record<CustomEvent<Consent>>(element, 'al-consent-signed') };
}

describe('signing a consent', () => {
  it('shows the exact form and signs its digest, in English', async () => {
    const draft = consent();
    const fetch = vi.fn(async () => json(consent({ ...draft, state: 'active', signedAt: at })));
    vi.stubGlobal('fetch', fetch);
    const { root, signed } = await signer(draft);
    const form = consentFormText(consentTextInput(draft), 'en');
    expect(find(root, '.form-text').getAttribute('lang')).toBe('en');
    expect([...root.querySelectorAll('.form-text p')].map((p) => p.textContent)).toEqual(form.split('\n'));
    await press(button(root, 'Sign this consent'));
    // The digest is computed with SubtleCrypto (asynchronous): wait for the request it leads to.
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    const request = sent(fetch.mock.calls[0] as unknown as Call);
    expect(request.to).toBe(`POST /api/participants/${participantId}/consents/${draft.id}/sign`);
    expect(zConsentSignRequest.parse(request.body)).toEqual({ language: 'en', textSha256: sha256(form) });
    expect(signed.map((e) => e.detail.state)).toEqual(['active']);
  });

  it('in Spanish, signs the Spanish text the person read', async () => {
    await setLanguage('es');
    const draft = consent({ kind: 'tpo', recipient: null, dataClasses: ['all'], expiry: { kind: 'none' } });
    const fetch = vi.fn(async () => json(consent({ ...draft, state: 'active' })));
    vi.stubGlobal('fetch', fetch);
    const { root } = await signer(draft);
    const form = consentFormText(consentTextInput(draft), 'es');
    expect(root.textContent).toContain('Yo, Pat Participant, permito que Riverside comparta');
    await press(button(root, 'Firmar este consentimiento'));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(sent(fetch.mock.calls[0] as unknown as Call).body).toEqual({ language: 'es', textSha256: sha256(form) });
  });

  it('asks for both the name and the relationship of someone signing for the person, before sending', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { root, signed } = await signer(consent());
    await type(find(root, 'al-field[name="representative.name"]'), 'Alex Parent');
    await press(button(root, 'Sign this consent'));
    expect(fetch).not.toHaveBeenCalled();
    expect(signed).toHaveLength(0);
    const relationship = find<HTMLElement & { error: string }>(root, 'al-field[name="representative.relationship"]');
    expect(relationship.error).toContain('how they are related to you');
  });

  it('says so when the text changed since it was shown, and signs nothing', async () => {
    vi.stubGlobal('fetch', async () => json({ error: 'consent_text_changed', message: 'x', requestId: 'r' }, 409));
    const { root, signed } = await signer(consent());
    await press(button(root, 'Sign this consent'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent?.trim()).not.toBe(''));
    expect(signed).toHaveLength(0);
  });
});

describe('who has my information', () => {
  const draft = consent();
  const active = consent({
    state: 'active',
    signedAt: at,
    revocationRequest: { by: sam, at, note: null },
  });
  const disclosure = {
    id: id(),
    consentId: active.id,
    recipient: { name: 'Dr Lee', organisation: 'Harbor Clinic' },
    purpose: 'To plan my care together',
    dataClasses: ['plan'],
    disclosedAt: at,
    disclosedBy: sam,
  };
  const pkg = {
    disclosure: null,
    notice: 'NOTICE against redisclosure',
    scope: 'SCOPE of it',
    language: 'en',
    bundle: {},
  };

  async function page() {
    const fetch = vi.fn(async (url: URL | string, init?: RequestInit) => {
      const path = new URL(String(url), 'http://x').pathname;
      if (path.endsWith('/consents')) return json({ consents: [draft, active] });
      if (path.endsWith('/disclosures')) return json({ disclosures: [disclosure] });
      if (path.endsWith('/preview')) return json(pkg);
      if (path.endsWith('/revoke')) return json({ ...active, state: 'revoked', revokedAt: at });
      throw new Error(`unexpected ${init?.method} ${path}`);
    });
    vi.stubGlobal('fetch', fetch);
    const element = document.createElement('page-my-information');
    element.me = me('participant');
    await mount(element);
    await settle(element);
    return { root: element.shadowRoot as ShadowRoot, fetch };
  }

  it('lists drafts to sign apart from the consents in effect, and every disclosure', async () => {
    const { root } = await page();
    const drafts = find(root, 'section[aria-labelledby="drafts-title"]');
    expect(drafts.textContent).toContain('A named recipient — Waiting to be signed');
    expect(root.textContent).toContain('A named recipient — In effect');
    expect(root.textContent).toContain('Sam Specialist recorded on');
    expect(find(root, 'section[aria-labelledby="disclosures-title"]').textContent).toContain(
      'shared with Dr Lee, Harbor Clinic',
    );
  });

  it('shows what the recipient would get before signing, without sharing anything', async () => {
    const { root, fetch } = await page();
    await press(button(root, 'See what they’ll see'));
    await settle(...root.querySelectorAll<HTMLElement>('al-disclosure-package'));
    const asked = fetch.mock.calls.map((c) => sent(c as unknown as Call).to);
    expect(asked).toContain(`GET /api/participants/${participantId}/consents/${draft.id}/preview`);
    expect(asked.some((to) => to.startsWith('POST'))).toBe(false);
    expect(find(root, 'al-disclosure-package').shadowRoot?.textContent).toContain('NOTICE against redisclosure');
  });

  it('revokes in writing, with the person’s own words', async () => {
    const { root, fetch } = await page();
    await press(button(root, 'Confirm: revoke it'));
    await type(find(root, 'al-textarea[name="statement"]'), 'I changed my mind');
    await press(button(root, 'Revoke now'));
    const revoke = fetch.mock.calls.map((c) => sent(c as unknown as Call)).find((c) => c.to.endsWith('/revoke'));
    expect(revoke?.to).toBe(`POST /api/participants/${participantId}/consents/${active.id}/revoke`);
    expect(zConsentRevokeRequest.parse(revoke?.body)).toEqual({ statement: 'I changed my mind' });
    expect(find(root, '[role="status"]').textContent).toContain('Revoked.');
  });

  it('offers the accounting of the last three years as CSV and JSON', async () => {
    const { root } = await page();
    const accounting = find(root, 'al-disclosure-accounting').shadowRoot as ShadowRoot;
    const { earliest, latest } = accountingLimits();
    const hrefs = [...accounting.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
    const base = `/api/participants/${participantId}/disclosures/accounting?from=${earliest}&to=${latest}`;
    expect(hrefs).toEqual([`${base}&format=csv`, `${base}&format=json`]);
  });
});
