import { areaTranslator } from './area-translator.js';
import { type MyInformationMessages, myInformationEn } from './my-information-en.js';
import { myInformationEs } from './my-information-es.js';

/** `t` for the person's own "Who has my information" (the shared consent words are `tcon`). */
export const tinfo = areaTranslator<MyInformationMessages>({ en: myInformationEn, es: myInformationEs });
