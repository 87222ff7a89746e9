import type { LiveSession } from '@alongside/shared';
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError } from '../../data/api-error.js';
import { planApi } from '../../data/plan-client.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import { readForm } from '../../ui/form-helpers.js';
import { focusWhenReady } from '../../ui/part-element.js';
import { PlanPart, requireLive } from '../plan/plan-part.js';

/**
 * "We're at one screen": an in-person session the person has not joined from their own device
 * can be confirmed here instead — their own phone shows a 6-digit code (on their plan page),
 * typed in at this screen. From then on the person makes their own decisions on this screen,
 * recorded as theirs. The server checks the code and, for every decision, the session.
 *
 * @property session - the open session, not yet joined
 * @property participantName - the person, for the words
 * @fires al-announce - the person confirmed they are here, or why the code was refused
 */
@customElement('al-one-screen')
export class AlOneScreen extends PlanPart {
  @property({ attribute: false }) session!: LiveSession;
  @property() participantName = '';
  @state() private open = false;
  @state() private error = '';
  private readonly actions = new Actions(this, { announce: true });

  override render() {
    const name = this.participantName;
    if (!this.open) {
      return html`<al-button @click=${this.start}>${tp('oneScreen.offer')}</al-button>`;
    }
    return html`<form class="form-grid one-screen-form" novalidate @submit=${this.confirm}>
      <h3>${tp('oneScreen.title')}</h3>
      <p>${tp('oneScreen.lead', { name })}</p>
      <al-field
        name="code"
        label=${tp('oneScreen.codeLabel', { name })}
        inputmode="numeric"
        autocomplete="one-time-code"
        maxlength="6"
        .error=${this.error}
      ></al-field>
      <div class="actions">
        <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'confirm'}>${tp('oneScreen.confirm')}</al-button>
        <al-button variant="quiet" @click=${this.cancel}>${t('common.cancel')}</al-button>
      </div>
    </form>`;
  }

  private async start(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    await focusWhenReady(this.querySelector('.one-screen-form al-field'));
  }

  private cancel(): void {
    this.open = false;
    this.error = '';
  }

  private async confirm(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const code = (readForm(event.target as HTMLFormElement).code ?? '').trim();
    if (!/^\d{6}$/.test(code)) {
      this.error = tp('oneScreen.codeInvalid');
      return;
    }
    this.error = '';
    await this.actions.run('confirm', async () => {
      try {
        requireLive(this.live, this.localName).setSession(
          await planApi.sessions.confirmPresence(this.session.id, code),
        );
      } catch (error) {
        // Said at the field, in the reader's language: the server's words are English.
        if (isApiError(error) && (error.code === 'code_invalid' || error.status === 429)) {
          this.error = error.status === 429 ? tp('oneScreen.codeLocked') : tp('oneScreen.codeWrong');
          return;
        }
        throw error;
      }
      this.open = false;
      this.actions.say(tp('oneScreen.confirmed', { name: this.participantName }));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-one-screen': AlOneScreen;
  }
}
