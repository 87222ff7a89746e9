import { areaTranslator } from './area-translator.js';
import { type PlanMessages, planEn } from './plan-en.js';
import { planEs } from './plan-es.js';

export type PlanKey = keyof PlanMessages;

/** `t` for the plan pages: the same language as the rest of the app, from the plan catalogues. */
export const tp = areaTranslator<PlanMessages>({ en: planEn, es: planEs });

/** True for a key the plan catalogue has (for words chosen at run time, like an audit action). */
export function isPlanKey(key: string): key is PlanKey {
  return Object.hasOwn(planEn, key);
}
