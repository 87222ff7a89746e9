import type { Me } from '@alongside/shared';
import { isAbort, isApiError } from '../data/api-error.js';
import { api, setUnauthenticatedListener } from '../data/client.js';
import { currentLanguage, languageChosenThisVisit, setLanguage } from '../i18n/i18n.js';

/** Why the person is looking at the sign-in page, when it is not their own choice. */
export type SignedOutReason = 'signed-out' | 'expired';

/**
 * Who is signed in, for the whole app. `undefined` while the first check is in flight, `null`
 * when nobody is. The app root listens and re-renders; pages receive `me` as a property.
 */
class SessionStore extends EventTarget {
  me: Me | null | undefined = undefined;
  /** Read once by the sign-in page to explain why it is showing. */
  signedOutReason: SignedOutReason | undefined;
  /** The server can mail reset links: the sign-in page offers "Forgot your password?". */
  mailConfigured = false;

  constructor() {
    super();
    setUnauthenticatedListener(() => {
      if (this.me) this.set(null, 'expired');
    });
  }

  /**
   * Restores an existing session: the account's saved language wins, as it may have changed
   * elsewhere. Asks `/auth/status`, which answers 200 to everyone, so a signed-out page starts
   * without a failed request in the browser's console.
   */
  async load(): Promise<void> {
    try {
      const { me, mailConfigured } = await api.auth.status();
      this.mailConfigured = mailConfigured;
      if (me && me.language !== currentLanguage()) await setLanguage(me.language);
      this.set(me);
    } catch (error) {
      if (isAbort(error)) return;
      // No signal: whoever was signed in on this device last opens their app as it was saved.
      // Their sign-in is checked again as soon as the connection returns (the socket, any request).
      const remembered =
        isApiError(error) && error.code === 'network'
          ? await offlineDevice()
              .then((d) => d.lastSignIn())
              .catch(() => undefined)
          : undefined;
      this.set(remembered ?? null);
    }
  }

  /**
   * After sign-in, setup or accepting an invitation. A brand-new account takes the language the
   * person just used; at sign-in, the account's saved language wins unless they switched on
   * this visit. Either way the screen and the account end up agreeing.
   */
  async signedIn(me: Me, options: { newAccount: boolean }): Promise<void> {
    const shown = currentLanguage();
    let account = me;
    if (me.language !== shown) {
      if (options.newAccount || languageChosenThisVisit()) {
        try {
          account = await api.auth.updateMe({ language: shown });
        } catch {
          // Not worth blocking sign-in over: the switch in the header can save it later.
        }
      } else {
        await setLanguage(me.language);
      }
    }
    this.set(account);
  }

  update(me: Me): void {
    this.set(me);
  }

  async signOut(): Promise<void> {
    try {
      await api.auth.signOut();
    } finally {
      this.set(null, 'signed-out');
    }
  }

  /** Ends the session locally (the server already ended it, e.g. "end this device"). */
  signedOut(reason: SignedOutReason): void {
    this.set(null, reason);
  }

  takeSignedOutReason(): SignedOutReason | undefined {
    const reason = this.signedOutReason;
    this.signedOutReason = undefined;
    return reason;
  }

  private set(me: Me | null, reason?: SignedOutReason): void {
    const previous = this.me;
    this.me = me;
    // Kept off the first screen: the offline store loads only once someone is signed in, or leaves.
    // Signing out on purpose wipes what this device kept of the person (a shared phone); an
    // expired sign-in keeps their outbox, to be sent once they — and only they — sign in again.
    if (me || previous) {
      void import('../data/offline/read-through.js').then((r) =>
        r.setReadOwner(me?.role === 'participant' ? me.id : undefined),
      );
    }
    if (me) void offlineDevice().then((d) => d.rememberSignIn(me));
    else if (reason === 'signed-out' && previous) void offlineDevice().then((d) => d.wipeUser(previous.id));
    else if (reason) void offlineDevice().then((d) => d.forgetSignIn());
    if (reason) this.signedOutReason = reason;
    this.dispatchEvent(new Event('change'));
  }
}

const offlineDevice = () => import('../data/offline/read-cache.js');

export const session = new SessionStore();

/** Saves a language choice: on this device always, and on the account when someone is signed in. */
export async function chooseLanguage(language: Me['language']): Promise<void> {
  await setLanguage(language, { explicit: true });
  const me = session.me;
  if (me && me.language !== language) {
    try {
      session.update(await api.auth.updateMe({ language }));
    } catch {
      // The screen has already switched; the account keeps its old setting until the next try.
    }
  }
}
