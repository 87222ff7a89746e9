import type { AccessLogEntry } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { isAbort } from '../../data/api-error.js';
import { api } from '../../data/client.js';
import { Resource } from '../../data/resource.js';
import { formatDateTime, type MessageKey, t } from '../../i18n/i18n.js';
import { isPlanKey, tp } from '../../i18n/plan-i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';

const pageSize = 25;

/** Plain-language names for the audit's action codes; an unknown code is shown as it is. */
const actionKeys: Partial<Record<string, MessageKey>> = {
  'account.create': 'accessLog.action.accountCreate',
  'account.list': 'accessLog.action.accountList',
  'account.disable': 'accessLog.action.accountDisable',
  'account.enable': 'accessLog.action.accountEnable',
  'partnership.list': 'accessLog.action.partnershipList',
  'partnership.create': 'accessLog.action.partnershipCreate',
  'partnership.end': 'accessLog.action.partnershipEnd',
  'plan.read': 'accessLog.action.planRead',
  'plan.overview': 'accessLog.action.planOverview',
  'plan.read.goals': 'accessLog.action.planReadGoals',
  'plan.read.check-ins': 'accessLog.action.planReadCheckIns',
  'plan.read.choices': 'accessLog.action.planReadChoices',
  'plan.read.suggestions': 'accessLog.action.planReadSuggestions',
  'plan.read.supports': 'accessLog.action.planReadSupports',
  'plan.read.history': 'accessLog.action.planReadHistory',
  'plan.read.live': 'accessLog.action.planReadLive',
  'note.list': 'accessLog.action.noteList',
  'note.read': 'accessLog.action.noteRead',
  'note.draft': 'accessLog.action.noteDraft',
  'note.edit': 'accessLog.action.noteEdit',
  'note.amend': 'accessLog.action.noteAmend',
  'note.participant-view': 'accessLog.action.noteParticipantView',
  'live-session.start': 'accessLog.action.liveSessionStart',
  'live-session.join': 'accessLog.action.liveSessionJoin',
  'live-session.end': 'accessLog.action.liveSessionEnd',
  'live-session.list': 'accessLog.action.liveSessionList',
  'live-session.read': 'accessLog.action.liveSessionRead',
  'live-session.presence-code': 'accessLog.action.liveSessionPresenceCode',
  'live-session.confirm-presence': 'accessLog.action.liveSessionConfirmPresence',
  'note.co-signed': 'accessLog.action.noteCoSigned',
  'note.sees-differently': 'accessLog.action.noteSeesDifferently',
};

/** A change to the plan (`plan.goal.create`…) in the same words as the plan's history. */
function actionText(action: string): string {
  const key = actionKeys[action];
  if (key) return t(key);
  const history = `history.${action.replace(/^plan\./, '')}`;
  if (action.startsWith('plan.') && isPlanKey(history)) return tp(history);
  return action;
}

interface LogState {
  entries: AccessLogEntry[];
  nextBefore: string | null;
}

/** "Who has looked at my record": every read or change of the participant's data, newest first. */
@customElement('page-access-log')
export class PageAccessLog extends PageElement {
  @state() private loadingMore = false;
  @state() private moreError = '';
  @state() private moreStatus = '';
  private moreAbort: AbortController | undefined;

  private readonly log = new Resource<LogState>(this, async (signal) => {
    const page = await api.accessLog.page({ limit: pageSize }, signal);
    return { entries: page.entries, nextBefore: page.nextBefore };
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreAbort?.abort();
  }

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${t('accessLog.title')}</h1>
        <p class="lead">${t('accessLog.lead')}</p>
      </div>
      ${renderResource(this.log, (log) => (log.entries.length === 0 ? this.renderEmpty() : this.renderTable(log)))}
    `;
  }

  private renderEmpty() {
    return html`<p class="muted">${t('accessLog.empty')}</p>`;
  }

  private renderTable(log: LogState) {
    return html`
      <div class="table-wrap" role="region" aria-labelledby="log-caption" tabindex="0">
        <table>
          <caption id="log-caption">${t('accessLog.caption', { count: log.entries.length })}</caption>
          <thead>
            <tr>
              <th scope="col">${t('accessLog.when')}</th>
              <th scope="col">${t('accessLog.who')}</th>
              <th scope="col">${t('accessLog.role')}</th>
              <th scope="col">${t('accessLog.action')}</th>
              <th scope="col">${t('accessLog.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            ${log.entries.map((entry) => this.renderRow(entry))}
          </tbody>
        </table>
      </div>
      <div class="more">
        <div role="status" class="visually-hidden">${this.moreStatus}</div>
        <div role="alert">
          ${this.moreError ? html`<al-notice tone="error"><p>${this.moreError}</p></al-notice>` : nothing}
        </div>
        ${
          log.nextBefore
            ? html`<al-button ?busy=${this.loadingMore} @click=${() => this.loadMore(log)}>
                ${this.loadingMore ? t('common.loading') : t('accessLog.older')}
              </al-button>`
            : html`<p class="muted">${t('accessLog.end')}</p>`
        }
      </div>
    `;
  }

  private renderRow(entry: AccessLogEntry) {
    const who =
      entry.actor.id !== null && entry.actor.id === this.me?.id
        ? t('accessLog.you')
        : entry.actor.name || t('accessLog.system');
    return html`<tr>
      <td><time datetime=${entry.at}>${formatDateTime(entry.at)}</time></td>
      <td>${who}</td>
      <td>${entry.actor.role ? t(`role.${entry.actor.role}`) : t('accessLog.noRole')}</td>
      <td>${actionText(entry.action)}</td>
      <td>
        <span class=${entry.outcome === 'allowed' ? 'badge' : 'badge badge-alert'}>
          ${entry.outcome === 'allowed' ? t('accessLog.allowed') : t('accessLog.denied')}
        </span>
      </td>
    </tr>`;
  }

  private async loadMore(log: LogState): Promise<void> {
    if (!log.nextBefore || this.loadingMore) return;
    this.moreAbort?.abort();
    const abort = new AbortController();
    this.moreAbort = abort;
    this.loadingMore = true;
    this.moreError = '';
    try {
      const page = await api.accessLog.page({ before: log.nextBefore, limit: pageSize }, abort.signal);
      this.log.set({ entries: [...log.entries, ...page.entries], nextBefore: page.nextBefore });
      this.moreStatus = t('accessLog.loadedMore', { count: page.entries.length });
    } catch (error) {
      if (!isAbort(error)) this.moreError = errorText(error);
    } finally {
      this.loadingMore = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .more {
        margin-top: var(--space-4);
      }
      td:first-child {
        white-space: nowrap;
      }
      @media (max-width: 30rem) {
        td:first-child {
          white-space: normal;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-access-log': PageAccessLog;
  }
}
