import type { IssuedPasswordReset } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { passwordsApi } from '../../data/passwords-client.js';
import { tac } from '../../i18n/account-i18n.js';
import { formatDateTime } from '../../i18n/i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';
import './al-link-box.js';

/**
 * "Reset link": makes a single-use link for someone to choose a new password, and shows it to
 * pass on (there may be no mail server). The server decides who may (a specialist for a
 * participant they partner with; an admin for anyone); a refusal shows as an alert.
 *
 * @property userId - whose password; @property name - their name (for the button's full name)
 * @property explained - (attribute) shows a heading and a sentence saying what the link does
 */
@customElement('al-reset-link')
export class AlResetLink extends AlElement {
  @property() userId = '';
  @property() name = '';
  @property({ type: Boolean }) explained = false;

  @state() private issued: IssuedPasswordReset | undefined;
  @state() private busy = false;
  @state() private failure = '';

  override render() {
    return html`
      ${
        this.explained
          ? html`<h2>${tac('resetLink.label')}</h2>
              <p>${tac('resetLink.intro')}</p>`
          : nothing
      }
      <al-button variant="secondary" ?busy=${this.busy} @click=${this.issue}>
        ${tac('resetLink.action')}<span class="visually-hidden"> ${tac('resetLink.actionFor', { name: this.name })}</span>
      </al-button>
      <div role="alert">${this.failure ? html`<al-notice tone="error"><p>${this.failure}</p></al-notice>` : nothing}</div>
      ${
        this.issued
          ? html`<al-link-box
              .link=${this.issued.link}
              label=${tac('resetLink.title', { name: this.name })}
              hint=${tac('resetLink.hint', { date: formatDateTime(this.issued.expiresAt) })}
            ></al-link-box>`
          : nothing
      }
    `;
  }

  private async issue(): Promise<void> {
    this.busy = true;
    this.failure = '';
    try {
      this.issued = await passwordsApi.issueReset(this.userId);
      // Focus stays on the button (it never leaves while busy); the link appears right after it.
      this.toggleAttribute('issued', true);
    } catch (error) {
      this.failure = errorText(error);
    } finally {
      this.busy = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: var(--space-3);
        justify-items: start;
      }
      /* In a row of actions, the link takes the whole width once it is there. */
      :host([issued]) {
        flex-basis: 100%;
        justify-items: stretch;
      }
      :host([issued]) al-button {
        justify-self: start;
      }
      h2,
      p {
        margin: 0;
      }
      div[role='alert']:empty {
        display: none;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-reset-link': AlResetLink;
  }
}
