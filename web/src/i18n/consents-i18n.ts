import { areaTranslator } from './area-translator.js';
import { type ConsentsMessages, consentsEn } from './consents-en.js';
import { consentsEs } from './consents-es.js';

export type ConsentsKey = keyof ConsentsMessages;

/** `t` for consents and disclosures. */
export const tcon = areaTranslator<ConsentsMessages>({ en: consentsEn, es: consentsEs });
