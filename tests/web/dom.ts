import type { LitElement } from 'lit';

/**
 * Small steps a test takes as a person would: put an element on the page, type into a field,
 * press a button, choose an option. Each waits for the elements it touches to render.
 */
type Rendered = HTMLElement & { updateComplete?: Promise<unknown> };

export async function settle(...elements: Rendered[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(elements.map((e) => e.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Appends `element` (or markup) to a fresh body and waits for it to render. */
export async function mount<T extends HTMLElement>(element: T): Promise<T> {
  document.body.replaceChildren(element);
  await settle(element, ...descendants(element));
  return element;
}

function descendants(root: ParentNode): Rendered[] {
  return [...root.querySelectorAll<Rendered>('*')].filter((e) => e.updateComplete !== undefined);
}

/** The native control inside a form control element (its shadow root), or fails loudly. */
function inner<T extends Element>(host: Element, selector: string): T {
  const found = (host.shadowRoot ?? host).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} inside <${host.localName}>`);
  return found;
}

/** The first element matching `selector` under `root`, or fails loudly. */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Types `text` into an `al-field` or `al-textarea` (replacing what was there), as the input event carries it. */
export async function type(field: Element, text: string): Promise<void> {
  const control = inner<HTMLInputElement | HTMLTextAreaElement>(field, 'input, textarea');
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await (field as Rendered).updateComplete;
}

/** Chooses `value` in an `al-select`. */
export async function choose(select: Element, value: string): Promise<void> {
  const control = inner<HTMLSelectElement>(select, 'select');
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await (select as Rendered).updateComplete;
}

/** Presses an `al-button` (its inner button) and lets the work it starts settle. */
export async function press(button: Element): Promise<void> {
  await (button as Rendered).updateComplete;
  inner<HTMLButtonElement>(button, 'button').click();
  await settle(...descendants(document.body));
}

/** The `al-button` whose text starts with `label` under `root`. */
export function button(root: ParentNode, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('al-button')].find((b) =>
    b.textContent?.replace(/\s+/g, ' ').trim().startsWith(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Every event of `type` that reaches `target`, in order. */
export function record<E extends Event>(target: EventTarget, type: string): E[] {
  const seen: E[] = [];
  target.addEventListener(type, (event) => seen.push(event as E));
  return seen;
}

export type { LitElement };
