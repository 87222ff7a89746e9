import type { ConsentExpiry, ConsentKind, ConsentLanguage, DataClass, NamedRecipient } from './schemas/consents.js';

/**
 * THE WORDING OF CONSENT, in one place for an organisation's counsel to review (both languages).
 * It follows 42 CFR Part 2 as amended in 2024 (§2.31 elements, §2.32 notice) but is not legal
 * advice. The server renders the form from these functions to check the digest the person signed;
 * the web app renders the same text for the person to read; so what is stored is what was read.
 * Changing a sentence here changes the digest of every unsigned draft (a stale screen gets 409).
 */

export interface ConsentTextInput {
  readonly kind: ConsentKind;
  readonly participantName: string;
  readonly organisationName: string;
  readonly dataClasses: readonly (DataClass | 'all')[];
  readonly recipient: NamedRecipient | null;
  readonly purpose: string;
  readonly expiry: ConsentExpiry;
}

interface Words {
  readonly classes: Record<DataClass | 'all', string>;
  readonly tpoRecipients: string;
  readonly tpoPurpose: string;
  readonly expiry: (expiry: ConsentExpiry) => string;
  readonly form: (c: ConsentTextInput, what: string, whom: string, purpose: string, until: string) => string[];
  readonly scope: (what: string, whom: string, purpose: string, until: string) => string;
  readonly notice: string;
}

const en: Words = {
  classes: {
    plan: 'my recovery plan (goals, steps, choices, supports)',
    'check-ins': 'my check-ins and confidence ratings',
    'session-notes': 'the notes of my peer-support sessions',
    referrals: 'my referrals to community resources',
    'wellness-plan': 'my wellness and crisis plan',
    all: 'everything in my Alongside record',
  },
  tpoRecipients: 'my treating providers, health plans and those helping operate this program',
  tpoPurpose: 'treatment, payment and health care operations',
  expiry: (e) =>
    e.kind === 'none'
      ? 'until I revoke it'
      : e.kind === 'end-of-peer-support'
        ? 'until my peer support with this program ends'
        : `until ${e.date}`,
  form: (c, what, whom, purpose, until) => [
    `Consent to share information — ${c.kind === 'tpo' ? 'treatment, payment and operations' : 'a named recipient'}`,
    `I, ${c.participantName}, allow ${c.organisationName} to share ${what}`,
    `with ${whom},`,
    `for this purpose: ${purpose}.`,
    `This consent lasts ${until}.`,
    'I can revoke this consent at any time, in writing: in Alongside, under "Who has my information", or by writing to the program. Revoking stops future sharing; it cannot undo sharing that already happened under this consent.',
    'My records are protected by federal law (42 CFR Part 2). They may not be used or shared in any civil, criminal, administrative or legislative proceeding against me without my consent or a court order.',
    'My peer support does not depend on my signing this consent.',
    'Signing below in Alongside is my electronic signature, dated the day I sign.',
  ],
  scope: (what, whom, purpose, until) =>
    `Shared under the person's consent: ${what}; with ${whom}; for ${purpose}; valid ${until}.`,
  notice:
    'This record which has been disclosed to you is protected by federal confidentiality rules (42 CFR part 2). ' +
    'These rules prohibit you from using or disclosing this record, or testimony that describes the information ' +
    'contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, ' +
    'State, or local authority, against the person it is about, unless authorized by their consent, except as ' +
    'provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In ' +
    'addition, the Federal rules prohibit you from making any further disclosure of this record unless ' +
    'authorized by the written consent of the person to whom it pertains, or as otherwise permitted by 42 CFR ' +
    'part 2. A general authorization for the release of medical or other information is not sufficient for this ' +
    'purpose (see 42 CFR 2.31).',
};

