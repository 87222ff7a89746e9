import { LitElement } from 'lit';
import { LanguageController } from '../i18n/i18n.js';

/** Base for every element: re-renders when the interface language changes. */
export class AlElement extends LitElement {
  constructor() {
    super();
    new LanguageController(this);
  }
}
