/** Respectful-language help on staff text (PRODUCT.md rule 7). */

export * from './effective-terms.js';
export * from './fold-text.js';
export * from './language-term.js';
export * from './match-language.js';
export * from './quoted-ranges.js';
