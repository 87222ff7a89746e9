import {
  can,
  type Resource as DirectoryEntry,
  type Pathway,
  pathways,
  type ResourceImportProblem,
  type ResourceInput,
  type ResourceSearchQuery,
  resourceCategories,
  resourceCosts,
  zResourceInput,
  zResourceSearchQuery,
} from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { isApiError } from '../../api/api-error.js';
import { planApi } from '../../api/plan-client.js';
import { type ImportRefusal, resourcesApi } from '../../api/resources-client.js';
import type { SelectOption } from '../../components/al-select.js';
import { renderResource } from '../../components/async-state.js';
import { Resource } from '../../controllers/resource.js';
import { errorText } from '../../forms/error-text.js';
import { type FieldErrors, focusFirstError, readForm } from '../../forms/form-helpers.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { type ResourcesKey, tres } from '../../i18n/resources-i18n.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { PageElement } from '../page-element.js';
import { formatDay } from '../plan/referral-sections.js';
import '../../components/al-button.js';
import '../../components/al-field.js';
import '../../components/al-notice.js';
import '../../components/al-select.js';
import '../../components/al-textarea.js';

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

/** The wording of `invalid_format` by zod's format name; other formats get the general wording. */
const formatKey: Partial<Record<string, ResourcesKey>> = {
  email: 'csv.problem.invalid_format.email',
  url: 'csv.problem.invalid_format.url',
  date: 'csv.problem.invalid_format.date',
};

/** What is wrong and what to do, in the person's language, from the server's code and params. */
function problemText(problem: ResourceImportProblem): string {
  switch (problem.code) {
    case 'unknown_column':
      return tres('csv.problem.unknown_column', problem.params);
    case 'invalid_value':
      return tres('csv.problem.invalid_value', problem.params);
    case 'field_count':
      return tres('csv.problem.field_count', problem.params);
    case 'too_long':
      return tres('csv.problem.too_long', problem.params);
    case 'invalid_format':
      // Language codes are checked with a pattern, which zod reports only as `regex`.
      if (problem.field === 'languages') return tres('csv.problem.invalid_format.languages');
      return tres(formatKey[problem.params.format] ?? 'csv.problem.invalid_format');
    default:
      return tres(`csv.problem.${problem.code}`);
  }
}

