import { type LanguageTerm, variant } from './language-term.js';

/**
 * English built-in terms, from public person-first language guides (PRODUCT.md "Language").
 * Plural forms are their own variant so the alternative agrees in number.
 */
const choiceWhy = "Is this the person's choice?";
const sud = 'a substance use disorder';

export const termsEn: readonly LanguageTerm[] = [
  {
    key: 'en.former-addict',
    language: 'en',
    kind: 'person-first',
    label: 'former addict',
    variants: [
      variant(
        ['former addict', 'ex-addict', 'ex addict', 'recovering addict', 'recovered addict'],
        'person in recovery',
      ),
      variant(
        ['former addicts', 'ex-addicts', 'ex addicts', 'recovering addicts', 'recovered addicts'],
        'people in recovery',
      ),
    ],
    why: 'It describes the person by their recovery, not by a label from the past.',
  },
  {
    key: 'en.addict',
    language: 'en',
    kind: 'person-first',
    label: 'addict',
    variants: [
      variant(['addict', 'drug addict'], `person with ${sud}`),
      variant(['addicts', 'drug addicts'], `people with ${sud}`),
    ],
    why: 'Person-first words describe a condition, not who someone is.',
  },
  {
    key: 'en.abuser',
    language: 'en',
    kind: 'person-first',
    label: 'abuser',
    variants: [
      variant(['abuser', 'substance abuser', 'drug abuser'], `person with ${sud}`),
      variant(['abusers', 'substance abusers', 'drug abusers'], `people with ${sud}`),
    ],
    why: '“Abuser” blames the person; a use disorder is a health condition.',
  },
  {
    key: 'en.junkie',
    language: 'en',
    kind: 'person-first',
    label: 'junkie',
    variants: [variant(['junkie', 'junky'], `person with ${sud}`), variant(['junkies'], `people with ${sud}`)],
    why: 'A slur: person-first words describe a condition, not who someone is.',
  },
  {
    key: 'en.alcoholic',
    language: 'en',
    kind: 'person-first',
    label: 'alcoholic',
    variants: [
      variant(['alcoholic'], 'person with an alcohol use disorder'),
      variant(['alcoholics'], 'people with an alcohol use disorder'),
    ],
    why: 'Person-first words describe a condition, not who someone is.',
  },
  {
    key: 'en.clean-test',
    language: 'en',
    kind: 'person-first',
    label: 'clean (test)',
    variants: [
      variant(['tested clean', 'test clean', 'tests clean', 'testing clean', 'came back clean'], 'tested negative'),
      variant(['clean test', 'clean drug test', 'clean screen', 'clean urine', 'clean UA'], 'negative test'),
      variant(['clean tests', 'clean drug tests', 'clean screens', 'clean UAs'], 'negative tests'),
    ],
    why: 'Test results are negative or positive; “clean” implies the person was dirty.',
  },
  {
    key: 'en.dirty-test',
    language: 'en',
    kind: 'person-first',
    label: 'dirty (test)',
    variants: [
      variant(['tested dirty', 'test dirty', 'tests dirty', 'testing dirty', 'came back dirty'], 'tested positive'),
      variant(['dirty test', 'dirty drug test', 'dirty screen', 'dirty urine', 'dirty UA'], 'positive test'),
      variant(['dirty tests', 'dirty drug tests', 'dirty screens', 'dirty UAs'], 'positive tests'),
    ],
    why: 'Test results are negative or positive; “dirty” shames the person.',
  },
  {
    key: 'en.clean',
    language: 'en',
    kind: 'person-first',
    label: 'clean (person)',
    variants: [variant(['clean'], 'in recovery', 'not using')],
    why: 'Calling a person “clean” implies that using made them dirty.',
  },
  {
    key: 'en.substance-abuse',
    language: 'en',
    kind: 'person-first',
    label: 'substance abuse',
    variants: [variant(['substance abuse', 'drug abuse'], 'substance use'), variant(['alcohol abuse'], 'alcohol use')],
    why: '“Abuse” sounds like a choice to do harm; “use” describes what happens.',
  },
  {
    key: 'en.non-compliant',
    language: 'en',
    kind: 'person-first',
    label: 'non-compliant',
    variants: [
      variant(['non-compliant', 'noncompliant', 'non compliant'], 'chose not to', 'not yet'),
      variant(['non-compliance', 'noncompliance', 'non compliance'], 'chose not to', 'not yet'),
    ],
    why: 'The person decides; say what they chose, or that it has not happened yet.',
  },
  {
    key: 'en.relapse',
    language: 'en',
    kind: 'person-first',
    label: 'relapse',
    variants: [
      variant(['relapse'], 'return to use'),
      variant(['relapses'], 'returns to use'),
      variant(['relapsed'], 'returned to use'),
      variant(['relapsing'], 'returning to use'),
    ],
    why: '“Return to use” is part of many recoveries, not a failure.',
  },
  {
    key: 'en.must',
    language: 'en',
    kind: 'choice',
    label: 'must',
    variants: [variant(['must', 'mustn’t', "mustn't"])],
    why: choiceWhy,
  },
  {
    key: 'en.needs-to',
    language: 'en',
    kind: 'choice',
    label: 'needs to',
    variants: [variant(['needs to', 'need to', 'needed to', 'has to', 'have to', 'had to'])],
    why: choiceWhy,
  },
  {
    key: 'en.should',
    language: 'en',
    kind: 'choice',
    label: 'should',
    variants: [variant(['should', "shouldn't", 'should not'])],
    why: choiceWhy,
  },
  {
    key: 'en.not-allowed',
    language: 'en',
    kind: 'choice',
    label: 'not allowed',
    variants: [variant(['not allowed', "isn't allowed", "aren't allowed", 'not permitted'])],
    why: choiceWhy,
  },
];
