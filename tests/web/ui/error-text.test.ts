import { errorCodes } from '@alongside/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../web/src/data/api-error.js';
import { setLanguage } from '../../../web/src/i18n/i18n.js';
import { errorText } from '../../../web/src/ui/error-text.js';

/** Every code the server answers with is worded by the interface, in each language — never the server's English. */
const serverWords = 'THE SERVER’S OWN ENGLISH';
const refusal = (code: string) => new ApiError({ status: 400, code, message: serverWords });

afterAll(() => setLanguage('en'));

describe('error words', () => {
  it.each(['en', 'es'] as const)('every server code has its own words in %s', async (language) => {
    await setLanguage(language);
    for (const code of errorCodes) {
      const words = errorText(refusal(code));
      expect(words, code).not.toBe(serverWords);
      expect(words.length, code).toBeGreaterThan(10);
    }
  });

  it('the Spanish words are not the English ones', async () => {
    await setLanguage('en');
    const english = errorCodes.map((code) => errorText(refusal(code)));
    await setLanguage('es');
    const spanish = errorCodes.map((code) => errorText(refusal(code)));
    for (const [i, words] of english.entries()) expect(spanish[i], errorCodes[i]).not.toBe(words);
  });

  it('a code from a newer server than the page falls back to its message', async () => {
    await setLanguage('en');
    expect(errorText(refusal('something_new'))).toBe(serverWords);
  });
});
