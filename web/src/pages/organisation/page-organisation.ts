import { type Organisation, zUpdateOrganisation } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { session } from '../../app/session.js';
import { organisationApi } from '../../data/organisation-client.js';
import { Resource } from '../../data/resource.js';
import { accountFields } from '../../features/account/account-fields.js';
import { tad } from '../../i18n/admin-i18n.js';
import { t } from '../../i18n/i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../features/organisation/al-questionnaire-admin.js';
import '../../features/language/al-language-terms-admin.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';
import '../../features/wellness/al-crisis-lines-editor.js';
import '../../features/second-factor/al-second-factor-rule.js';

/** Admin: the organisation's name and settings, and its self-assessment questionnaires. */
@customElement('page-organisation')
export class PageOrganisation extends PageElement {
  @state() private saved = '';
  private readonly form = new FormState(this, () => ({
    name: t('field.organisationName.invalid'),
    'settings.smallCellThreshold': tad('organisation.thresholdInvalid'),
    'settings.defaultLanguage': t('error.validationFailed'),
  }));
  private readonly organisation = new Resource(this, (signal) => organisationApi.get(signal));

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${tad('organisation.title')}</h1>
        <p class="lead">${tad('organisation.lead')}</p>
      </div>
      <div class="card narrow">${renderResource(this.organisation, (o) => this.renderForm(o))}</div>
      ${
        this.organisation.value
          ? html`<div class="card narrow">
              <al-crisis-lines-editor
                .organisation=${this.organisation.value}
                @al-organisation-saved=${(e: CustomEvent<Organisation>) => this.organisation.set(e.detail)}
              ></al-crisis-lines-editor>
            </div>`
          : nothing
      }
      ${
        this.organisation.value
          ? html`<div class="card narrow">
              <al-second-factor-rule
                .organisation=${this.organisation.value}
                @al-organisation-saved=${(e: CustomEvent<Organisation>) => this.organisation.set(e.detail)}
              ></al-second-factor-rule>
            </div>`
          : nothing
      }
      <div class="card narrow"><al-questionnaire-admin></al-questionnaire-admin></div>
      <div class="card narrow"><al-language-terms-admin></al-language-terms-admin></div>
    `;
  }

  private renderForm(o: Organisation) {
    // The threshold's hint says when a change starts: one year's reports keep one threshold (the
    // server pins it), so that two thresholds never apply to the same period.
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      ${accountFields.organisationName(this.form, { name: 'name', value: o.name })}
      <al-field
        name="settings.smallCellThreshold"
        type="number"
        inputmode="numeric"
        min="11"
        max="100"
        label=${tad('organisation.thresholdLabel')}
        hint=${`${tad('organisation.thresholdHint')} ${tad('organisation.thresholdWhen', { year: new Date().getUTCFullYear() })}`}
        required
        .value=${String(o.settings.smallCellThreshold)}
        .error=${this.form.error('settings.smallCellThreshold')}
      ></al-field>
      <al-select
        name="settings.defaultLanguage"
        label=${tad('organisation.languageLabel')}
        hint=${tad('organisation.languageHint')}
        .options=${[{ value: 'en', label: 'English' }, { value: 'es', label: 'Español' }]}
        .value=${o.settings.defaultLanguage}
        .error=${this.form.error('settings.defaultLanguage')}
      ></al-select>
      <div role="status">${this.saved ? html`<al-notice tone="success"><p>${this.saved}</p></al-notice>` : nothing}</div>
      ${this.form.renderEnd({ submit: t('common.save'), busy: t('common.saving') })}
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.currentTarget as HTMLFormElement);
    const threshold = values['settings.smallCellThreshold'] ?? '';
    const input = {
      name: values.name ?? '',
      settings: {
        smallCellThreshold: /^\d+$/.test(threshold) ? Number(threshold) : Number.NaN,
        defaultLanguage: values['settings.defaultLanguage'],
      },
    };
    this.saved = '';
    await this.form.submit(zUpdateOrganisation, input, async (data) => {
      const updated = await organisationApi.update(data);
      this.organisation.set(updated);
      const me = session.me;
      if (me && me.organisation.name !== updated.name) {
        session.update({ ...me, organisation: { ...me.organisation, name: updated.name } });
      }
      this.saved = tad('organisation.saved');
    });
  }

  static override styles = [sharedStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-organisation': PageOrganisation;
  }
}
