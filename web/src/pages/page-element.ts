import type { Me } from '@alongside/shared';
import { consume } from '@lit/context';
import { property } from 'lit/decorators.js';
import { meContext } from '../data/contexts.js';
import { AlElement } from '../ui/al-element.js';

/**
 * Base for pages: thin route elements. The signed-in person comes by context from the app root
 * (`null` on public pages when nobody is signed in) and follows sign-in, sign-out and renames;
 * after a navigation the app root moves focus to the page's `<h1 tabindex="-1">`.
 */
export class PageElement extends AlElement {
  @consume({ context: meContext, subscribe: true })
  @property({ attribute: false })
  me: Me | null = null;
  /** The route's parameters (`participantId` for `/people/:participantId`). */
  @property({ attribute: false }) params: Readonly<Record<string, string>> = {};

  /** Moves focus to the page's heading; false when it has none (yet). */
  async focusHeading(): Promise<boolean> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('h1');
    heading?.focus({ preventScroll: false });
    return heading !== null;
  }
}
