import { areaTranslator } from './area-translator.js';
import { type HomeMessages, homeEn } from './home-en.js';
import { homeEs } from './home-es.js';

/** `t` for each role's home page: those words load with the home pages, not with sign-in. */
export const th = areaTranslator<HomeMessages>({ en: homeEn, es: homeEs });
