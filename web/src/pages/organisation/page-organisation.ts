import { type Organisation, zUpdateOrganisation } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { session } from '../../app/session.js';
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
import '../../ui/al-select.js';

/** Admin: the organisation's name and settings. */
@customElement('page-organisation')
export class PageOrganisation extends PageElement {
  @state() private errors: FieldErrors = {};
  @state() private formError = '';
  @state() private saved = '';
  @state() private busy = false;
  private readonly organisation = new Resource(this, (signal) => api.organisation.get(signal));

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${t('organisation.title')}</h1>
        <p class="lead">${t('organisation.lead')}</p>
      </div>
      <div class="card narrow">${renderResource(this.organisation, (o) => this.renderForm(o))}</div>
    `;
  }

  private renderForm(o: Organisation) {
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      <al-field
        name="name"
        label=${t('field.organisationName.label')}
        autocomplete="organization"
        required
        .value=${o.name}
        .error=${this.errors.name ?? ''}
      ></al-field>
      <al-field
        name="settings.smallCellThreshold"
        type="number"
        inputmode="numeric"
        min="11"
        max="100"
        label=${t('organisation.thresholdLabel')}
        hint=${t('organisation.thresholdHint')}
        required
        .value=${String(o.settings.smallCellThreshold)}
        .error=${this.errors['settings.smallCellThreshold'] ?? ''}
      ></al-field>
      <al-select
        name="settings.defaultLanguage"
        label=${t('organisation.languageLabel')}
        hint=${t('organisation.languageHint')}
        .options=${[{ value: 'en', label: 'English' }, { value: 'es', label: 'Español' }]}
        .value=${o.settings.defaultLanguage}
        .error=${this.errors['settings.defaultLanguage'] ?? ''}
      ></al-select>
      <div role="alert">
        ${this.formError ? html`<al-notice tone="error"><p>${this.formError}</p></al-notice>` : nothing}
      </div>
      <div role="status">${this.saved ? html`<al-notice tone="success"><p>${this.saved}</p></al-notice>` : nothing}</div>
      <div class="actions">
        <al-button type="submit" variant="primary" ?busy=${this.busy}>
          ${this.busy ? t('common.saving') : t('common.save')}
        </al-button>
      </div>
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const values = readForm(event.currentTarget as HTMLFormElement);
    const messages = {
      name: t('field.organisationName.invalid'),
      'settings.smallCellThreshold': t('organisation.thresholdInvalid'),
      'settings.defaultLanguage': t('error.validationFailed'),
    };
    const threshold = values['settings.smallCellThreshold'] ?? '';
    const checked = validate(
      zUpdateOrganisation,
      {
        name: values.name ?? '',
        settings: {
          smallCellThreshold: /^\d+$/.test(threshold) ? Number(threshold) : Number.NaN,
          defaultLanguage: values['settings.defaultLanguage'],
        },
      },
      messages,
    );
    this.saved = '';
    if (!checked.ok) {
      this.errors = checked.errors;
      this.formError = t('form.checkFields');
      await focusFirstError(this.renderRoot, checked.errors);
      return;
    }
    this.busy = true;
    this.errors = {};
    this.formError = '';
    try {
      const updated = await api.organisation.update(checked.data);
      this.organisation.set(updated);
      const me = session.me;
      if (me && me.organisation.name !== updated.name) {
        session.update({ ...me, organisation: { ...me.organisation, name: updated.name } });
      }
      this.saved = t('organisation.saved');
    } catch (error) {
      const explained = explainError(error, messages);
      this.errors = explained.fieldErrors;
      this.formError = explained.formError;
      await focusFirstError(this.renderRoot, explained.fieldErrors);
    } finally {
      this.busy = false;
    }
  }

  static override styles = [sharedStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-organisation': PageOrganisation;
  }
}
