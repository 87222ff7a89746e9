import { zSetupRequest } from '@alongside/shared';
import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { navigate } from '../../app/navigation.js';
import { session } from '../../app/session.js';
import { isApiError } from '../../data/api-error.js';
import { api } from '../../data/client.js';
import { Resource } from '../../data/resource.js';
import { accountFields } from '../../features/account/account-fields.js';
import { t } from '../../i18n/i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';

/**
 * First run. The one-time token travels in the URL fragment (`/setup#<token>`), which the
 * browser never sends to a server; it goes to the API in the request body.
 */
@customElement('page-setup')
export class PageSetup extends PageElement {
  @state() private alreadyDone = false;
  private readonly form = new FormState(this, () => ({
    organisationName: t('field.organisationName.invalid'),
    adminName: t('field.name.invalid'),
    email: t('field.email.invalid'),
    password: t('field.password.invalid'),
  }));
  private readonly token = location.hash.slice(1);
  private readonly status = new Resource(this, (signal) => api.setup.status(signal));

  override render() {
    return html`<div class="narrow">
      <div class="page-header">
        <h1 tabindex="-1">${t('setup.title')}</h1>
        <p class="lead">${t('setup.lead')}</p>
      </div>
      ${renderResource(this.status, (status) =>
        !status.needsSetup || this.alreadyDone
          ? this.renderDone()
          : this.token
            ? this.renderForm()
            : this.renderNoToken(),
      )}
    </div>`;
  }

  private renderDone() {
    return html`<al-notice>
      <p>${t('setup.alreadyDone')}</p>
      <p><a class="link-target" href=${this.me ? '/' : '/sign-in'}>${this.me ? t('common.goHome') : t('setup.goToSignIn')}</a></p>
    </al-notice>`;
  }

  private renderNoToken() {
    return html`<al-notice tone="warm"><p>${t('setup.noToken')}</p></al-notice>`;
  }

  private renderForm() {
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      <fieldset class="card form-grid">
        <legend>${t('setup.organisationLegend')}</legend>
        ${accountFields.organisationName(this.form)}
      </fieldset>
      <fieldset class="card form-grid">
        <legend>${t('setup.accountLegend')}</legend>
        <p class="muted legend-note">${t('setup.accountNote')}</p>
        ${accountFields.personName(this.form, { name: 'adminName' })} ${accountFields.email(this.form)}
        ${accountFields.newPassword(this.form)}
      </fieldset>
      ${this.form.renderEnd({ submit: t('setup.submit'), busy: t('setup.submitting') })}
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.currentTarget as HTMLFormElement);
    await this.form.submit(
      zSetupRequest,
      { ...values, token: this.token },
      async (data) => {
        const me = await api.setup.complete(data);
        await session.signedIn(me, { newAccount: true });
        navigate('/', { replace: true });
      },
      {
        invalid: (errors) => (errors.token ? t('error.setupLinkInvalid') : t('form.checkFields')),
        refused: (error) => {
          this.alreadyDone = isApiError(error) && error.code === 'setup_done';
          return this.alreadyDone;
        },
      },
    );
  }

  static override styles = [
    sharedStyles,
    css`
      fieldset {
        margin: 0;
        min-width: 0;
      }
      legend {
        font-weight: 700;
        font-size: 1.15rem;
        padding: 0 var(--space-2);
        margin-inline-start: calc(-1 * var(--space-2));
      }
      .legend-note {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-setup': PageSetup;
  }
}
