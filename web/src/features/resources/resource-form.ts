/**
 * The directory's add/edit form: its fields in order, the wording of each field's error, reading
 * the inputs into the shape the shared schema checks, and saving. It is a helper the page renders
 * into its own shadow root, not an element of its own, so the form stays in the same tree as the
 * page's heading and list (same DOM, same styles, same focus moves) and its `saving` can last
 * through the page's reload of the list after a save, as the button has always shown.
 */
import {
  type Resource as DirectoryEntry,
  type Pathway,
  pathways,
  type ResourceInput,
  resourceCategories,
  resourceCosts,
  zResourceInput,
} from '@alongside/shared';
import { html, type LitElement, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { isApiError } from '../../data/api-error.js';
import { resourcesApi } from '../../data/resources-client.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { type ResourcesKey, tres } from '../../i18n/resources-i18n.js';
import { errorText } from '../../ui/error-text.js';
import { type FieldErrors, focusFirstError, readForm } from '../../ui/form-helpers.js';
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
  lastVerifiedOn: 'error.lastVerifiedOn',
};

function fieldMessage(field: string): string {
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

/** What the page does around the form. */
export interface ResourceFormHooks {
  /** After a save, with the form already emptied; the submit button stays busy until this ends. */
  saved(resource: DirectoryEntry, updated: boolean): Promise<void>;
  /** After "Cancel" was pressed while editing `id`, once the page shows the empty form. */
  cancelled(id: string): void;
}

/** The form's state and behaviour; every change re-renders the page that holds it. */
export class ResourceForm {
  private entry: DirectoryEntry | undefined;
  private errors: FieldErrors = {};
  private formError = '';
  private saving = false;
  /** Bumped after a save, so the form is drawn afresh with empty boxes. */
  private resets = 0;

  constructor(
    private readonly host: LitElement,
    private readonly hooks: ResourceFormHooks,
  ) {}

  /** The entry being edited, or `undefined` while the form adds a new one. */
  get editing(): DirectoryEntry | undefined {
    return this.entry;
  }

  /** Starts editing `r`, with no errors from before. */
  edit(r: DirectoryEntry): void {
    this.entry = r;
    this.errors = {};
    this.formError = '';
    this.host.requestUpdate();
  }

  /**
   * Stops editing `id` if it is the one open (it was deleted); the form goes back to adding, with
   * no errors about the entry that is gone.
   */
  forget(id: string): void {
    if (this.editing?.id !== id) return;
    this.entry = undefined;
    this.errors = {};
    this.formError = '';
    this.host.requestUpdate();
  }

  render() {
    return keyed(`${this.editing?.id ?? 'new'}:${this.resets}`, this.renderForm());
  }

  private renderForm() {
    const r = this.editing;
    const err = (field: FieldName) => this.errors[field] ?? '';
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

  // Listeners are arrow functions: lit calls a listener with `this` set to the host element.
  private readonly submit = async (event: SubmitEvent): Promise<void> => {
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
    this.host.requestUpdate();
    try {
      const input: ResourceInput = parsed.data;
      const editing = this.editing;
      const saved = editing ? await resourcesApi.update(editing.id, input) : await resourcesApi.create(input);
      this.entry = undefined;
      this.resets += 1;
      this.host.requestUpdate();
      await this.hooks.saved(saved, editing !== undefined);
    } catch (error) {
      const field = isApiError(error) ? error.field?.split('.')[0] : undefined;
      if (field && (fieldNames as readonly string[]).includes(field)) {
        await this.showErrors(form, { [field]: fieldMessage(field) });
      } else {
        this.formError = errorText(error);
      }
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  };

  private readonly cancel = async (): Promise<void> => {
    const id = this.editing?.id;
    this.entry = undefined;
    this.errors = {};
    this.formError = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (id) this.hooks.cancelled(id);
  };

  /**
   * Shows the errors and focuses the first field in error — of this form: the search above it has
   * fields of the same names (a category, say), which must not take the focus.
   */
  private async showErrors(form: HTMLFormElement, errors: FieldErrors): Promise<void> {
    this.errors = errors;
    this.formError = t('form.checkFields');
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (errors.lastVerifiedOn && Object.keys(errors).length === 1) {
      form.querySelector<HTMLElement>('#lastVerifiedOn')?.focus();
      return;
    }
    await focusFirstError(form, errors);
  }
}
