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

/**
 * Part of an event's detail: a listener hands the element work it started in answer (reloading
 * a list, say), and the element stays busy until that work is done — as `ExtendableEvent` does.
 */
export interface WaitUntil {
  waitUntil(work: Promise<unknown>): void;
}

/** Fires `type` with a `waitUntil` in its detail, then waits for whatever the listeners handed it. */
export async function fireAndWait<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  detail: Omit<DetailOf<K>, 'waitUntil'>,
): Promise<void> {
  const work: Promise<unknown>[] = [];
  const waitUntil = (promise: Promise<unknown>) => void work.push(promise);
  fire(target, type, { ...detail, waitUntil } as DetailOf<K>);
  await Promise.allSettled(work);
}
