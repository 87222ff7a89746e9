/**
 * Text folded for matching — lower case, accents removed, curly apostrophes straightened — with
 * where each folded character came from, so a match in the folded text is a range of the original.
 */
export interface FoldedText {
  readonly text: string;
  /** For each folded UTF-16 unit: the start of the original character it came from. */
  readonly starts: readonly number[];
  /** For each folded UTF-16 unit: the end of the original character (marks included). */
  readonly ends: readonly number[];
}

const marks = /\p{M}/gu;

/** One character folded: "Í" → "i", "’" → "'"; a lone combining mark → "". */
export function foldChar(char: string): string {
  const folded = char.normalize('NFD').replace(marks, '').toLowerCase();
  return folded === '’' || folded === '‘' ? "'" : folded;
}

export function foldText(text: string): FoldedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const char of text) {
    const folded = foldChar(char);
    if (folded === '' && ends.length > 0) {
      // A combining mark belongs to the character before it.
      ends[ends.length - 1] = i + char.length;
    }
    for (let u = 0; u < folded.length; u++) {
      starts.push(i);
      ends.push(i + char.length);
    }
    out += folded;
    i += char.length;
  }
  return { text: out, starts, ends };
}

/** A term's form folded the same way, with runs of spaces made one. */
export const foldForm = (form: string): string => foldText(form.trim()).text.replace(/\s+/g, ' ');
