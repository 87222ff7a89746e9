/** English words for respectful-language nudges and their admin section. */
export const languageEn = {
  'nudge.region': 'Language suggestions',
  'nudge.replacePrefix': ({ words }: { words: string }) => `Replace “${words}” with `,
  'nudge.keep': 'Keep my words',
  'nudge.keepSuffix': ({ words }: { words: string }) => ` (“${words}”)`,
  'nudge.announce': ({ count }: { count: number }) =>
    count === 1 ? 'One language suggestion below the field.' : `${count} language suggestions below the field.`,
  'nudge.replaced': ({ alternative }: { alternative: string }) => `Replaced with “${alternative}”.`,
  'admin.title': 'Respectful language',
  'admin.lead':
    'Staff see a gentle suggestion when their words about a person could stigmatise or control. Add words your community uses, or switch built-in ones off. Participants’ own words are never corrected.',
  'admin.builtIn': 'Built-in words',
  'admin.custom': 'Your organisation’s words',
  'admin.none': 'None yet.',
  'admin.add': 'Add a word',
  'admin.label': 'Word or phrase',
  'admin.variants': 'Other forms (one per line)',
  'admin.variantsHint': 'Plurals, other spellings, the other gender.',
  'admin.alternative': 'Alternative',
  'admin.alternativeHint': 'Leave empty to ask “is this the person’s choice?” instead.',
  'admin.why': 'Why (one line)',
  'admin.language': 'Language',
  'admin.save': 'Add the word',
  'admin.edit': 'Change',
  'admin.editing': ({ label }: { label: string }) => `Change “${label}”`,
  'admin.quoted': ({ label }: { label: string }) => `“${label}”`,
  'admin.saveChange': 'Save the change',
  'admin.cancel': 'Cancel',
  'admin.changed': ({ label }: { label: string }) => `“${label}” changed.`,
  'admin.remove': 'Remove',
  'admin.added': ({ label }: { label: string }) => `“${label}” added.`,
  'admin.removed': ({ label }: { label: string }) => `“${label}” removed.`,
  'admin.switched': ({ label, on }: { label: string; on: boolean }) =>
    on ? `“${label}” switched on.` : `“${label}” switched off.`,
  'language.en': 'English',
  'language.es': 'Spanish',
};
export type LanguageMessages = typeof languageEn;
