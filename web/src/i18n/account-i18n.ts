import { type AccountMessages, accountEn } from './account-en.js';
import { accountEs } from './account-es.js';
import { areaTranslator } from './area-translator.js';

export type AccountKey = keyof AccountMessages;

/**
 * `t` for the account page, changing a password, reset links and the reset page: those words
 * load with them, not with sign-in (whose "forgot your password?" words are in `en.ts`).
 */
export const tac = areaTranslator<AccountMessages>({ en: accountEn, es: accountEs });
