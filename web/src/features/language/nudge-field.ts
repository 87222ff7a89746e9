import { html, type TemplateResult } from 'lit';
import './al-language-nudge.js';

/**
 * A field with respectful-language help when staff write it (`staff`), the field alone when the
 * person writes their own words: the same form serves both, and the person is never corrected.
 */
export const nudgeIf = (staff: boolean, field: TemplateResult): TemplateResult =>
  staff ? html`<al-language-nudge>${field}</al-language-nudge>` : field;

/** A field only staff write (a suggestion's text, a specialist's reason): always helped. */
export const nudged = (field: TemplateResult): TemplateResult => nudgeIf(true, field);
