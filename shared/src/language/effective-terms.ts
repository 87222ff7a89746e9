import type { LanguageSettings } from '../schemas/language.js';
import type { LanguageTerm } from './language-term.js';

/** An organisation's own term as the matcher sees it: no alternative makes it a "choice" nudge. */
export function customTermOf(custom: LanguageSettings['custom'][number]): LanguageTerm {
  return {
    key: custom.key,
    language: custom.language,
    kind: custom.alternative ? 'person-first' : 'choice',
    label: custom.label,
    variants: [
      { forms: [custom.label, ...custom.variants], alternatives: custom.alternative ? [custom.alternative] : [] },
    ],
    why: custom.why,
  };
}

/** The organisation's terms first (they win a form both list), then the built-in ones still on. */
export function effectiveTerms(builtIn: readonly LanguageTerm[], settings: LanguageSettings): LanguageTerm[] {
  const off = new Set(settings.disabledBuiltIn);
  return [...settings.custom.map(customTermOf), ...builtIn.filter((t) => !off.has(t.key))];
}
