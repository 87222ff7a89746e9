import { type Partnership, zCreatePartnership } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { partnershipsApi, usersApi } from '../../data/people-client.js';
import { Resource } from '../../data/resource.js';
import { tad } from '../../i18n/admin-i18n.js';
import { formatDate, t } from '../../i18n/i18n.js';
import type { SelectOption } from '../../ui/al-select.js';
import { renderResource } from '../../ui/async-state.js';
import { errorText } from '../../ui/error-text.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';

/** Admin: start a partnership between a specialist and a participant, see them all, end one. */
@customElement('page-partnerships')
export class PagePartnerships extends PageElement {
  private readonly form = new FormState(this, () => ({
    specialistId: tad('partnerships.chooseSpecialist'),
    participantId: tad('partnerships.chooseParticipant'),
  }));
  @state() private confirming: string | undefined;
  @state() private ending: string | undefined;
  @state() private feedback = '';
  @state() private listError = '';

  private readonly partnerships = new Resource(this, async (signal) => {
    const { partnerships } = await partnershipsApi.list(signal);
    return [...partnerships].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  });
  private readonly users = new Resource(this, async (signal) => (await usersApi.list(signal)).users);

  override render() {
    const list = this.partnerships.value ?? [];
    const active = list.filter((p) => p.endedAt === null);
    const ended = list.filter((p) => p.endedAt !== null);
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${tad('partnerships.title')}</h1>
        <p class="lead">${tad('partnerships.lead')}</p>
      </div>
      <section aria-labelledby="start-title">
        <h2 id="start-title">${tad('partnerships.startTitle')}</h2>
        <div class="card">${renderResource(this.users, () => this.renderForm())}</div>
      </section>
      <section aria-labelledby="active-title">
        <h2 id="active-title" tabindex="-1">${tad('partnerships.activeTitle')}</h2>
        <div role="status" class="visually-hidden">${this.feedback}</div>
        <div role="alert">
          ${this.listError ? html`<al-notice tone="error"><p>${this.listError}</p></al-notice>` : nothing}
        </div>
        ${renderResource(this.partnerships, () =>
          active.length === 0
            ? html`<p class="muted">${tad('partnerships.activeEmpty')}</p>`
            : html`<ul class="item-list">
                ${active.map((p) => this.renderActive(p))}
              </ul>`,
        )}
      </section>
      ${
        ended.length > 0
          ? html`<section aria-labelledby="ended-title">
              <h2 id="ended-title">${tad('partnerships.endedTitle')}</h2>
              <ul class="item-list">
                ${ended.map(
                  (p) => html`<li class="item">
                    <div class="item-main">
                      <p class="item-title">${tad('partnerships.pair', { specialist: p.specialist.name, participant: p.participant.name })}</p>
                      <p class="item-meta">
                        ${tad('partnerships.range', { from: formatDate(p.startedAt), to: formatDate(p.endedAt ?? p.startedAt) })}
                      </p>
                    </div>
                  </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
    `;
  }

  private renderForm() {
    const users = (this.users.value ?? []).filter((u) => !u.disabled);
    const options = (role: 'specialist' | 'participant'): SelectOption[] => [
      { value: '', label: tad('partnerships.choose') },
      ...users.filter((u) => u.role === role).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
    ];
    return html`<form class="form-grid" novalidate @submit=${this.create}>
      <al-select
        name="specialistId"
        label=${t('role.specialist')}
        .options=${options('specialist')}
        .error=${this.form.error('specialistId')}
      ></al-select>
      <al-select
        name="participantId"
        label=${t('role.participant')}
        .options=${options('participant')}
        .error=${this.form.error('participantId')}
      ></al-select>
      ${this.form.renderEnd({ submit: tad('partnerships.start') })}
    </form>`;
  }

  private renderActive(p: Partnership) {
    const confirming = this.confirming === p.id;
    const pair = tad('partnerships.pair', { specialist: p.specialist.name, participant: p.participant.name });
    return html`<li class="item">
      <div class="item-main">
        <p class="item-title">${pair}</p>
        <p class="item-meta">${tad('partnerships.since', { date: formatDate(p.startedAt) })}</p>
      </div>
      <div class="actions">
        ${
          confirming
            ? html`<p class="confirm" id="confirm-${p.id}">${tad('partnerships.confirmEnd')}</p>
                <al-button variant="danger" ?busy=${this.ending === p.id} @click=${() => this.end(p)}>
                  ${tad('partnerships.confirmYes')}<span class="visually-hidden"> ${pair}</span>
                </al-button>
                <al-button variant="quiet" @click=${() => this.cancelEnd(p)}>${t('common.cancel')}</al-button>`
            : html`<al-button data-end=${p.id} @click=${() => this.askEnd(p)}>
                ${tad('partnerships.end')}<span class="visually-hidden"> ${pair}</span>
              </al-button>`
        }
      </div>
    </li>`;
  }

  private async askEnd(p: Partnership): Promise<void> {
    this.confirming = p.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('al-button[variant="danger"]')?.focus();
  }

  private async cancelEnd(p: Partnership): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`al-button[data-end="${p.id}"]`)?.focus();
  }

  private async end(p: Partnership): Promise<void> {
    this.ending = p.id;
    this.listError = '';
    try {
      await partnershipsApi.end(p.id);
      this.feedback = tad('partnerships.endedFeedback', {
        specialist: p.specialist.name,
        participant: p.participant.name,
      });
      this.confirming = undefined;
      await this.partnerships.reload();
      this.renderRoot.querySelector<HTMLElement>('#active-title')?.focus();
    } catch (error) {
      this.listError = errorText(error);
    } finally {
      this.ending = undefined;
    }
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.form.submit(zCreatePartnership, readForm(event.currentTarget as HTMLFormElement), async (data) => {
      const created = await partnershipsApi.create(data);
      this.feedback = tad('partnerships.startedFeedback', {
        specialist: created.specialist.name,
        participant: created.participant.name,
      });
      this.partnerships.set([created, ...(this.partnerships.value ?? [])]);
    });
  }

  static override styles = [
    sharedStyles,
    css`
      .item .actions {
        justify-content: flex-end;
      }
      .confirm {
        margin: 0;
        font-weight: 600;
      }
      #active-title:focus {
        outline: none;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-partnerships': PagePartnerships;
  }
}
