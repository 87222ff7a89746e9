import { type Me, zOrganisationAdminRequest, zSetupRequest } from '@alongside/shared';
import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { navigate } from '../../app/navigation.js';
import { session } from '../../app/session.js';
import { isApiError } from '../../data/api-error.js';
import { Resource } from '../../data/resource.js';
import { setupApi } from '../../data/setup-client.js';
import { accountFields } from '../../features/account/account-fields.js';
import { tad } from '../../i18n/admin-i18n.js';
import { t } from '../../i18n/i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { type FieldErrors, readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';

/** What the link in the address is for. */
type SetupLink =
  | { kind: 'first-run' }
  | { kind: 'organisation'; organisationName: string }
  | { kind: 'done' }
  | { kind: 'expired' };

/**
 * First run, and an operator's link for another organisation (`npm run org:create`). The one-time
 * token travels in the URL fragment (`/setup#<token>`), which the browser never sends to a server;
 * it goes to the API in the request body.
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
  private readonly link = new Resource(this, (signal) => this.loadLink(signal));

  private async loadLink(signal: AbortSignal): Promise<SetupLink> {
    const { needsSetup } = await setupApi.status(signal);
    if (needsSetup) return { kind: 'first-run' };
    if (!this.token) return { kind: 'done' };
    try {
      return { kind: 'organisation', ...(await setupApi.organisationLink(this.token, signal)) };
    } catch (error) {
      if (isApiError(error) && (error.status === 410 || error.status === 400)) return { kind: 'expired' };
      throw error;
    }
  }

  override render() {
    return html`<div class="narrow">
      <div class="page-header">
        <h1 tabindex="-1">${tad('setup.title')}</h1>
        <p class="lead">
          ${
            this.link.value?.kind === 'organisation'
              ? tad('setup.organisationLinkLead', { organisation: this.link.value.organisationName })
              : tad('setup.lead')
          }
        </p>
      </div>
      ${renderResource(this.link, (link) => {
        if (link.kind === 'done' || this.alreadyDone) return this.renderDone();
        if (link.kind === 'expired') return this.renderDone(tad('setup.linkExpired'));
        if (!this.token) return this.renderNoToken();
        return this.renderForm(link.kind === 'first-run');
      })}
    </div>`;
  }

  private renderDone(why = tad('setup.alreadyDone')) {
    return html`<al-notice>
      <p>${why}</p>
      <p><a class="link-target" href=${this.me ? '/' : '/sign-in'}>${this.me ? t('common.goHome') : tad('setup.goToSignIn')}</a></p>
    </al-notice>`;
  }

  private renderNoToken() {
    return html`<al-notice tone="warm"><p>${tad('setup.noToken')}</p></al-notice>`;
  }

  /** The first run names the organisation; an operator's link comes with the organisation made. */
  private renderForm(firstRun: boolean) {
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      ${
        firstRun
          ? html`<fieldset class="card form-grid">
              <legend>${tad('setup.organisationLegend')}</legend>
              ${accountFields.organisationName(this.form)}
            </fieldset>`
          : ''
      }
      <fieldset class="card form-grid">
        <legend>${tad('setup.accountLegend')}</legend>
        <p class="muted legend-note">${tad('setup.accountNote')}</p>
        ${accountFields.personName(this.form, { name: 'adminName' })} ${accountFields.email(this.form)}
        ${accountFields.newPassword(this.form)}
      </fieldset>
      ${this.form.renderEnd({
        submit: firstRun ? tad('setup.submit') : tad('setup.submitAdmin'),
        busy: tad('setup.submitting'),
      })}
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = { ...readForm(event.currentTarget as HTMLFormElement), token: this.token };
    const signIn = async (me: Me) => {
      await session.signedIn(me, { newAccount: true });
      navigate('/', { replace: true });
    };
    const options = {
      invalid: (errors: FieldErrors) => (errors.token ? t('error.setupLinkInvalid') : t('form.checkFields')),
      refused: (error: unknown) => {
        if (!isApiError(error)) return false;
        // Someone else finished the first run, or the operator's link was used or expired meanwhile.
        if (error.code === 'setup_done') this.alreadyDone = true;
        else if (error.status === 410 && this.link.value?.kind === 'organisation') void this.link.reload();
        else return false;
        return true;
      },
    };
    if (this.link.value?.kind === 'organisation') {
      await this.form.submit(
        zOrganisationAdminRequest,
        values,
        async (data) => signIn(await setupApi.completeOrganisation(data)),
        options,
      );
    } else {
      await this.form.submit(zSetupRequest, values, async (data) => signIn(await setupApi.complete(data)), options);
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
