/**
 * The participant's notice about a session with their specialist: the invitation to join, the
 * button that ends it once joined, and — for a session that ended while the page was open —
 * where its note is. A helper drawn into the plan page's own shadow root (not an element of its
 * own), using the page's actions, so its busy buttons, alert and status region are the page's.
 */
import { html, nothing } from 'lit';
import { planApi } from '../../data/plan-client.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';
import type { LivePlan } from '../../data/live-plan.js';
import { tp } from '../../i18n/plan-i18n.js';
import type { Actions } from '../../ui/actions.js';

/** The session notice's behaviour; it keeps no state of its own beyond the live plan's session. */
export class SessionNotice {
  constructor(
    private readonly live: LivePlan,
    private readonly actions: Actions,
  ) {}

  render() {
    const session = this.live.session;
    if (!session) return nothing;
    if (session.endedAt) {
      // Shown for a session that ended while this page was open; the note is written with the person.
      const name = session.specialist.name;
      return html`<al-notice tone="info" class="session">
        ${
          session.hasNote
            ? html`<p>${tp('session.noteReady', { name })}</p>
                <p><a class="link-target" href="/notes">${tp('session.readNote')}</a></p>`
            : html`<p>${tp('session.noteComing', { name })}</p>`
        }
      </al-notice>`;
    }
    const mode = tp(`mode.${session.mode}`);
    if (!session.participantJoinedAt) {
      return html`<al-notice tone="info" class="session">
        <p>${tp('session.invite', { name: session.specialist.name, mode })}</p>
        <al-button variant="primary" ?busy=${this.actions.busy === 'join'} @click=${this.join}>${tp('session.join')}</al-button>
      </al-notice>`;
    }
    return html`<al-notice tone="success" class="session">
      <p>${tp('session.joined', { name: session.specialist.name })}</p>
      <al-button ?busy=${this.actions.busy === 'end'} @click=${this.endSession}>${tp('session.end')}</al-button>
    </al-notice>`;
  }

  // Arrow functions: Lit calls a listener with `this` set to the page, not to this helper.
  private readonly join = async (): Promise<void> => {
    const session = this.live.session;
    if (!session) return;
    await this.actions.run('join', async () => {
      this.live.setSession(await planApi.sessions.join(session.id));
    });
  };

  private readonly endSession = async (): Promise<void> => {
    const session = this.live.session;
    if (!session) return;
    await this.actions.run('end', async () => {
      this.live.setSession(await planApi.sessions.end(session.id));
      this.actions.say(tp('session.ended'));
    });
  };
}
