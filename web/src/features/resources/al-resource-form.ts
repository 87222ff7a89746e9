import {
  type Resource as DirectoryEntry,
  dayBounds,
  earliestDay,
  type Pathway,
  pathways,
  type ResourceInput,
  resourceCategories,
  resourceCosts,
  zResourceInput,
} from '@alongside/shared';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { isApiError } from '../../data/api-error.js';
import { resourcesApi } from '../../data/resources-client.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { type ResourcesKey, tres } from '../../i18n/resources-i18n.js';
import { errorText } from '../../ui/error-text.js';
import { fire, fireAndWait, type WaitUntil } from '../../ui/events.js';
import { type FieldErrors, focusFirstError, readForm } from '../../ui/form-helpers.js';
import { PartElement } from '../../ui/part-element.js';
import { formatDay } from '../plan/referral-sections.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';

/** The input fields of the add/edit form, in the order they appear (errors focus the first). */
const fieldNames = [
  'name',
  'category',
  'description',
  'languages',
  'addressLine',
  'city',
  'region',
  'postalCode',
  'hours',
  'phone',
  'email',
  'website',
  'pathways',
  'cost',
  'lastVerifiedOn',
] as const;
type FieldName = (typeof fieldNames)[number];

const errorKey: Partial<Record<FieldName, ResourcesKey>> = {
  name: 'error.name',
  category: 'error.category',
  description: 'error.description',
  languages: 'error.languages',
  email: 'error.email',
  website: 'error.website',
  cost: 'error.cost',
};

function fieldMessage(field: string): string {
  if (field === 'lastVerifiedOn') return tres('error.lastVerifiedOn', { earliest: formatDay(earliestDay) });
  const key = errorKey[field as FieldName];
  return key ? tres(key) : tres('error.tooLong');
}

/** The form's values as the shared input schema expects them (empty means "not given"). */
function readInput(form: HTMLFormElement): Record<string, unknown> {
  const values = readForm(form);
  const data = new FormData(form);
  const optional = (key: string) => (values[key]?.trim() ? values[key].trim() : null);
  return {
    name: values.name ?? '',
    category: values.category || undefined,
    description: values.description ?? '',
    languages: (values.languages ?? '')
      .split(/[,;\s]+/)
      .map((l) => l.trim())
      .filter(Boolean),
    addressLine: optional('addressLine'),
    city: optional('city'),
    region: optional('region'),
    postalCode: optional('postalCode'),
    hours: optional('hours'),
    phone: optional('phone'),
    email: optional('email'),
    website: optional('website'),
    pathways: data.getAll('pathways').filter((v): v is string => typeof v === 'string'),
    cost: values.cost || undefined,
    lastVerifiedOn: optional('lastVerifiedOn'),
  };
}

/** A saved entry, for the page: it shows the list again (the form stays busy until it has). */
export interface ResourceSaved extends WaitUntil {
  resource: DirectoryEntry;
  updated: boolean;
}

/**
 * The directory's add/edit form: its fields in order, the wording of each field's error, reading
 * the inputs into the shape the shared schema checks, and saving. Renders into the page's tree
 * (light DOM), under the page's heading that names what is being edited.
 *
 * @property editing - the entry being edited, or `undefined` while the form adds a new one
 * @fires al-resource-saved - `ResourceSaved`, after a save; the form is empty again and the page stops editing
 * @fires al-resource-edit-cancel - `{ id }`: Cancel was pressed while editing that entry
 */
