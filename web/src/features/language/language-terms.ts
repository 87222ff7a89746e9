import { type CompiledTerms, compileTerms, effectiveTerms, type LanguageSettings } from '@alongside/shared';
import { languageApi } from '../../data/language-client.js';

let loading: Promise<CompiledTerms> | undefined;
const noSettings: LanguageSettings = { custom: [], disabledBuiltIn: [] };

/**
 * The organisation's effective terms, compiled once per page load: the built-in lists (their own
 * chunk) less those switched off, with the organisation's own words first. If the settings cannot
 * be read, the built-in terms still nudge — help is better late than absent, and never blocks.
 */
export function loadTerms(): Promise<CompiledTerms> {
  loading ??= Promise.all([import('./built-in-terms.js'), languageApi.settings().catch(() => noSettings)]).then(
    ([{ builtInTerms }, settings]) => compileTerms(effectiveTerms(builtInTerms, settings)),
  );
  return loading;
}

/** After an admin changes the terms: the next field compiles them again. */
export function forgetTerms(): void {
  loading = undefined;
}
