import { builtInTerms, compileTerms, findLanguageNudges, replaceRange } from '@alongside/shared';
import { describe, expect, it } from 'vitest';

const compiled = compileTerms(builtInTerms);
/** What a reader of the nudge sees: the words matched, their term and the first alternative. */
const nudges = (text: string) =>
  findLanguageNudges(text, compiled).map((m) => [m.text, m.term.key, m.alternatives[0] ?? null]);

describe('the respectful-language matcher', () => {
  it.each([
    // word boundaries
    [
      'She needs to stay clean.',
      [
        ['needs to', 'en.needs-to', null],
        ['clean', 'en.clean', 'in recovery'],
      ],
    ],
    ['Cleaning the kitchen is her step.', []],
    ['A cleaner house; unclean; addiction counselling', []],
    ['He was an addict', [['addict', 'en.addict', 'person with a substance use disorder']]],
    [
      'addicts and junkies',
      [
        ['addicts', 'en.addict', 'people with a substance use disorder'],
        ['junkies', 'en.junkie', 'people with a substance use disorder'],
      ],
    ],
    // case
    [
      'CLEAN since May. Relapsed in June.',
      [
        ['CLEAN', 'en.clean', 'in recovery'],
        ['Relapsed', 'en.relapse', 'returned to use'],
      ],
    ],
    // multi-word, longest first, spaces and line breaks between words
    [
      'She had a clean test and a dirty\nUA.',
      [
        ['clean test', 'en.clean-test', 'negative test'],
        ['dirty\nUA', 'en.dirty-test', 'positive test'],
      ],
    ],
    ['a former addict', [['former addict', 'en.former-addict', 'person in recovery']]],
    ['history of substance abuse', [['substance abuse', 'en.substance-abuse', 'substance use']]],
    [
      'non-compliant with meds; noncompliance',
      [
        ['non-compliant', 'en.non-compliant', 'chose not to'],
        ['noncompliance', 'en.non-compliant', 'chose not to'],
      ],
    ],
    [
      'You must not; it is not allowed; you shouldn’t',
      [
        ['must', 'en.must', null],
        ['not allowed', 'en.not-allowed', null],
        ['shouldn’t', 'en.should', null],
      ],
    ],
    ["the addict's family", [['addict', 'en.addict', 'person with a substance use disorder']]],
    // quoted text (the person's own words) is left alone
    ['She said “I have been clean for a year” and smiled.', []],
    ['She said "I must stay clean" — she needs to rest.', [['needs to', 'en.needs-to', null]]],
    ["She called it 'staying clean' herself.", []],
    ['Ella dijo «estoy limpia» hoy.', []],
    ["Don't call her clean", [['clean', 'en.clean', 'in recovery']]],
    // an opening quote not yet closed: the writer is still typing the person's words
    ['She said “I am an addict', []],
    // Spanish: accents optional, gender and number
    ['Es alcohólica', [['alcohólica', 'es.alcoholico', 'persona con un trastorno por consumo de alcohol']]],
    ['Es alcoholico', [['alcoholico', 'es.alcoholico', 'persona con un trastorno por consumo de alcohol']]],
    [
      'ADICTAS y drogadictos',
      [
        ['ADICTAS', 'es.adicto', 'personas con un trastorno por consumo de sustancias'],
        ['drogadictos', 'es.adicto', 'personas con un trastorno por consumo de sustancias'],
      ],
    ],
    [
      'Tuvo una recaida; recayó otra vez',
      [
        ['recaida', 'es.recaida', 'regreso al consumo'],
        ['recayó', 'es.recaida', 'volvió a consumir'],
      ],
    ],
    [
      'Lleva un año limpio. La prueba limpia llegó.',
      [
        ['limpio', 'es.limpio', 'en recuperación'],
        ['prueba limpia', 'es.prueba-limpia', 'prueba negativa'],
      ],
    ],
    [
      'Tiene que ir; no se le permite salir; debería llamar',
      [
        ['Tiene que', 'es.tiene-que', null],
        ['no se le permite', 'es.no-se-permite', null],
        ['debería', 'es.debe', null],
      ],
    ],
    [
      'abuso de sustancias; es incumplidora',
      [
        ['abuso de sustancias', 'es.abuso-de-sustancias', 'consumo de sustancias'],
        ['incumplidora', 'es.incumplidor', 'decidió no hacerlo'],
      ],
    ],
    ['Limpiamos la casa; el deber; debemos', []],
    // decomposed accents (e + combining acute) match too, and keep the mark in the range
    ['reca\u0131da', []],
    ['Es alcoho\u0301lico', [['alcoho\u0301lico', 'es.alcoholico', 'persona con un trastorno por consumo de alcohol']]],
  ])('%j', (text, expected) => {
    expect(nudges(text)).toEqual(expected);
  });

  it('gives ranges of the original text, accents and all', () => {
    const text = 'Ella es ALCOHÓLICA.';
    const [m] = findLanguageNudges(text, compiled);
    expect(m && text.slice(m.start, m.end)).toBe('ALCOHÓLICA');
  });

  it('replaces one range, keeping a capital first letter', () => {
    const text = 'Clean since May, and clean now.';
    const [first, second] = findLanguageNudges(text, compiled);
    if (!first || !second) throw new Error('two matches expected');
    expect(replaceRange(text, first, 'in recovery')).toBe('In recovery since May, and clean now.');
    expect(replaceRange(text, second, 'not using')).toBe('Clean since May, and not using now.');
  });

  it('offers two alternatives where the guides give two', () => {
    const [m] = findLanguageNudges('non-compliant', compiled);
    expect(m?.alternatives).toEqual(['chose not to', 'not yet']);
  });

  it('lets an organisation term win a form a built-in term lists too', () => {
    const custom = { ...builtInTerms[0], key: 'custom:x', variants: [{ forms: ['clean'], alternatives: ['well'] }] };
    const both = compileTerms([custom as (typeof builtInTerms)[number], ...builtInTerms]);
    expect(findLanguageNudges('clean', both)[0]?.alternatives).toEqual(['well']);
  });
});
