/**
 * The built-in term lists, imported only with `import()` by `language-terms.ts`: their own chunk,
 * fetched when a staff field first mounts a nudge — never by the first screen or a participant.
 */
export { builtInTerms } from '@alongside/shared';
