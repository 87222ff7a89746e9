import type { LanguageTerm } from './language-term.js';
import { termsEn } from './terms-en.js';
import { termsEs } from './terms-es.js';

/** Every built-in term, English then Spanish. The web app loads this with the staff pages only. */
export const builtInTerms: readonly LanguageTerm[] = [...termsEn, ...termsEs];

/** Whether a key names a built-in term (an organisation may switch it off). */
export const isBuiltInTermKey = (key: string): boolean => builtInTerms.some((t) => t.key === key);
