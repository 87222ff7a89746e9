import type { LiveSession } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { planApi } from '../../data/plan-client.js';
import { formatDateTime } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';
import { PlanPart, requireLive } from './plan-part.js';

/**
 * The participant's notice about a session with their specialist: the invitation to join, the
 * button that ends it once joined, and — for a session that ended while the page was open —
 * where its note is. Joining and ending go over REST; the live plan (context) takes the session
 * the server answered with.
 *
 * @property session - the session shown on the plan (null: none)
 * @fires al-announce - the session ended, or why joining or ending failed, for the page's regions
 */
@customElement('al-session-notice')
export class AlSessionNotice extends PlanPart {
  @property({ attribute: false }) session: LiveSession | null = null;
  private readonly actions = new Actions(this, { announce: true });
  /** The shared-screen code this device showed, while the session waits for it. */
  @state() private code: { sessionId: string; code: string; expiresAt: string } | undefined;

  override render() {
    const session = this.session;
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
      const code = this.code?.sessionId === session.id ? this.code : undefined;
      return html`<al-notice tone="info" class="session">
        <p>${tp('session.invite', { name: session.specialist.name, mode })}</p>
        <div class="actions">
          <al-button variant="primary" ?busy=${this.actions.busy === 'join'} @click=${() => this.join(session)}>${tp('session.join')}</al-button>
          ${
            session.mode === 'in-person'
              ? html`<al-button ?busy=${this.actions.busy === 'code'} @click=${() => this.showCode(session)}>${tp('oneScreen.showCode')}</al-button>`
              : nothing
          }
        </div>
        ${
          code
            ? html`<p>${tp('oneScreen.yourCode', { name: session.specialist.name })}</p>
                <p class="presence-code"><span aria-hidden="true">${code.code}</span><span class="visually-hidden">${code.code.split('').join(' ')}</span></p>
                <p class="muted">${tp('oneScreen.codeExpires', { time: formatDateTime(code.expiresAt) })}</p>`
            : nothing
        }
      </al-notice>`;
    }
    return html`<al-notice tone="success" class="session">
      <p>${
        session.joinMethod === 'shared-screen-code'
          ? tp('oneScreen.youAreHere', { name: session.specialist.name })
          : tp('session.joined', { name: session.specialist.name })
      }</p>
      <al-button ?busy=${this.actions.busy === 'end'} @click=${() => this.end(session)}>${tp('session.end')}</al-button>
    </al-notice>`;
  }

  /** Shared screen: a code for the person to read out, or type in, at their specialist's screen. */
  private async showCode(session: LiveSession): Promise<void> {
    await this.actions.run('code', async () => {
      const { code, expiresAt } = await planApi.sessions.presenceCode(session.id);
      this.code = { sessionId: session.id, code, expiresAt };
      this.actions.say(tp('oneScreen.codeShown'));
    });
  }

  private async join(session: LiveSession): Promise<void> {
    await this.actions.run('join', async () => {
      requireLive(this.live, this.localName).setSession(await planApi.sessions.join(session.id));
    });
  }

  private async end(session: LiveSession): Promise<void> {
    await this.actions.run('end', async () => {
      requireLive(this.live, this.localName).setSession(await planApi.sessions.end(session.id));
      this.actions.say(tp('session.ended'));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-session-notice': AlSessionNotice;
  }
}
