import type { Organisation } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { session } from '../../app/session.js';
import { api } from '../../data/client.js';
import { organisationApi } from '../../data/organisation-client.js';
import { tsf } from '../../i18n/second-factor-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { errorText } from '../../ui/error-text.js';
import { fire } from '../../ui/events.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-notice.js';

/**
 * Admin, on the organisation page: "staff must use a second factor". Saved when changed; turning
 * it off is a sensitive act, so the server may first ask the admin to confirm it is them.
 *
 * @fires al-organisation-saved - CustomEvent<Organisation>, after a change was saved
 */
@customElement('al-second-factor-rule')
export class AlSecondFactorRule extends AlElement {
  @property({ attribute: false }) organisation: Organisation | undefined;
  @state() private busy = false;
  @state() private saved = '';
  @state() private failure = '';

  override render() {
    const on = this.organisation?.settings.staffSecondFactor === true;
    return html`<h2>${tsf('sf.ruleTitle')}</h2>
      <label class="rule">
        <input type="checkbox" .checked=${on} ?disabled=${this.busy} aria-describedby="rule-hint" @change=${this.change} />
        <span>${tsf('sf.ruleLabel')}</span>
      </label>
      <p id="rule-hint" class="muted">${tsf('sf.ruleHint')}</p>
      <div role="status">${this.saved ? html`<al-notice tone="success"><p>${this.saved}</p></al-notice>` : nothing}</div>
      <div role="alert">${this.failure ? html`<al-notice tone="error"><p>${this.failure}</p></al-notice>` : nothing}</div>`;
  }

  private async change(event: Event): Promise<void> {
    const box = event.currentTarget as HTMLInputElement;
    this.busy = true;
    this.saved = '';
    this.failure = '';
    try {
      const updated = await organisationApi.update({ settings: { staffSecondFactor: box.checked } });
      this.organisation = updated;
      this.saved = tsf('sf.ruleSaved');
      fire(this, 'al-organisation-saved', updated);
      // An admin who turned the rule on without a method of their own is now asked to add one.
      if (updated.settings.staffSecondFactor) session.update(await api.auth.me());
    } catch (error) {
      box.checked = !box.checked;
      this.failure = errorText(error);
    } finally {
      this.busy = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .rule {
        display: flex;
        gap: var(--space-3);
        align-items: flex-start;
        min-height: 44px;
      }
      .rule input {
        width: 1.25rem;
        height: 1.25rem;
        margin-top: 0.2rem;
        flex: none;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-second-factor-rule': AlSecondFactorRule;
  }
}