/** One refused line; a problem without a code this page knows is shown in the server's (English) words. */
function refusedLine(problem: ImportRefusal['lines'][number]): string {
  const message = 'code' in problem ? problemText(problem) : problem.message;
  return problem.field === 'csv'
    ? tres('csv.lineOnly', { line: problem.line, message })
    : tres('csv.line', { line: problem.line, field: problem.field, message });
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The community-resource directory. Everyone who may read it searches and filters it; admins and
 * specialists also add, edit, delete and exchange it as CSV; a participant saves a resource to
 * their own plan as a referral they follow up themselves.
 */
@customElement('page-resources')
export class PageResources extends PageElement {
  @state() private query: ResourceSearchQuery = {};
  @state() private errors: FieldErrors = {};
  @state() private formError = '';
  @state() private saving = false;
  @state() private editing: DirectoryEntry | undefined;
  @state() private formKey = 0;
  @state() private searchKey = 0;
  @state() private confirming: string | undefined;
  @state() private busyId: string | undefined;
  @state() private feedback = '';
  @state() private listError = '';
  @state() private importing = false;
  @state() private importDone = '';
  @state() private importError = '';
  @state() private importRefused: ImportRefusal | undefined;
  @state() private savedResourceIds: ReadonlySet<string> = new Set();
  private readonly seenLanguages = new Set<string>(['en', 'es']);

  private readonly results = new Resource(this, async (signal) => {
    const { resources } = await resourcesApi.search(this.query, signal);
    for (const r of resources) for (const l of r.languages) this.seenLanguages.add(l);
    return resources;
  });

  private readonly referrals = new Resource(this, async (signal) => {
    if (this.me?.role !== 'participant') return new Set<string>();
    const snapshot = await planApi.plan.snapshot(this.me.id, signal);
    return new Set(snapshot.referrals.flatMap((r) => (r.resourceId ? [r.resourceId] : [])));
  });

  private get manages(): boolean {
    return this.me !== null && can(this.me.role, 'resources:manage');
  }

  private get participant(): boolean {
    return this.me?.role === 'participant';
  }

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${t('title.resources')}</h1>
        <p class="lead">${tres('lead')}</p>
        ${this.manages ? html`<p>${tres('leadManage')}</p>` : nothing}
      </div>
      <section aria-labelledby="search-title">
        <h2 id="search-title">${tres('search.title')}</h2>
        <div class="card card-soft">${keyed(this.searchKey, this.renderSearch())}</div>
      </section>
      <section aria-labelledby="results-title">
        <h2 id="results-title" tabindex="-1">${tres('results.title')}</h2>
        <div role="status" class="visually-hidden">${this.feedback}</div>
        <div role="alert">
          ${this.listError ? html`<al-notice tone="error"><p>${this.listError}</p></al-notice>` : nothing}
        </div>
        ${renderResource(this.results, (list) => this.renderResults(list))}
      </section>
      ${
        this.manages
          ? html`<section aria-labelledby="form-title">
                <h2 id="form-title" tabindex="-1">
                  ${this.editing ? tres('form.editTitle', { name: this.editing.name }) : tres('form.addTitle')}
                </h2>
                <div class="card">${keyed(`${this.editing?.id ?? 'new'}:${this.formKey}`, this.renderForm())}</div>
              </section>
              <section aria-labelledby="csv-title">
                <h2 id="csv-title">${tres('csv.title')}</h2>
                <div class="card card-soft">${this.renderCsv()}</div>
              </section>`
          : nothing
      }
    `;
  }

  private renderSearch() {
    const any: SelectOption = { value: '', label: tres('search.any') };
    const languages = [...this.seenLanguages].sort().map((code) => ({ value: code, label: languageName(code) }));
    return html`<form class="search" role="search" novalidate @submit=${this.search}>
      <al-field
        class="q"
        name="q"
        label=${tres('search.q')}
        hint=${tres('search.qHint')}
        .value=${this.query.q ?? ''}
        maxlength="100"
      ></al-field>
      <al-select
        name="category"
        label=${tres('search.category')}
        .value=${this.query.category ?? ''}
        .options=${[any, ...resourceCategories.map((c) => ({ value: c, label: tres(`category.${c}`) }))]}
      ></al-select>
      <al-select
        name="language"
        label=${tres('search.language')}
        .value=${this.query.language ?? ''}
        .options=${[any, ...languages]}
      ></al-select>
      <al-select
        name="pathway"
        label=${tres('search.pathway')}
        .value=${this.query.pathway ?? ''}
        .options=${[any, ...pathways.map((p) => ({ value: p, label: tp(`pathway.${p}`) }))]}
      ></al-select>
      <div class="actions">
        <al-button type="submit" variant="primary">${tres('search.submit')}</al-button>
        <al-button variant="quiet" @click=${this.clearSearch}>${tres('search.clear')}</al-button>
      </div>
    </form>`;
  }

  private renderResults(list: readonly DirectoryEntry[]) {
    const filtered = Object.values(this.query).some((v) => v);
    if (list.length === 0) {
      return html`<p class="muted">${filtered ? tres('results.empty') : tres('results.emptyDirectory')}</p>`;
    }
    return html`<p class="muted" aria-live="polite">${tres('results.count', { count: list.length })}</p>
      <ul class="item-list results">
        ${list.map((r) => this.renderItem(r))}
      </ul>`;
  }

  private renderItem(r: DirectoryEntry) {
    const address = [r.addressLine, r.city, r.region, r.postalCode].filter(Boolean).join(', ');
    const contact = [r.phone, r.email].filter((v): v is string => Boolean(v));
    const headingId = `resource-${r.id}`;
    return html`<li class="item resource" aria-labelledby=${headingId}>
      <div class="item-main">
        <h3 id=${headingId} class="item-title">${r.name}</h3>
        <p class="tags">
          <span class="badge">${tres(`category.${r.category}`)}</span>
          ${r.stale ? html`<span class="badge badge-alert">${tres('item.stale')}</span>` : nothing}
        </p>
        ${r.description ? html`<p>${r.description}</p>` : nothing}
        <dl class="facts">
          ${
            r.languages.length > 0
              ? html`<div>
                  <dt>${tres('search.language')}</dt>
                  <dd>${r.languages.map(languageName).join(', ')}</dd>
                </div>`
              : nothing
          }
          ${address ? html`<div><dt>${tres('item.address')}</dt><dd>${address}</dd></div>` : nothing}
          ${r.hours ? html`<div><dt>${tres('item.hours')}</dt><dd>${r.hours}</dd></div>` : nothing}
          ${
            contact.length > 0 || r.website
              ? html`<div>
                  <dt>${tres('item.contact')}</dt>
                  <dd>
                    ${contact.join(' · ')}
                    ${
                      r.website
                        ? html`${contact.length > 0 ? html`<br />` : nothing}<a
                              href=${r.website}
                              target="_blank"
                              rel="noopener noreferrer"
                              >${r.website}</a
                            >`
                        : nothing
                    }
                  </dd>
                </div>`
              : nothing
          }
          <div><dt>${tres('item.cost')}</dt><dd>${tres(`cost.${r.cost}`)}</dd></div>
          ${
            r.pathways.length > 0
              ? html`<div>
                  <dt>${tres('item.pathways')}</dt>
                  <dd>${r.pathways.map((p) => tp(`pathway.${p}`)).join(', ')}</dd>
                </div>`
              : nothing
          }
        </dl>
        <p class="item-meta">
          ${r.lastVerifiedOn ? tres('item.verified', { date: formatDay(r.lastVerifiedOn) }) : tres('item.neverVerified')}
        </p>
      </div>
      ${this.renderItemActions(r)}
    </li>`;
  }

  private renderItemActions(r: DirectoryEntry) {
    const name = html`<span class="visually-hidden"> ${r.name}</span>`;
    if (this.participant) {
      const saved = this.savedResourceIds.has(r.id) || (this.referrals.value?.has(r.id) ?? false);
      return html`<div class="actions">
        ${
          saved
            ? html`<span class="badge badge-good">${tres('item.saved')}</span>`
            : html`<al-button variant="primary" ?busy=${this.busyId === r.id} @click=${() => this.saveToPlan(r)}>
                ${tres('item.save')}${name}
              </al-button>`
        }
      </div>`;
    }
    if (!this.manages) return nothing;
    if (this.confirming === r.id) {
      return html`<div class="actions">
        <p class="confirm">${tres('item.confirmDelete')}</p>
        <al-button variant="danger" data-confirm=${r.id} ?busy=${this.busyId === r.id} @click=${() => this.deleteResource(r)}>
          ${tres('item.confirmYes')}${name}
        </al-button>
        <al-button variant="quiet" @click=${() => this.cancelDelete(r)}>${t('common.cancel')}</al-button>
      </div>`;
    }
    return html`<div class="actions">
      <al-button @click=${() => this.startEdit(r)}>${tres('item.edit')}${name}</al-button>
      <al-button variant="quiet" data-delete=${r.id} @click=${() => this.askDelete(r)}>
        ${tres('item.delete')}${name}
      </al-button>
    </div>`;
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
        ${r ? html`<al-button variant="quiet" @click=${this.cancelEdit}>${tres('form.cancel')}</al-button>` : nothing}
      </div>
    </form>`;
  }

  private renderCsv() {
    return html`<p>${tres('csv.lead')}</p>
      <p><a class="button-link" href=${resourcesApi.csvHref} download="resources.csv">${tres('csv.download')}</a></p>
      <form class="csv" novalidate @submit=${this.importCsv}>
        <div class="date">
          <label for="csv-file">${tres('csv.file')}</label>
          <input id="csv-file" name="file" type="file" accept=".csv,text/csv" />
        </div>
        <div class="actions">
          <al-button type="submit" ?busy=${this.importing}>${tres('csv.import')}</al-button>
        </div>
      </form>
      <div role="status">
        ${this.importDone ? html`<al-notice tone="success"><p>${this.importDone}</p></al-notice>` : nothing}
      </div>
      <div role="alert">
        ${this.importError ? html`<al-notice tone="error"><p>${this.importError}</p></al-notice>` : nothing}
        ${
          this.importRefused
            ? html`<al-notice tone="error">
                <p>${tres('csv.refused')}</p>
                <ul class="problems">
                  ${this.importRefused.lines.map((l) => html`<li>${refusedLine(l)}</li>`)}
                </ul>
              </al-notice>`
            : nothing
        }
      </div>`;
  }

  private async search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.currentTarget as HTMLFormElement);
    const cleaned = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
    const parsed = zResourceSearchQuery.safeParse(cleaned);
    this.query = parsed.success ? parsed.data : {};
    this.feedback = '';
    await this.results.reload();
  }

  private async clearSearch(): Promise<void> {
    this.query = {};
    this.searchKey += 1;
    await this.results.reload();
  }

  /** The form's values as the shared input schema expects them (empty means "not given"). */
  private readInput(form: HTMLFormElement): Record<string, unknown> {
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

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const parsed = zResourceInput.safeParse(this.readInput(event.currentTarget as HTMLFormElement));
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (field && errors[field] === undefined) errors[field] = fieldMessage(field);
      }
      await this.showErrors(errors);
      return;
    }
    this.saving = true;
    this.errors = {};
    this.formError = '';
    try {
      const input: ResourceInput = parsed.data;
      const editing = this.editing;
      const saved = editing ? await resourcesApi.update(editing.id, input) : await resourcesApi.create(input);
      this.feedback = editing ? tres('updated', { name: saved.name }) : tres('added', { name: saved.name });
      this.editing = undefined;
      this.formKey += 1;
      await this.results.reload();
    } catch (error) {
      const field = isApiError(error) ? error.field?.split('.')[0] : undefined;
      if (field && (fieldNames as readonly string[]).includes(field)) {
        await this.showErrors({ [field]: fieldMessage(field) });
      } else {
        this.formError = errorText(error);
      }
    } finally {
      this.saving = false;
    }
  }

  private async showErrors(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    this.formError = t('form.checkFields');
    await this.updateComplete;
    if (errors.lastVerifiedOn && Object.keys(errors).length === 1) {
      this.renderRoot.querySelector<HTMLElement>('#lastVerifiedOn')?.focus();
      return;
    }
    await focusFirstError(this.renderRoot, errors);
  }

  private async startEdit(r: DirectoryEntry): Promise<void> {
    this.editing = r;
    this.errors = {};
    this.formError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-title')?.focus();
  }

  private async cancelEdit(): Promise<void> {
    const id = this.editing?.id;
    this.editing = undefined;
    this.errors = {};
    this.formError = '';
    await this.updateComplete;
    if (id) this.renderRoot.querySelector<HTMLElement>(`#resource-${id}`)?.scrollIntoView({ block: 'center' });
  }

  private async askDelete(r: DirectoryEntry): Promise<void> {
    this.confirming = r.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`al-button[data-confirm="${r.id}"]`)?.focus();
  }

  private async cancelDelete(r: DirectoryEntry): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`al-button[data-delete="${r.id}"]`)?.focus();
  }

  private async deleteResource(r: DirectoryEntry): Promise<void> {
    this.busyId = r.id;
    this.listError = '';
    try {
      await resourcesApi.remove(r.id);
      this.feedback = tres('deleted', { name: r.name });
      this.confirming = undefined;
      if (this.editing?.id === r.id) this.editing = undefined;
      this.results.set((this.results.value ?? []).filter((x) => x.id !== r.id));
      this.renderRoot.querySelector<HTMLElement>('#results-title')?.focus();
    } catch (error) {
      this.listError = errorText(error);
    } finally {
      this.busyId = undefined;
    }
  }

  private async saveToPlan(r: DirectoryEntry): Promise<void> {
    if (!this.me || this.busyId) return;
    this.busyId = r.id;
    this.listError = '';
    try {
      await planApi.plan.command(this.me.id, { type: 'referral.create', resourceId: r.id }, crypto.randomUUID());
      this.savedResourceIds = new Set([...this.savedResourceIds, r.id]);
      this.feedback = tres('savedToPlan', { name: r.name });
    } catch (error) {
      this.listError = errorText(error);
    } finally {
      this.busyId = undefined;
    }
  }

  private async importCsv(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.importing) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#csv-file');
    const file = input?.files?.[0];
    this.importDone = '';
    this.importError = '';
    this.importRefused = undefined;
    if (!file) {
      this.importError = tres('csv.chooseFile');
      input?.focus();
      return;
    }
    this.importing = true;
    try {
      const outcome = await resourcesApi.importCsv(await file.text());
      if (outcome.ok) {
        this.importDone = tres('csv.done', outcome.result);
        if (input) input.value = '';
        await this.results.reload();
      } else {
        this.importRefused = outcome.errors;
      }
    } catch (error) {
      this.importError = errorText(error);
    } finally {
      this.importing = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .search {
        display: grid;
        gap: var(--space-3);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
        align-items: end;
      }
      .search .q,
      .search .actions {
        grid-column: 1 / -1;
      }
      .resource {
        align-items: flex-start;
      }
      .resource h3 {
        margin: 0;
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
        margin: var(--space-2) 0;
      }
      .facts {
        display: grid;
        gap: var(--space-1, 0.25rem);
        margin: 0 0 var(--space-2);
      }
      .facts div {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--space-2);
      }
      .facts dt {
        font-weight: 600;
      }
      .facts dt::after {
        content: ':';
      }
      .facts dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .facts a {
        display: inline-block;
        min-height: var(--target);
        padding-block: 0.6rem;
      }
      .confirm {
        margin: 0;
        font-weight: 600;
      }
      .choices {
        border: 1px solid var(--c-border, var(--c-muted));
        border-radius: var(--radius-small);
        padding: var(--space-2) var(--space-3);
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
      }
      legend {
        font-weight: 600;
        padding: 0 var(--space-1, 0.25rem);
      }
      .optional {
        font-weight: 400;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: var(--space-2);
        min-height: var(--target);
        cursor: pointer;
      }
      .choice input {
        width: 1.25rem;
        height: 1.25rem;
        margin: 0;
      }
      .date {
        display: grid;
        gap: var(--space-1, 0.25rem);
      }
      .date label {
        font-weight: 600;
      }
      .date input {
        font: inherit;
        min-height: var(--target);
        padding: 0.4rem 0.6rem;
        border: 1px solid var(--c-muted);
        border-radius: var(--radius-small);
        background: var(--c-surface);
        color: var(--c-text);
        width: 100%;
        min-width: 0;
      }
      .error {
        color: var(--c-error);
        font-weight: 600;
        margin: 0;
      }
      .csv {
        display: grid;
        gap: var(--space-3);
        margin-bottom: var(--space-3);
      }
      .button-link {
        display: inline-flex;
        align-items: center;
        min-height: var(--target);
        font-weight: 600;
      }
      .problems {
        margin: 0;
        padding-left: 1.25rem;
        overflow-wrap: anywhere;
      }
      #results-title:focus,
      #form-title:focus {
        outline: none;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-resources': PageResources;
  }
}
