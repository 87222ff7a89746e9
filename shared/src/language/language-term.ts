/**
 * Respectful-language terms (PRODUCT.md rule 7): words in staff text that get a gentle,
 * dismissable nudge. Data only — the matcher is in `match-language.ts`.
 */
export const languageCodes = ['en', 'es'] as const;
export type LanguageCode = (typeof languageCodes)[number];

/**
 * `person-first`: a stigmatizing word with person-first alternatives offered in its place.
 * `choice`: a controlling phrasing ("must", "tiene que"): only the question "is this the person's
 * choice?", never a replacement forced on the writer.
 */
export const languageTermKinds = ['person-first', 'choice'] as const;
export type LanguageTermKind = (typeof languageTermKinds)[number];

/** Forms that share the same alternatives: "addict", "drug addict" → "person with…". */
export interface LanguageVariant {
  /** Written forms, any case, with or without accents; several words allowed. */
  readonly forms: readonly string[];
  /** What could be written instead, best first; empty for a `choice` term. */
  readonly alternatives: readonly string[];
}

export interface LanguageTerm {
  /** Stable: `en.addict` for a built-in term, `custom:<uuid>` for an organisation's own. */
  readonly key: string;
  readonly language: LanguageCode;
  readonly kind: LanguageTermKind;
  /** The word as people know it, shown to admins. */
  readonly label: string;
  readonly variants: readonly LanguageVariant[];
  /** One line: why the alternative is kinder. */
  readonly why: string;
}

/** Shorthand for the term lists: one variant group. */
export const variant = (forms: readonly string[], ...alternatives: string[]): LanguageVariant => ({
  forms,
  alternatives,
});
