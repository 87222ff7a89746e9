import { areaTranslator } from './area-translator.js';
import { type LanguageMessages, languageEn } from './language-en.js';
import { languageEs } from './language-es.js';

/** `t` for respectful-language nudges and their admin section: loaded with the staff pages. */
export const tlang = areaTranslator<LanguageMessages>({ en: languageEn, es: languageEs });
