import { foldForm, foldText } from './fold-text.js';
import type { LanguageTerm, LanguageVariant } from './language-term.js';
import { quotedRanges } from './quoted-ranges.js';

/** One nudge: a range of the writer's text, the term it matched and what could go there. */
export interface LanguageMatch {
  readonly start: number;
  readonly end: number;
  /** The words as written. */
  readonly text: string;
  readonly term: LanguageTerm;
  readonly alternatives: readonly string[];
}

/** Terms made ready to match: one regular expression, longest forms first. */
export interface CompiledTerms {
  readonly pattern: RegExp | null;
  readonly byForm: ReadonlyMap<string, { term: LanguageTerm; variant: LanguageVariant }>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Word edges: letters and digits ("cleaning" is not "clean"); an apostrophe before ("o'clean").
const notWordBefore = "(?<![\\p{L}\\p{N}_'])";
const notWordAfter = '(?![\\p{L}\\p{N}_])';

/** The first term listing a form wins (an organisation's own terms come first, so they can refine). */
export function compileTerms(terms: readonly LanguageTerm[]): CompiledTerms {
  const byForm = new Map<string, { term: LanguageTerm; variant: LanguageVariant }>();
  for (const term of terms)
    for (const variant of term.variants)
      for (const form of variant.forms) {
        const folded = foldForm(form);
        if (folded && !byForm.has(folded)) byForm.set(folded, { term, variant });
      }
  if (byForm.size === 0) return { pattern: null, byForm };
  // Longest first: at one position the alternation takes "clean test" before "clean".
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const body = forms.map((f) => escapeRegExp(f).replace(/ /g, '\\s+')).join('|');
  return { pattern: new RegExp(`${notWordBefore}(?:${body})${notWordAfter}`, 'gu'), byForm };
}

/**
 * Every nudge in a piece of staff text, in order, never overlapping and never inside quotation
 * marks. Pure: the text is only read.
 */
export function findLanguageNudges(text: string, compiled: CompiledTerms): LanguageMatch[] {
  if (!compiled.pattern || text.length === 0) return [];
  const folded = foldText(text);
  const quoted = quotedRanges(text);
  const matches: LanguageMatch[] = [];
  const pattern = new RegExp(compiled.pattern.source, compiled.pattern.flags);
  for (const m of folded.text.matchAll(pattern)) {
    const from = m.index;
    const to = from + m[0].length;
    const hit = compiled.byForm.get(m[0].replace(/\s+/g, ' '));
    const start = folded.starts[from];
    const end = folded.ends[to - 1];
    if (!hit || start === undefined || end === undefined) continue;
    if (quoted.some(([qs, qe]) => start < qe && end > qs)) continue;
    matches.push({
      start,
      end,
      text: text.slice(start, end),
      term: hit.term,
      alternatives: hit.variant.alternatives,
    });
  }
  return matches;
}

/**
 * The text with one range replaced by the chosen alternative; a capital first letter stays
 * capital ("Clean" → "In recovery"). Everything outside the range is left exactly as it was.
 */
export function replaceRange(text: string, range: { start: number; end: number }, alternative: string): string {
  const original = text.slice(range.start, range.end);
  const first = original.charAt(0);
  const capital = first !== first.toLowerCase() && first === first.toUpperCase();
  const replacement = capital ? alternative.charAt(0).toUpperCase() + alternative.slice(1) : alternative;
  return text.slice(0, range.start) + replacement + text.slice(range.end);
}
