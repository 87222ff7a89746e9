import type { Me } from '@alongside/shared';
import { property } from 'lit/decorators.js';
import { AlElement } from '../ui/al-element.js';

/**
 * Base for pages. The app root hands each page the signed-in person (`null` on public pages
 * when nobody is signed in) and, after a navigation, moves focus to its `<h1 tabindex="-1">`.
 */
export class PageElement extends AlElement {
  @property({ attribute: false }) me: Me | null = null;
  /** The route's parameters (`participantId` for `/people/:participantId`). */
  @property({ attribute: false }) params: Readonly<Record<string, string>> = {};

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus({ preventScroll: false });
  }
}
