import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError } from '../../data/api-error.js';
import { newClientOpId } from '../../data/client-op-id.js';
import type { LivePlan } from '../../data/live-plan.js';
import { conflictLines } from '../../data/offline/conflicts.js';
import type { OutboxEntry } from '../../data/offline/db.js';
import { toff } from '../../i18n/offline-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import '../../ui/al-button.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { commandText } from './command-text.js';

/**
 * What the outbox holds, for the person: each edit that met newer words (both versions side by
 * side; they choose), each command the server refused (with its reason; try again or dismiss),
 * and the changes waiting to be sent, in order. Nothing in the outbox is dropped without them.
 */
@customElement('al-outbox-panel')
export class AlOutboxPanel extends AlElement {
  @property({ attribute: false }) live: LivePlan | undefined;
  /** The live plan's revision: a new one re-renders the panel. */
  @property({ type: Number }) revision = 0;
  @state() private busy = '';

  override render() {
    const entries = this.live?.offline?.outbox.entries ?? [];
    const conflicts = entries.filter((e) => e.state === 'conflict');
    const refused = entries.filter((e) => e.state === 'refused');
    const queued = entries.filter((e) => e.state === 'pending');
    // Online, one change on its way is a matter of milliseconds: listed only when it waits for a
    // connection, or when there is a backlog being sent.
    const pending = this.live?.connection !== 'online' || queued.length > 1 ? queued : [];
    if (!conflicts.length && !refused.length && !pending.length) return nothing;
    return html`
      ${conflicts.map((e) => this.renderConflict(e))}
      ${
        refused.length
          ? html`<section class="box refused" aria-labelledby="refused-title">
              <h2 id="refused-title">${toff('offline.refusedTitle')}</h2>
              <ul class="plain-list">${refused.map((e) => this.renderRefused(e))}</ul>
            </section>`
          : nothing
      }
      ${
        pending.length
          ? html`<section class="box pending" aria-labelledby="pending-title">
              <h2 id="pending-title">${toff('offline.pendingTitle')}</h2>
              <p>${toff('offline.pendingCount', { count: pending.length })}</p>
              <ol class="pending-list">${pending.map((e) => html`<li>${commandText(e.command, this.live?.plan)}</li>`)}</ol>
            </section>`
          : nothing
      }
    `;
  }

  private renderConflict(entry: OutboxEntry) {
    const id = `conflict-${entry.clientOpId}`;
    return html`<section class="box conflict" aria-labelledby=${id}>
      <h2 id=${id}>${toff('offline.conflictTitle')}</h2>
      <p>${commandText(entry.command, this.live?.plan)}. ${toff('offline.conflictLead')}</p>
      ${conflictLines(entry).map(
        (line) => html`<div class="versions">
          <h3>${toff(`offline.field.${line.field}`)}</h3>
          <div class="two">
            <figure><figcaption>${toff('offline.yours')}</figcaption><blockquote class="theirs">${line.theirs}</blockquote></figure>
            <figure><figcaption>${toff('offline.current')}</figcaption><blockquote class="current">${line.current}</blockquote></figure>
          </div>
        </div>`,
      )}
      <div class="actions">
        <al-button ?busy=${this.busy === entry.clientOpId} @click=${() => this.act(entry, 'mine')}>${toff('offline.keepMine')}</al-button>
        <al-button @click=${() => this.act(entry, 'dismiss')}>${toff('offline.keepCurrent')}</al-button>
      </div>
    </section>`;
  }

  private renderRefused(entry: OutboxEntry) {
    const reason = entry.refusal ? errorText(new ApiError(entry.refusal)) : '';
    return html`<li class="refused-item">
      <p><strong>${commandText(entry.command, this.live?.plan)}</strong> — ${reason}</p>
      <div class="actions">
        <al-button ?busy=${this.busy === entry.clientOpId} @click=${() => this.act(entry, 'retry')}>${toff('offline.retry')}</al-button>
        <al-button @click=${() => this.act(entry, 'dismiss')}>${toff('offline.dismiss')}</al-button>
      </div>
    </li>`;
  }

  private async act(entry: OutboxEntry, what: 'mine' | 'retry' | 'dismiss'): Promise<void> {
    const offline = this.live?.offline;
    if (!offline) return;
    this.busy = entry.clientOpId;
    try {
      if (what === 'mine') await offline.keepMine(entry, newClientOpId());
      else if (what === 'retry') await offline.retry(entry, newClientOpId());
      else await offline.dismiss(entry);
    } finally {
      this.busy = '';
    }
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .box {
        border: 1px solid var(--c-line);
        border-radius: var(--radius-small);
        padding: var(--space-4);
        margin-block: var(--space-4);
      }
      .conflict {
        border-inline-start: 6px solid var(--c-focus);
      }
      h2 {
        font-size: 1.1rem;
        margin: 0 0 var(--space-2);
      }
      h3 {
        font-size: 1rem;
        margin: var(--space-3) 0 var(--space-2);
      }
      .two {
        display: grid;
        gap: var(--space-3);
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      }
      figure {
        margin: 0;
      }
      figcaption {
        font-weight: 600;
      }
      blockquote {
        margin: var(--space-2) 0 0;
        padding: var(--space-2) var(--space-3);
        background: var(--c-surface-soft);
        border-inline-start: 3px solid var(--c-line);
        white-space: pre-wrap;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
        margin-top: var(--space-3);
      }
      .refused-item + .refused-item {
        margin-top: var(--space-3);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-outbox-panel': AlOutboxPanel;
  }
}
