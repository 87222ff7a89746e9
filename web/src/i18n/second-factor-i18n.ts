import { areaTranslator } from './area-translator.js';
import { type SecondFactorMessages, secondFactorEn } from './second-factor-en.js';
import { secondFactorEs } from './second-factor-es.js';

/** `t` for second factors: these words load with the second step, enrolment and the account page, not with sign-in. */
export const tsf = areaTranslator<SecondFactorMessages>({ en: secondFactorEn, es: secondFactorEs });
export type SecondFactorKey = keyof SecondFactorMessages;
