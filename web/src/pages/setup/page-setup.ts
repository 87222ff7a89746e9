import { zSetupRequest } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { navigate } from '../../app/navigation.js';
import { session } from '../../app/session.js';
import { isApiError } from '../../data/api-error.js';
import { api } from '../../data/client.js';
import { Resource } from '../../data/resource.js';
import { t } from '../../i18n/i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { explainError, type FieldErrors, focusFirstError, readForm, validate } from '../../ui/form-helpers.js';
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
  @state() private errors: FieldErrors = {};
  @state() private formError = '';
  @state() private alreadyDone = false;
  @state() private busy = false;
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
        <al-field
          name="organisationName"
          label=${t('field.organisationName.label')}
          autocomplete="organization"
          required
          .error=${this.errors.organisationName ?? ''}
        ></al-field>
      </fieldset>
      <fieldset class="card form-grid">
        <legend>${t('setup.accountLegend')}</legend>
        <p class="muted legend-note">${t('setup.accountNote')}</p>
        <al-field
          name="adminName"
          label=${t('field.name.label')}
          autocomplete="name"
          required
          .error=${this.errors.adminName ?? ''}
        ></al-field>
        <al-field
          name="email"
          type="email"
          inputmode="email"
          autocomplete="username"
          label=${t('field.email.label')}
          required
          .error=${this.errors.email ?? ''}
        ></al-field>
        <al-field
          name="password"
          type="password"
          autocomplete="new-password"
          label=${t('field.password.newLabel')}
          hint=${t('field.password.hint')}
          maxlength="128"
          required
          .error=${this.errors.password ?? ''}
        ></al-field>
      </fieldset>
      <div role="alert">
        ${this.formError ? html`<al-notice tone="error"><p>${this.formError}</p></al-notice>` : nothing}
      </div>
      <div class="actions">
        <al-button type="submit" variant="primary" ?busy=${this.busy}>
          ${this.busy ? t('setup.submitting') : t('setup.submit')}
        </al-button>
      </div>
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const messages = {
      organisationName: t('field.organisationName.invalid'),
      adminName: t('field.name.invalid'),
      email: t('field.email.invalid'),
      password: t('field.password.invalid'),
    };
    const values = readForm(event.currentTarget as HTMLFormElement);
    const checked = validate(zSetupRequest, { ...values, token: this.token }, messages);
    if (!checked.ok) {
      this.errors = checked.errors;
      this.formError = checked.errors.token ? t('error.setupLinkInvalid') : t('form.checkFields');
      await focusFirstError(this.renderRoot, checked.errors);
      return;
    }
    this.busy = true;
    this.errors = {};
    this.formError = '';
    try {
      const me = await api.setup.complete(checked.data);
      await session.signedIn(me, { newAccount: true });
      navigate('/', { replace: true });
    } catch (error) {
      if (isApiError(error) && error.code === 'setup_done') {
        this.alreadyDone = true;
        return;
      }
      const explained = explainError(error, messages);
      this.errors = explained.fieldErrors;
      this.formError = explained.formError;
      await focusFirstError(this.renderRoot, explained.fieldErrors);
    } finally {
      this.busy = false;
    }
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
