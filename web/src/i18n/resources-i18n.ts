import { areaTranslator } from './area-translator.js';
import { type ResourcesMessages, resourcesEn } from './resources-en.js';
import { resourcesEs } from './resources-es.js';

export type ResourcesKey = keyof ResourcesMessages;

/** `t` for the community-resource pages: the same language as the rest of the app. */
export const tres = areaTranslator<ResourcesMessages>({ en: resourcesEn, es: resourcesEs });
