import { currentLanguage } from './i18n.js';
import { type ResourcesMessages, resourcesEn } from './resources-en.js';
import { resourcesEs } from './resources-es.js';

export type ResourcesKey = keyof ResourcesMessages;
type Params<K extends ResourcesKey> = ResourcesMessages[K] extends (params: infer P) => string ? [params: P] : [];

const catalogues = { en: resourcesEn as ResourcesMessages, es: resourcesEs };

/** `t` for the community-resource pages: the same language as the rest of the app. */
export function tres<K extends ResourcesKey>(key: K, ...params: Params<K>): string {
  const message = catalogues[currentLanguage()][key] as string | ((p: unknown) => string);
  return typeof message === 'function' ? message(params[0]) : message;
}
