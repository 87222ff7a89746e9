import type { Language } from '@alongside/shared';
import { currentLanguage } from './i18n.js';

/** The parameters a message of catalogue `M` takes: none for a plain string. */
export type AreaParams<M, K extends keyof M> = M[K] extends (params: infer P) => string ? [params: P] : [];

/**
 * A `t` for one area's catalogues (plan, resources, consents…): those words load with the area's
 * pages, not with the first screen, and follow the language of the rest of the app.
 */
export function areaTranslator<M extends object>(catalogues: Record<Language, M>) {
  return <K extends keyof M>(key: K, ...params: AreaParams<M, K>): string => {
    const message = catalogues[currentLanguage()][key] as string | ((p: unknown) => string);
    return typeof message === 'function' ? message(params[0]) : message;
  };
}
