import {
  can,
  type Resource as DirectoryEntry,
  pathways,
  type ResourceSearchQuery,
  resourceCategories,
  zResourceSearchQuery,
} from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { planApi } from '../../data/plan-client.js';
import { Resource } from '../../data/resource.js';
import { resourcesApi } from '../../data/resources-client.js';
import '../../features/resources/al-resource-csv.js';
import '../../features/resources/al-resource-form.js';
import type { ResourceSaved } from '../../features/resources/al-resource-form.js';
import { languageName, renderResourceEntry } from '../../features/resources/resource-entry.js';
import { resourceStyles } from '../../features/resources/resource-styles.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import type { SelectOption } from '../../ui/al-select.js';
import { renderResource } from '../../ui/async-state.js';
import { errorText } from '../../ui/error-text.js';
import type { WaitUntil } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';

/**
 * The community-resource directory. Everyone who may read it searches and filters it; admins and
 * specialists also add, edit, delete and exchange it as CSV; a participant saves a resource to
 * their own plan as a referral they follow up themselves. The add/edit form (`al-resource-form`)
 * and the CSV part (`al-resource-csv`) render into this page's tree and styles.
 */
@customElement('page-resources')
export class PageResources extends PageElement {
  @state() private query: ResourceSearchQuery = {};
  @state() private searchKey = 0;
  @state() private confirming: string | undefined;
  /** The entry open in the form for editing, if any. */
  @state() private editing: DirectoryEntry | undefined;
  @state() private busyId: string | undefined;
  @state() private feedback = '';
  @state() private listError = '';
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
                <div class="card">
                  <al-resource-form
                    .editing=${this.editing}
                    @al-resource-saved=${this.onSaved}
                    @al-resource-edit-cancel=${this.onEditCancel}
                  ></al-resource-form>
                </div>
              </section>
              <section aria-labelledby="csv-title">
                <h2 id="csv-title">${tres('csv.title')}</h2>
                <div class="card card-soft">
                  <al-resource-csv @al-resources-imported=${this.onImported}></al-resource-csv>
                </div>
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
        ${list.map((r) => renderResourceEntry(r, this.renderItemActions(r)))}
      </ul>`;
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

  private onSaved(event: CustomEvent<ResourceSaved>): void {
    const { resource, updated } = event.detail;
    this.editing = undefined;
    this.feedback = updated ? tres('updated', { name: resource.name }) : tres('added', { name: resource.name });
    event.detail.waitUntil(this.results.reload());
  }

  private onImported(event: CustomEvent<WaitUntil>): void {
    event.detail.waitUntil(this.results.reload());
  }

  private async onEditCancel(event: CustomEvent<{ id: string }>): Promise<void> {
    this.editing = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#resource-${event.detail.id}`)?.scrollIntoView({ block: 'center' });
  }

  private async startEdit(r: DirectoryEntry): Promise<void> {
    this.editing = r;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-title')?.focus();
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
      // Deleting the entry open for editing leaves the add form, without its errors.
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

  static override styles = [sharedStyles, resourceStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-resources': PageResources;
  }
}
