/**
 * How pages ask to go somewhere else without knowing about the router: the app root listens
 * for this event on `window` and performs the navigation.
 */
export interface NavigateDetail {
  to: string;
  replace?: boolean;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  window.dispatchEvent(new CustomEvent<NavigateDetail>('al-navigate', { detail: { to, ...options } }));
}

declare global {
  interface WindowEventMap {
    'al-navigate': CustomEvent<NavigateDetail>;
  }
}
