import type { AccessSitting } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { accessLogApi } from '../../data/access-log-client.js';
import { isAbort } from '../../data/api-error.js';
import { Resource } from '../../data/resource.js';
import { tal } from '../../i18n/access-log-i18n.js';
import { t } from '../../i18n/i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import { actionText, sittingSentence, sittingWhen } from './access-log-words.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';

const pageSize = 20;

interface LogState {
  sittings: AccessSitting[];
  nextBefore: string | null;
}

/**
 * "Who has looked at my record": the log read as sittings (grouped on the server), newest first.
 * A refusal stands out by a word, a mark and a border, not by colour alone. "Others only" hides
 * what the person did themselves.
 */
@customElement('page-access-log')
export class PageAccessLog extends PageElement {
  @state() private loadingMore = false;
  @state() private moreError = '';
  @state() private moreStatus = '';
  @state() private othersOnly = false;
  private moreAbort: AbortController | undefined;

  private readonly log = new Resource<LogState>(this, async (signal) => {
    const page = await accessLogApi.sittings({ limit: pageSize, others: this.others() }, signal);
    return { sittings: page.sittings, nextBefore: page.nextBefore };
  });

  private others(): 'true' | 'false' {
    return this.othersOnly ? 'true' : 'false';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreAbort?.abort();
  }

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${tal('accessLog.title')}</h1>
        <p class="lead">${tal('accessLog.lead')}</p>
      </div>
      <label class="filter">
        <input type="checkbox" .checked=${this.othersOnly} @change=${this.toggleOthers} />
        <span>${tal('accessLog.othersOnly')}</span>
      </label>
      ${renderResource(this.log, (log) => (log.sittings.length === 0 ? this.renderEmpty() : this.renderList(log)))}
    `;
  }

  private toggleOthers(event: Event): void {
    this.othersOnly = (event.target as HTMLInputElement).checked;
    this.moreAbort?.abort();
    this.moreStatus = '';
    void this.log.reload();
  }

  private renderEmpty() {
    return html`<p class="muted">${this.othersOnly ? tal('accessLog.emptyOthers') : tal('accessLog.empty')}</p>`;
  }

  private renderList(log: LogState) {
    return html`
      <h2 id="log-caption" class="visually-hidden">${tal('accessLog.listTitle')}</h2>
      <ul class="sittings" aria-labelledby="log-caption">
        ${log.sittings.map((s) => this.renderSitting(s))}
      </ul>
      <div class="more">
        <div role="status" class="visually-hidden">${this.moreStatus}</div>
        <div role="alert">
          ${this.moreError ? html`<al-notice tone="error"><p>${this.moreError}</p></al-notice>` : nothing}
        </div>
        ${
          log.nextBefore
            ? html`<al-button ?busy=${this.loadingMore} @click=${() => this.loadMore(log)}>
                ${this.loadingMore ? t('common.loading') : tal('accessLog.older')}
              </al-button>`
            : html`<p class="muted">${tal('accessLog.end')}</p>`
        }
      </div>
    `;
  }

  private renderSitting(s: AccessSitting) {
    const refused = s.outcome === 'denied';
    return html`<li class=${refused ? 'sitting refused' : 'sitting'} data-outcome=${s.outcome}>
      ${refused ? html`<span class="badge badge-alert"><span aria-hidden="true">⚠ </span>${tal('accessLog.denied')}</span>` : nothing}
      <p class="what">${sittingSentence(s)}</p>
      <p class="when muted"><time datetime=${s.to}>${sittingWhen(s)}</time></p>
      <details>
        <summary>${refused ? tal('accessLog.detailsRefused') : tal('accessLog.details')}</summary>
        <ul class="actions">
          ${s.actions.map((a) => html`<li>${tal('accessLog.actionTimes', { text: actionText(a.action), count: a.count })}</li>`)}
        </ul>
      </details>
    </li>`;
  }

  private async loadMore(log: LogState): Promise<void> {
    if (!log.nextBefore || this.loadingMore) return;
    this.moreAbort?.abort();
    const abort = new AbortController();
    this.moreAbort = abort;
    this.loadingMore = true;
    this.moreError = '';
    try {
      const page = await accessLogApi.sittings(
        { before: log.nextBefore, limit: pageSize, others: this.others() },
        abort.signal,
      );
      this.log.set({ sittings: [...log.sittings, ...page.sittings], nextBefore: page.nextBefore });
      this.moreStatus = tal('accessLog.loadedMore', { count: page.sittings.length });
    } catch (error) {
      if (!isAbort(error)) this.moreError = errorText(error);
    } finally {
      this.loadingMore = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .filter {
        display: flex;
        align-items: center;
        gap: var(--space-2);
        min-height: var(--target);
        margin-bottom: var(--space-4);
      }
      .filter input {
        width: 1.5rem;
        height: 1.5rem;
      }
      .sittings {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--space-3);
      }
      /* Words wrap between words only, in both languages, at any width. */
      .sitting {
        padding: var(--space-3);
        border: 1px solid var(--c-line);
        border-radius: 0.5rem;
        overflow-wrap: normal;
        word-break: normal;
        hyphens: manual;
      }
      .sitting p {
        margin: 0;
      }
      .sitting .when {
        margin-top: var(--space-1);
      }
      .refused {
        border: 3px solid var(--c-error);
      }
      .refused .what {
        font-weight: 600;
      }
      .more {
        margin-top: var(--space-4);
      }
      summary {
        cursor: pointer;
        min-height: var(--target);
        display: flex;
        align-items: center;
        color: var(--c-link);
        text-decoration: underline;
      }
      summary:focus-visible {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
      .actions {
        margin: 0;
        padding-inline-start: var(--space-5);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-access-log': PageAccessLog;
  }
}
