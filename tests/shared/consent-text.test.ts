import {
  type ConsentExpiry,
  type ConsentLanguage,
  type ConsentTextInput,
  consentFormText,
  consentScopeText,
  dataClasses,
  redisclosureNotice,
  tpoPurpose,
} from '@alongside/shared';
import { describe, expect, it } from 'vitest';

/**
 * The consent form names every element 42 CFR §2.31 requires, in both languages: the person; who
 * may disclose; what, specifically; to whom; why; the right to revoke in writing and how; when it
 * ends; the signature and its date — plus that peer support does not depend on signing.
 */
const specific: ConsentTextInput = {
  kind: 'specific',
  participantName: 'Pat Participant',
  organisationName: 'Riverside Peer Support',
  dataClasses: ['plan', 'referrals'],
  recipient: { name: 'Dr. Rivera', organisation: 'Eastside Clinic', contact: '555-0100' },
  purpose: 'Coordinate my treatment',
  expiry: { kind: 'date', date: '2027-06-30' },
};
const tpo: ConsentTextInput = {
  ...specific,
  kind: 'tpo',
  dataClasses: ['all'],
  recipient: null,
  purpose: '',
  expiry: { kind: 'none' },
};

const words: Record<
  ConsentLanguage,
  {
    classes: Record<string, string>;
    all: string;
    tpoWhom: string;
    revoke: RegExp;
    expiry: Record<ConsentExpiry['kind'], string>;
    signature: RegExp;
    notConditioned: RegExp;
  }
> = {
  en: {
    classes: { plan: 'my recovery plan', referrals: 'my referrals to community resources' },
    all: 'everything in my Alongside record',
    tpoWhom: 'my treating providers, health plans and those helping operate this program',
    revoke: /revoke this consent at any time, in writing: in Alongside/,
    expiry: { date: 'until 2027-06-30', none: 'until I revoke it', 'end-of-peer-support': 'until my peer support' },
    signature: /electronic signature, dated the day I sign/,
    notConditioned: /does not depend on my signing/,
  },
  es: {
    classes: { plan: 'mi plan de recuperación', referrals: 'mis derivaciones a recursos de la comunidad' },
    all: 'todo lo que hay en mi expediente de Alongside',
    tpoWhom: 'mis proveedores de atención, mis planes de salud y quienes ayudan a operar este programa',
    revoke: /revocar este consentimiento en cualquier momento, por escrito: en Alongside/,
    expiry: {
      date: 'hasta el 2027-06-30',
      none: 'hasta que yo lo revoque',
      'end-of-peer-support': 'hasta que termine mi apoyo entre pares',
    },
    signature: /firma electrónica, con la fecha del día en que firmo/,
    notConditioned: /no depende de que firme/,
  },
};

describe.each(['en', 'es'] as const)('the consent form in %s', (language) => {
  const w = words[language];

  it('names every §2.31 element of a consent to a named recipient', () => {
    const text = consentFormText(specific, language);
    expect(text).toContain('Pat Participant');
    expect(text).toContain('Riverside Peer Support');
    for (const c of ['plan', 'referrals']) expect(text).toContain(w.classes[c]);
    expect(text).toContain('Dr. Rivera, Eastside Clinic, 555-0100');
    expect(text).toContain('Coordinate my treatment');
    expect(text).toMatch(w.revoke);
    expect(text).toContain(w.expiry.date);
    expect(text).toMatch(w.signature);
    expect(text).toMatch(w.notConditioned);
    expect(text).toContain('42 CFR');
  });

  it('names the TPO class of recipients and its three purposes', () => {
    const text = consentFormText(tpo, language);
    expect(text).toContain(w.tpoWhom);
    expect(text).toContain(tpoPurpose(language));
    expect(text).toContain(w.all);
    expect(text).toContain(w.expiry.none);
    expect(text).toMatch(w.revoke);
    expect(text).toMatch(w.signature);
  });

  it('words every kind of information and every kind of end', () => {
    const all = consentFormText({ ...specific, dataClasses: [...dataClasses] }, language);
    expect(all.split('\n')[1]?.split(';').length).toBe(dataClasses.length);
    const end = consentFormText({ ...specific, expiry: { kind: 'end-of-peer-support' } }, language);
    expect(end).toContain(w.expiry['end-of-peer-support']);
  });

  it('the scope statement and the notice against redisclosure are in the same language', () => {
    const scope = consentScopeText(specific, language);
    expect(scope).toContain(w.classes.plan);
    expect(scope).toContain('Dr. Rivera');
    expect(redisclosureNotice(language)).toContain('42 CFR');
    expect(redisclosureNotice(language)).toContain(language === 'en' ? 'further disclosure' : 'volver a divulgar');
  });
});

it('the two languages are different texts of the same form (one line per element, same count)', () => {
  const en = consentFormText(specific, 'en').split('\n');
  const es = consentFormText(specific, 'es').split('\n');
  expect(es.length).toBe(en.length);
  expect(es).not.toEqual(en);
});