@customElement('al-resource-form')
export class AlResourceForm extends PartElement {
  @property({ attribute: false }) editing: DirectoryEntry | undefined;
  @state() private errors: FieldErrors = {};
  @state() private formError = '';
  @state() private saving = false;
  /** Bumped after a save, so the form is drawn afresh with empty boxes. */
  @state() private resets = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another entry (or none): no errors from before.
    if (changed.has('editing')) {
      this.errors = {};
      this.formError = '';
    }
  }

  override render() {
    return keyed(`${this.editing?.id ?? 'new'}:${this.resets}`, this.renderForm());
  }

  private renderForm() {
    const r = this.editing;
    const err = (field: FieldName) => this.errors[field] ?? '';
    // The date box offers only the days the shared schema accepts.
    const verifiedOn = dayBounds('past');
    const text = (field: FieldName, value: string | null | undefined, extra: { hint?: string; type?: string } = {}) =>
      html`<al-field
        name=${field}
        label=${tres(`form.${field}` as ResourcesKey)}
        type=${extra.type ?? 'text'}
        hint=${extra.hint ?? ''}
        optional
        .value=${value ?? ''}
        .error=${err(field)}
      ></al-field>`;
    const selectedPathways = new Set<Pathway>(r?.pathways ?? []);
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      <al-field name="name" label=${tres('form.name')} .value=${r?.name ?? ''} .error=${err('name')}></al-field>
      <al-select
        name="category"
        label=${tres('form.category')}
        .value=${r?.category ?? ''}
        .error=${err('category')}
        .options=${[
          { value: '', label: tres('form.chooseCategory') },
          ...resourceCategories.map((c) => ({ value: c, label: tres(`category.${c}`) })),
        ]}
      ></al-select>
      <al-textarea
        name="description"
        label=${tres('form.description')}
        optional
        maxlength="2000"
        .value=${r?.description ?? ''}
        .error=${err('description')}
      ></al-textarea>
      ${text('languages', r?.languages.join(', '), { hint: tres('form.languagesHint') })}
      ${text('addressLine', r?.addressLine)} ${text('city', r?.city)} ${text('region', r?.region)}
      ${text('postalCode', r?.postalCode)} ${text('hours', r?.hours)} ${text('phone', r?.phone)}
      ${text('email', r?.email, { type: 'email' })} ${text('website', r?.website, { hint: tres('form.websiteHint') })}
      <fieldset class="choices">
        <legend>${tres('form.pathways')} <span class="optional">${t('field.optional')}</span></legend>
        ${pathways.map(
          (p) => html`<label class="choice">
            <input type="checkbox" name="pathways" value=${p} ?checked=${selectedPathways.has(p)} />
            ${tp(`pathway.${p}`)}
          </label>`,
        )}
      </fieldset>
      <al-select
        name="cost"
        label=${tres('form.cost')}
        .value=${r?.cost ?? 'free'}
        .error=${err('cost')}
        .options=${resourceCosts.map((c) => ({ value: c, label: tres(`cost.${c}`) }))}
      ></al-select>
      <div class="date">
        <label for="lastVerifiedOn">
          ${tres('form.lastVerifiedOn')} <span class="optional">${t('field.optional')}</span>
        </label>
        <input
          id="lastVerifiedOn"
          name="lastVerifiedOn"
          type="date"
          min=${verifiedOn.earliest}
          max=${verifiedOn.latest}
          .value=${r?.lastVerifiedOn ?? ''}
          aria-invalid=${err('lastVerifiedOn') ? 'true' : 'false'}
          aria-describedby=${err('lastVerifiedOn') ? 'lastVerifiedOn-error' : nothing}
        />
        ${err('lastVerifiedOn') ? html`<p id="lastVerifiedOn-error" class="error">${err('lastVerifiedOn')}</p>` : nothing}
      </div>
      <div role="alert">
        ${this.formError ? html`<al-notice tone="error"><p>${this.formError}</p></al-notice>` : nothing}
      </div>
      <div class="actions">
        <al-button type="submit" variant="primary" ?busy=${this.saving}>
          ${r ? tres('form.saveChanges') : tres('form.add')}
        </al-button>
        ${r ? html`<al-button variant="quiet" @click=${this.cancel}>${tres('form.cancel')}</al-button>` : nothing}
      </div>
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const form = event.currentTarget as HTMLFormElement;
    const parsed = zResourceInput.safeParse(readInput(form));
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (field && errors[field] === undefined) errors[field] = fieldMessage(field);
      }
      await this.showErrors(form, errors);
      return;
    }
    this.saving = true;
    this.errors = {};
    this.formError = '';
    try {
      const input: ResourceInput = parsed.data;
      const editing = this.editing;
      const saved = editing ? await resourcesApi.update(editing.id, input) : await resourcesApi.create(input);
      this.resets += 1;
      await fireAndWait(this, 'al-resource-saved', { resource: saved, updated: editing !== undefined });
    } catch (error) {
      const field = isApiError(error) ? error.field?.split('.')[0] : undefined;
      if (field && (fieldNames as readonly string[]).includes(field)) {
        await this.showErrors(form, { [field]: fieldMessage(field) });
      } else {
        this.formError = errorText(error);
      }
    } finally {
      this.saving = false;
    }
  }

  private cancel(): void {
    if (this.editing) fire(this, 'al-resource-edit-cancel', { id: this.editing.id });
  }

  /**
   * Shows the errors and focuses the first field in error — of this form: the search above it has
   * fields of the same names (a category, say), which must not take the focus.
   */
  private async showErrors(form: HTMLFormElement, errors: FieldErrors): Promise<void> {
    this.errors = errors;
    this.formError = t('form.checkFields');
    await this.updateComplete;
    if (errors.lastVerifiedOn && Object.keys(errors).length === 1) {
      form.querySelector<HTMLElement>('#lastVerifiedOn')?.focus();
      return;
    }
    await focusFirstError(form, errors);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-resource-form': AlResourceForm;
  }
  interface HTMLElementEventMap {
    'al-resource-saved': CustomEvent<ResourceSaved>;
    'al-resource-edit-cancel': CustomEvent<{ id: string }>;
  }
}
