import { AlElement } from './al-element.js';

/**
 * Base for a feature part that renders into the light DOM of the element holding it, not into a
 * shadow root of its own: its headings, fields and ids sit in the same tree as the page's, so
 * `aria-labelledby`, the page's styles and focus moves reach them as if the page had drawn them.
 * It takes no box of its own (`display: contents`), so the page's layout is unchanged by it.
 */
export class PartElement extends AlElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // CSSOM rather than a style attribute: the app's CSP refuses inline style attributes.
    this.style.display = 'contents';
  }
}

/**
 * Focuses `target` once it has rendered: a control that has just appeared renders a moment after
 * the element that drew it, and focusing it before then would find nothing to focus.
 */
export async function focusWhenReady(target: (HTMLElement & { updateComplete?: Promise<unknown> }) | null) {
  await target?.updateComplete;
  target?.focus();
}
