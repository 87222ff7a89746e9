import type { Me, Role } from '@alongside/shared';
import type { Guard, PageRef } from './router.js';

/**
 * The app's routes as data: each path, who may open it (the guard, from the shared permission
 * table) and its page, loaded on first use. `router.ts` matches a path against this table.
 */
export interface RouteDef {
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
    // Sign-in's second step: only while a sign-in waits for it (router.ts sends it here).
    path: '/sign-in/verify',
    guard: { kind: 'second-step' },
    page: fixed({
      tag: 'page-second-step',
      load: () => import('../pages/second-factor/page-second-step.js'),
      titleKey: 'title.secondStep',
    }),
  },
  {
    // Adding a passkey or an app: by choice, or because the organisation requires one of staff.
    path: '/sign-in-methods/add',
    guard: { kind: 'signed-in', capability: 'account:self' },
    page: fixed({
      tag: 'page-sign-in-methods',
      load: () => import('../pages/second-factor/page-sign-in-methods.js'),
      titleKey: 'title.signInMethods',
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
