import { type Capability, can, type Me, type Role } from '@alongside/shared';
import type { MessageKey } from '../i18n/i18n.js';

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
  | { kind: 'signed-in'; capability?: Capability; role?: Role };

interface RouteDef {
  /** A path; a segment starting with `:` is a parameter (`/people/:participantId`). */
  path: string;
  guard: Guard;
  page: (me: Me | null) => PageRef;
}

const homeByRole: Record<Role, PageRef> = {
  admin: { tag: 'page-home-admin', load: () => import('../pages/home/page-home-admin.js'), titleKey: 'title.home' },
  specialist: {
    tag: 'page-home-specialist',
    load: () => import('../pages/home/page-home-specialist.js'),
    titleKey: 'title.home',
  },
  participant: {
    tag: 'page-home-participant',
    load: () => import('../pages/home/page-home-participant.js'),
    titleKey: 'title.home',
  },
  supervisor: {
    tag: 'page-home-supervisor',
    load: () => import('../pages/home/page-home-supervisor.js'),
    titleKey: 'title.home',
  },
};

const fixed = (ref: PageRef) => () => ref;

export const routes: readonly RouteDef[] = [
  {
    path: '/',
    guard: { kind: 'signed-in' },
    // The guard guarantees `me`; the fallback only satisfies the type.
    page: (me) => homeByRole[me?.role ?? 'participant'],
  },
  {
    path: '/setup',
    guard: { kind: 'public' },
    page: fixed({ tag: 'page-setup', load: () => import('../pages/setup/page-setup.js'), titleKey: 'title.setup' }),
  },
  {
    path: '/sign-in',
    guard: { kind: 'signed-out' },
    page: fixed({
      tag: 'page-sign-in',
      load: () => import('../pages/sign-in/page-sign-in.js'),
      titleKey: 'title.signIn',
    }),
  },
  {
    path: '/invite',
    guard: { kind: 'public' },
    page: fixed({ tag: 'page-invite', load: () => import('../pages/invite/page-invite.js'), titleKey: 'title.invite' }),
  },
  {
    // Public like the invitation page: someone signed in on this browser may be choosing a new
    // password for an account they cannot get into.
    path: '/reset',
    guard: { kind: 'public' },
    page: fixed({ tag: 'page-reset', load: () => import('../pages/reset/page-reset.js'), titleKey: 'title.reset' }),
  },
  {
    path: '/people',
    guard: { kind: 'signed-in', capability: 'org:manage' },
    page: fixed({ tag: 'page-people', load: () => import('../pages/people/page-people.js'), titleKey: 'title.people' }),
  },
  {
    path: '/people/:participantId',
    guard: { kind: 'signed-in', capability: 'live-sessions:start' },
    page: fixed({ tag: 'page-person', load: () => import('../pages/person/page-person.js'), titleKey: 'title.person' }),
  },
  {
    path: '/plan',
    // A person's own plan: specialists reach plans through /people/:participantId instead.
    guard: { kind: 'signed-in', capability: 'plan:read', role: 'participant' },
    page: fixed({ tag: 'page-plan', load: () => import('../pages/plan/page-plan.js'), titleKey: 'title.plan' }),
  },
  {
    // The person's own wellness and crisis plan (their specialist sees it on the person's page).
    path: '/my-wellness',
    guard: { kind: 'signed-in', capability: 'plan:read', role: 'participant' },
    page: fixed({
      tag: 'page-wellness',
      load: () => import('../pages/wellness/page-wellness.js'),
      titleKey: 'title.wellness',
    }),
  },
  {
    path: '/resources',
    // Everyone who may read the directory; the page offers changes only to those who may manage it.
    guard: { kind: 'signed-in', capability: 'resources:read' },
    page: fixed({
      tag: 'page-resources',
      load: () => import('../pages/resources/page-resources.js'),
      titleKey: 'title.resources',
    }),
  },
  {
    path: '/notes',
    guard: { kind: 'signed-in', capability: 'notes:use', role: 'participant' },
    page: fixed({ tag: 'page-notes', load: () => import('../pages/notes/page-notes.js'), titleKey: 'title.notes' }),
  },
  {
    path: '/partnerships',
    guard: { kind: 'signed-in', capability: 'org:manage' },
    page: fixed({
      tag: 'page-partnerships',
      load: () => import('../pages/partnerships/page-partnerships.js'),
      titleKey: 'title.partnerships',
    }),
  },
  {
    path: '/organisation',
    guard: { kind: 'signed-in', capability: 'org:manage' },
    page: fixed({
      tag: 'page-organisation',
      load: () => import('../pages/organisation/page-organisation.js'),
      titleKey: 'title.organisation',
    }),
  },
  {
    path: '/my-record',
    guard: { kind: 'signed-in', capability: 'record:own' },
    page: fixed({
      tag: 'page-my-record',
      load: () => import('../pages/my-record/page-my-record.js'),
      titleKey: 'title.myRecord',
    }),
  },
  {
    // Part of the person's own record (their specialist sees consents on the person's page instead).
    path: '/my-information',
    guard: { kind: 'signed-in', capability: 'record:own' },
    page: fixed({
      tag: 'page-my-information',
      load: () => import('../pages/my-information/page-my-information.js'),
      titleKey: 'title.myInformation',
    }),
  },
  {
    path: '/access-log',
    guard: { kind: 'signed-in', capability: 'access-log:own' },
    page: fixed({
      tag: 'page-access-log',
      load: () => import('../pages/access-log/page-access-log.js'),
      titleKey: 'title.accessLog',
    }),
  },
  {
    path: '/account',
    guard: { kind: 'signed-in', capability: 'account:self' },
    page: fixed({
      tag: 'page-account',
      load: () => import('../pages/account/page-account.js'),
      titleKey: 'title.account',
    }),
  },
];

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
  if (guard.kind === 'signed-out' && me) {
    return { kind: 'redirect', to: safeNext(new URLSearchParams(search).get('next')) ?? '/' };
  }
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
