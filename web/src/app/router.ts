import { type Capability, can, type Me, type Role } from '@alongside/shared';
import type { MessageKey } from '../i18n/i18n.js';
import { routes } from './routes.js';

/** A page: its element name, the module that defines it (loaded on first use) and its title. */
export interface PageRef {
  tag: string;
  load: () => Promise<unknown>;
  titleKey: MessageKey;
}

/**
 * Who may open a route. `public`: anyone. `signed-out`: only when nobody is signed in (signed-in
 * people go home). `signed-in`: needs a session and, when given, a capability from the shared
 * permission table — the same table the server enforces, so the menu and the API agree.
 */
export type Guard =
  | { kind: 'public' }
  | { kind: 'signed-out' }
  | { kind: 'second-step' }
  | { kind: 'signed-in'; capability?: Capability; role?: Role };

/**
 * While a sign-in is not complete (the server agrees: it answers nothing else), every page but the
 * public ones is the second step, or adding a method when the organisation requires one.
 */
const stepPath = { verify: '/sign-in/verify', enrol: '/sign-in-methods/add' } as const;

const notFound: PageRef = {
  tag: 'page-not-found',
  load: () => import('../pages/not-found/page-not-found.js'),
  titleKey: 'title.notFound',
};

const notAllowed: PageRef = { ...notFound, titleKey: 'title.notAllowed' };

export type RouteParams = Readonly<Record<string, string>>;

export type Resolution =
  | { kind: 'page'; page: PageRef; path: string; params: RouteParams }
  | { kind: 'redirect'; to: string }
  | { kind: 'not-allowed'; page: PageRef; path: string; params: RouteParams };

/** Matches a path against a route pattern; the parameters when it fits, null otherwise. */
function match(pattern: string, path: string): RouteParams | null {
  if (!pattern.includes(':')) return pattern === path ? {} : null;
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const value = got[i] ?? '';
    if (segment.startsWith(':')) {
      if (!value) return null;
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (segment !== value) return null;
  }
  return params;
}

/** Decides what a path shows for this person (or nobody): a page, a redirect, or "not for you". */
export function resolve(pathname: string, search: string, me: Me | null): Resolution {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  let params: RouteParams = {};
  const route = routes.find((r) => {
    const found = match(r.path, path);
    if (found) params = found;
    return found !== null;
  });
  if (!route) return { kind: 'page', page: notFound, path, params };
  const { guard } = route;
  const next = safeNext(new URLSearchParams(search).get('next'));
  const step = me?.secondFactor?.step;
  if (step && guard.kind !== 'public' && path !== stepPath[step]) {
    const then = guard.kind === 'signed-out' || guard.kind === 'second-step' ? next : path;
    return { kind: 'redirect', to: then ? `${stepPath[step]}?next=${encodeURIComponent(then)}` : stepPath[step] };
  }
  if ((guard.kind === 'signed-out' || guard.kind === 'second-step') && me && !step) {
    // Told once after an admin reset their methods: the page to add one says so.
    return { kind: 'redirect', to: next ?? (me.secondFactorReset ? stepPath.enrol : '/') };
  }
  if (guard.kind === 'second-step' && !me) return { kind: 'redirect', to: '/sign-in' };
  if (guard.kind === 'signed-in') {
    if (!me) return { kind: 'redirect', to: path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}` };
    if ((guard.capability && !can(me.role, guard.capability)) || (guard.role && guard.role !== me.role)) {
      return { kind: 'not-allowed', page: notAllowed, path, params };
    }
  }
  return { kind: 'page', page: route.page(me), path, params };
}

/** Only paths inside the app are followed after sign-in (no `//evil.example`, no `https:`). */
export function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

/** The links each role sees in the main navigation, filtered by the shared permission table. */
export const navigation: readonly { path: string; labelKey: MessageKey; capability: Capability; role?: Role }[] = [
  { path: '/', labelKey: 'nav.home', capability: 'account:self' },
  { path: '/plan', labelKey: 'nav.plan', capability: 'plan:read', role: 'participant' },
  { path: '/my-wellness', labelKey: 'nav.wellness', capability: 'plan:read', role: 'participant' },
  { path: '/notes', labelKey: 'nav.notes', capability: 'notes:use', role: 'participant' },
  { path: '/resources', labelKey: 'nav.resources', capability: 'resources:read' },
  { path: '/people', labelKey: 'nav.people', capability: 'org:manage' },
  { path: '/partnerships', labelKey: 'nav.partnerships', capability: 'org:manage' },
  { path: '/organisation', labelKey: 'nav.organisation', capability: 'org:manage' },
  // The access log is one of the things "My record" offers, so it needs no link of its own here.
  { path: '/my-record', labelKey: 'nav.myRecord', capability: 'record:own' },
  { path: '/account', labelKey: 'nav.account', capability: 'account:self' },
];

/**
 * History API navigation. Same-origin links anywhere in the app (inside shadow roots too) are
 * taken over, so following one never reloads the page; back and forward re-render.
 */
export class Router {
  private readonly onPopState = () => this.onChange();
  private readonly onClick = (event: MouseEvent) => this.handleClick(event);

  constructor(private readonly onChange: () => void) {}

  start(): void {
    window.addEventListener('popstate', this.onPopState);
    document.addEventListener('click', this.onClick);
  }

  stop(): void {
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('click', this.onClick);
  }

  navigate(to: string, options: { replace?: boolean } = {}): void {
    const url = new URL(to, location.origin);
    const target = `${url.pathname}${url.search}${url.hash}`;
    if (target !== `${location.pathname}${location.search}${location.hash}`) {
      if (options.replace) history.replaceState(null, '', target);
      else history.pushState(null, '', target);
    }
    this.onChange();
  }

  private handleClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!anchor?.href || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    // A link to a fragment of the page already shown is left to the browser.
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    this.navigate(`${url.pathname}${url.search}${url.hash}`);
  }
}
