import { currentLanguage } from './i18n.js';
import { type PlanMessages, planEn } from './plan-en.js';
import { planEs } from './plan-es.js';

export type PlanKey = keyof PlanMessages;
type Params<K extends PlanKey> = PlanMessages[K] extends (params: infer P) => string ? [params: P] : [];

const catalogues = { en: planEn as PlanMessages, es: planEs };

/** `t` for the plan pages: the same language as the rest of the app, from the plan catalogues. */
export function tp<K extends PlanKey>(key: K, ...params: Params<K>): string {
  const message = catalogues[currentLanguage()][key] as string | ((p: unknown) => string);
  return typeof message === 'function' ? message(params[0]) : message;
}

/** True for a key the plan catalogue has (for words chosen at run time, like an audit action). */
export function isPlanKey(key: string): key is PlanKey {
  return Object.hasOwn(planEn, key);
}
