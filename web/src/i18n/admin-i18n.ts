import { type AdminMessages, adminEn } from './admin-en.js';
import { adminEs } from './admin-es.js';
import { areaTranslator } from './area-translator.js';

/** `t` for an admin's pages (setup, people, partnerships, organisation): the same language as the rest of the app. */
export const tad = areaTranslator<AdminMessages>({ en: adminEn, es: adminEs });
