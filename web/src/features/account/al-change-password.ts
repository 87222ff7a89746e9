import { zChangePassword } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { passwordsApi } from '../../data/passwords-client.js';
import { tac } from '../../i18n/account-i18n.js';
import { t } from '../../i18n/i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { accountFields } from './account-fields.js';
import '../../ui/al-notice.js';

/**
 * Changing one's own password: the current one, then the new one (the same rules as at set-up).
 * The server keeps this sign-in and ends the others.
 *
 * @fires al-password-changed - CustomEvent<null>, after the change was saved (the page reloads its devices)
 */
@customElement('al-change-password')
export class AlChangePassword extends AlElement {
  @state() private changed = false;
  /** Bumped after a change, so the form is drawn afresh with empty fields. */
  @state() private generation = 0;
  private readonly form = new FormState(this, () => ({
    currentPassword: t('field.password.required'),
    newPassword: t('field.password.invalid'),
  }));

  override render() {
    return keyed(
      this.generation,
      html`<form class="card form-grid narrow" novalidate @submit=${this.submit}>
      <p>${tac('password.changeText')}</p>
      ${accountFields.currentPassword(this.form, { name: 'currentPassword', label: tac('password.currentLabel') })}
      ${accountFields.newPassword(this.form, { name: 'newPassword', label: tac('password.newLabel') })}
      <div role="status">
        ${this.changed ? html`<al-notice tone="success"><p>${tac('password.changed')}</p></al-notice>` : nothing}
      </div>
      ${this.form.renderEnd({ submit: tac('password.change'), busy: tac('password.changing') })}
    </form>`,
    );
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.currentTarget as HTMLFormElement);
    this.changed = false;
    const input = { currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' };
    await this.form.submit(zChangePassword, input, async (data) => {
      await passwordsApi.change(data);
      this.generation += 1;
      this.changed = true;
      fire(this, 'al-password-changed', null);
    });
  }

  static override styles = [
    sharedStyles,
    css`
      form p {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-change-password': AlChangePassword;
  }
  interface HTMLElementEventMap {
    'al-password-changed': CustomEvent<null>;
  }
}
