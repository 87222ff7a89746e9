/**
 * How elements tell the page something happened (after Home Assistant's `fire_event.ts`): every
 * event an element fires is a `CustomEvent` named in `HTMLElementEventMap`, so a listener's
 * `detail` is typed where it is written. Events bubble and cross shadow roots, so the element
 * that handles them can be any ancestor.
 */
type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export function fire<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}

/**
 * Words for the status region (`say`) or the alert (`fail`; empty clears it) of the element that
 * owns them — the page, or a goal card — sent by a part inside it that has no regions of its own.
 */
export interface Announcement {
  kind: 'say' | 'fail';
  text: string;
}

declare global {
  interface HTMLElementEventMap {
    'al-announce': CustomEvent<Announcement>;
  }
}
