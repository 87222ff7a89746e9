/**
 * Where text is inside quotation marks: the person's own words quoted in a note are never
 * nudged. Curly and angle quotes pair up; a straight " toggles; a straight ' counts as a quote
 * only at the edge of a word (so "don't" and "person's" are apostrophes). An opening double quote
 * not yet closed runs to the end — the writer is still typing the quote.
 */
const pairs: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“', '‘': '’', '"': '"' };
const letter = /[\p{L}\p{N}]/u;

export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const before = i > 0 ? text.charAt(i - 1) : '';
    const after = text.charAt(i + 1);
    if (ch === "'" && !letter.test(before) && letter.test(after)) {
      const close = findSingleClose(text, i + 1);
      if (close >= 0) {
        ranges.push([i, close + 1]);
        i = close + 1;
        continue;
      }
    } else if (ch === '‘' && !letter.test(before)) {
      const close = findSingleClose(text, i + 1, '’');
      if (close >= 0) {
        ranges.push([i, close + 1]);
        i = close + 1;
        continue;
      }
    } else if (ch in pairs && ch !== '‘') {
      const closer = pairs[ch] ?? ch;
      const close = text.indexOf(closer, i + 1);
      const end = close < 0 ? text.length : close + 1;
      ranges.push([i, end]);
      i = end;
      continue;
    }
    i++;
  }
  return ranges;
}

/** A closing single quote: not followed by a letter (an apostrophe inside a word is not one). */
function findSingleClose(text: string, from: number, mark = "'"): number {
  for (let j = from; j < text.length; j++) {
    if (text.charAt(j) === mark && !letter.test(text.charAt(j + 1)) && j > from) return j;
    if (text.charAt(j) === '\n') return -1;
  }
  return -1;
}
