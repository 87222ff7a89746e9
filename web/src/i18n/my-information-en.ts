/**
 * Words for the person's own "Who has my information": reading and signing a consent, seeing what
 * a recipient would get, revoking, and the accounting of disclosures. The consent form itself is
 * not here (shared/src/consent-text.ts). `my-information-es.ts` must match these keys.
 */
export const myInformationEn = {
  'own.drafts': 'Waiting for your signature',
  'own.others': 'Your consents',
  'sign.read': 'Read and sign',
  'sign.heading': 'Read the consent before you sign',
  'sign.lead': 'This is the exact text you sign. It is kept with your signature, in the language you read it in.',
  'sign.representative': 'Someone is signing for me',
  'sign.repName': 'Their name',
  'sign.repRelationship': 'How they are related to me (for example, guardian)',
  'sign.repInvalid': 'Give the name of the person signing for you and how they are related to you.',
  'sign.submit': 'Sign this consent',
  'sign.cancel': 'Not now',
  'sign.done': 'Signed. The consent is in effect from now.',
  'preview.show': 'See what they’ll see',
  'preview.hide': 'Hide what they’ll see',
  'preview.lead': 'Nothing is shared by looking: this is what the recipient would get if you sign.',
  'discard.button': 'Withdraw this draft',
  'discard.done': 'Draft withdrawn.',
  'revoke.open': 'Revoke this consent',
  'revoke.asked': 'Confirm: revoke it',
  'revoke.hint':
    'Revoking is in writing and takes effect at once: nothing more is shared under this consent. What was already shared cannot be called back.',
  'revoke.statement': 'In your own words (optional)',
  'revoke.submit': 'Revoke now',
  'revoke.cancel': 'Keep it',
  'revoke.done': 'Revoked. Nothing more will be shared under this consent.',
  'accounting.title': 'Accounting of disclosures',
  'accounting.lead':
    'A list of every time your information was shared, for up to the last 3 years. Choose a shorter period if you like.',
  'accounting.from': 'From',
  'accounting.to': 'To',
  'accounting.invalid': 'Choose a period within the last 3 years, starting before it ends.',
  'accounting.csv': 'Download the accounting (spreadsheet, CSV)',
  'accounting.json': 'Download the accounting (JSON)',
};
export type MyInformationMessages = typeof myInformationEn;
