import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router, resolve } from '../../../web/src/app/router.js';
import { me } from '../fixtures.js';

/** Where an address takes each person: the page, a redirect, or "not for you". */
const tagOf = (path: string, who: ReturnType<typeof me> | null) => {
  const r = resolve(path, '', who);
  return r.kind === 'redirect' ? `→ ${r.to}` : `${r.kind}: ${r.page.tag}`;
};

describe('route resolution', () => {
  it('sends someone signed out to sign in, remembering where they were going', () => {
    expect(resolve('/', '', null)).toEqual({ kind: 'redirect', to: '/sign-in' });
    expect(resolve('/plan', '', null)).toEqual({ kind: 'redirect', to: '/sign-in?next=%2Fplan' });
    expect(tagOf('/sign-in', null)).toBe('page: page-sign-in');
    // Public pages stay open to everyone.
    expect(tagOf('/setup', null)).toBe('page: page-setup');
    expect(tagOf('/invite', me('participant'))).toBe('page: page-invite');
  });

  it('sends someone signed in away from sign-in: to where they were going, only inside the app', () => {
    const who = me('participant');
    expect(resolve('/sign-in', '?next=%2Fplan', who)).toEqual({ kind: 'redirect', to: '/plan' });
    expect(resolve('/sign-in', '?next=//evil.example', who)).toEqual({ kind: 'redirect', to: '/' });
    expect(resolve('/sign-in', '?next=https://evil.example', who)).toEqual({ kind: 'redirect', to: '/' });
  });

  it('shows each role its own home', () => {
    expect(tagOf('/', me('participant'))).toBe('page: page-home-participant');
    expect(tagOf('/', me('specialist'))).toBe('page: page-home-specialist');
    expect(tagOf('/', me('supervisor'))).toBe('page: page-home-supervisor');
    expect(tagOf('/', me('admin'))).toBe('page: page-home-admin');
  });

  it('keeps each page to the roles the shared permission table allows', () => {
    // A person's own plan and notes are the participant's; specialists open plans through /people/:id.
    expect(tagOf('/plan', me('participant'))).toBe('page: page-plan');
    expect(tagOf('/plan', me('specialist'))).toBe('not-allowed: page-not-found');
    expect(tagOf('/notes', me('specialist'))).toBe('not-allowed: page-not-found');
    // Managing people is the admin's; a supervisor sees no person's plan.
    expect(tagOf('/people', me('admin'))).toBe('page: page-people');
    expect(tagOf('/people', me('specialist'))).toBe('not-allowed: page-not-found');
    expect(tagOf('/people/abc', me('supervisor'))).toBe('not-allowed: page-not-found');
    expect(tagOf('/people/abc', me('participant'))).toBe('not-allowed: page-not-found');
    expect(resolve('/people/abc', '', me('admin')).kind).toBe('not-allowed');
  });

  it('reads route parameters, and treats an unknown or malformed address as not found', () => {
    const r = resolve('/people/p%20q', '', me('specialist'));
    expect(r).toMatchObject({ kind: 'page', path: '/people/p%20q', params: { participantId: 'p q' } });
    expect(tagOf('/people/', me('admin'))).toBe('page: page-people');
    expect(resolve('/plan/', '', me('participant'))).toMatchObject({ kind: 'page', path: '/plan' });
    expect(tagOf('/nowhere', me('participant'))).toBe('page: page-not-found');
    expect(tagOf('/people/%E0%A4%A', me('specialist'))).toBe('page: page-not-found');
  });
});

describe('the router', () => {
  afterEach(() => document.body.replaceChildren());

  /** Whether the router took the click over; the test then stops the browser following the link itself. */
  const click = (a: HTMLAnchorElement, init: MouseEventInit = {}) => {
    let takenOver = false;
    const last = (event: Event) => {
      takenOver = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', last, { once: true });
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init }));
    return { defaultPrevented: takenOver };
  };

  it('follows a link inside the app without reloading, and leaves other links to the browser', () => {
    history.replaceState(null, '', '/');
    const changed = vi.fn();
    const router = new Router(changed);
    router.start();
    document.body.innerHTML = `<a id="plan" href="/plan">My plan</a>
      <a id="csv" href="/api/resources/export.csv">CSV</a>
      <a id="away" href="https://elsewhere.example/">Elsewhere</a>
      <a id="tab" href="/notes" target="_blank">Notes</a>`;
    const link = (id: string) => document.getElementById(id) as HTMLAnchorElement;

    expect(click(link('plan')).defaultPrevented).toBe(true);
    expect(location.pathname).toBe('/plan');
    expect(changed).toHaveBeenCalledTimes(1);

    expect(click(link('csv')).defaultPrevented).toBe(false);
    expect(click(link('away')).defaultPrevented).toBe(false);
    expect(click(link('tab')).defaultPrevented).toBe(false);
    expect(click(link('plan'), { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(changed).toHaveBeenCalledTimes(1);

    router.stop();
    expect(click(link('plan')).defaultPrevented).toBe(false);
  });
});
