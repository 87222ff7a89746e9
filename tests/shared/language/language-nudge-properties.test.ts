import { builtInTerms, compileTerms, findLanguageNudges, quotedRanges, replaceRange } from '@alongside/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const compiled = compileTerms(builtInTerms);
// Text built from the terms' own words, quotes, accents and ordinary words, so matches are common.
const pieces = [
  'clean',
  'Clean',
  'cleaning',
  'addict',
  'ADICTA',
  'recaída',
  'recaida',
  'needs to',
  'must',
  'no se permite',
  'tiene que',
  'non-compliant',
  'substance abuse',
  'clean test',
  'she',
  'Ella',
  'la',
  'casa',
  'é',
  '\u0301',
  ' ',
  '  ',
  '\n',
  '.',
  ',',
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  '’',
  '‘',
  'don’t',
  "it's",
  'x',
];
const staffText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('the nudge machinery, on any text', () => {
  it('never changes the text it reads (the person’s words, or anyone’s)', () => {
    fc.assert(
      fc.property(fc.oneof(staffText, fc.string({ unit: 'grapheme', maxLength: 80 })), (text) => {
        const before = `${text}`;
        const matches = findLanguageNudges(text, compiled);
        expect(text).toBe(before);
        for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
    );
  });

  it('never matches inside quotation marks, and matches never overlap', () => {
    fc.assert(
      fc.property(staffText, (text) => {
        const quoted = quotedRanges(text);
        const matches = findLanguageNudges(text, compiled);
        let last = -1;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
          for (const [qs, qe] of quoted) expect(m.end <= qs || m.start >= qe).toBe(true);
        }
      }),
    );
  });

  it('replacing changes only the chosen range', () => {
    fc.assert(
      fc.property(staffText, fc.nat(), fc.constantFrom('in recovery', 'person in recovery', 'x'), (text, pick, alt) => {
        const matches = findLanguageNudges(text, compiled);
        fc.pre(matches.length > 0);
        const m = matches[pick % matches.length];
        if (!m) return;
        const out = replaceRange(text, m, alt);
        expect(out.slice(0, m.start)).toBe(text.slice(0, m.start));
        expect(out.slice(out.length - (text.length - m.end))).toBe(text.slice(m.end));
        expect(out.slice(m.start, m.start + alt.length).toLowerCase()).toBe(alt.toLowerCase());
      }),
    );
  });
});