const es: Words = {
  classes: {
    plan: 'mi plan de recuperación (metas, pasos, decisiones, apoyos)',
    'check-ins': 'mis seguimientos y mis valoraciones de confianza',
    'session-notes': 'las notas de mis sesiones de apoyo entre pares',
    referrals: 'mis derivaciones a recursos de la comunidad',
    'wellness-plan': 'mi plan de bienestar y de crisis',
    all: 'todo lo que hay en mi expediente de Alongside',
  },
  tpoRecipients: 'mis proveedores de atención, mis planes de salud y quienes ayudan a operar este programa',
  tpoPurpose: 'tratamiento, pago y operaciones de atención de salud',
  expiry: (e) =>
    e.kind === 'none'
      ? 'hasta que yo lo revoque'
      : e.kind === 'end-of-peer-support'
        ? 'hasta que termine mi apoyo entre pares en este programa'
        : `hasta el ${e.date}`,
  form: (c, what, whom, purpose, until) => [
    `Consentimiento para compartir información — ${c.kind === 'tpo' ? 'tratamiento, pago y operaciones' : 'un destinatario con nombre'}`,
    `Yo, ${c.participantName}, permito que ${c.organisationName} comparta ${what}`,
    `con ${whom},`,
    `con este fin: ${purpose}.`,
    `Este consentimiento dura ${until}.`,
    'Puedo revocar este consentimiento en cualquier momento, por escrito: en Alongside, en "Quién tiene mi información", o escribiendo al programa. Revocarlo detiene lo que se comparta en adelante; no deshace lo ya compartido con este consentimiento.',
    'Mis registros están protegidos por la ley federal (42 CFR Parte 2). No pueden usarse ni compartirse en ningún procedimiento civil, penal, administrativo o legislativo en mi contra sin mi consentimiento o una orden judicial.',
    'Mi apoyo entre pares no depende de que firme este consentimiento.',
    'Firmar abajo en Alongside es mi firma electrónica, con la fecha del día en que firmo.',
  ],
  scope: (what, whom, purpose, until) =>
    `Compartido con el consentimiento de la persona: ${what}; con ${whom}; para ${purpose}; vigente ${until}.`,
  notice:
    'Este registro que se le ha divulgado está protegido por las normas federales de confidencialidad (42 CFR ' +
    'parte 2). Estas normas le prohíben usar o divulgar este registro, o testimonios que describan la información ' +
    'que contiene, en cualquier procedimiento civil, penal, administrativo o legislativo de cualquier autoridad ' +
    'federal, estatal o local en contra de la persona a quien se refiere, salvo que esta lo autorice con su ' +
    'consentimiento, excepto según lo previsto en 42 CFR 2.12(c)(5) o lo autorice un tribunal conforme a 42 CFR ' +
    '2.64 o 2.65. Además, las normas federales le prohíben volver a divulgar este registro salvo con el ' +
    'consentimiento por escrito de la persona a quien se refiere, o según lo permita de otro modo 42 CFR parte 2. ' +
    'Una autorización general para divulgar información médica o de otro tipo no basta para este fin (véase 42 ' +
    'CFR 2.31).',
};

const words: Record<ConsentLanguage, Words> = { en, es };

function parts(c: ConsentTextInput, w: Words) {
  const what = c.dataClasses.map((k) => w.classes[k]).join('; ');
  const whom =
    c.kind === 'tpo' || !c.recipient
      ? w.tpoRecipients
      : [c.recipient.name, c.recipient.organisation, c.recipient.contact].filter(Boolean).join(', ');
  const purpose = c.kind === 'tpo' ? w.tpoPurpose : c.purpose;
  return { what, whom, purpose, until: w.expiry(c.expiry) };
}

/** The consent form the person reads and signs: one paragraph per line. */
export function consentFormText(consent: ConsentTextInput, language: ConsentLanguage): string {
  const w = words[language];
  const { what, whom, purpose, until } = parts(consent, w);
  return w.form(consent, what, whom, purpose, until).join('\n');
}

/** The statement of the consent's scope that travels with every disclosure under it. */
export function consentScopeText(consent: ConsentTextInput, language: ConsentLanguage): string {
  const w = words[language];
  const { what, whom, purpose, until } = parts(consent, w);
  return w.scope(what, whom, purpose, until);
}

/** The notice against redisclosure (§2.32) on every disclosure. */
export function redisclosureNotice(language: ConsentLanguage): string {
  return words[language].notice;
}

/** The purpose of a TPO consent, in words. */
export function tpoPurpose(language: ConsentLanguage): string {
  return words[language].tpoPurpose;
}
