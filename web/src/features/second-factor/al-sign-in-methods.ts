import type { SecondFactorEvent, SecondFactorMethod, SecondFactorStatus } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { Resource } from '../../data/resource.js';
import { secondFactorApi } from '../../data/second-factor-client.js';
import { formatDateTime } from '../../i18n/i18n.js';
import { tsf } from '../../i18n/second-factor-i18n.js';
import type { AlConfirm } from '../../ui/al-confirm.js';
import { AlElement } from '../../ui/al-element.js';
import { renderResource } from '../../ui/async-state.js';
import { errorText } from '../../ui/error-text.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import './al-backup-codes.js';
import '../../ui/al-button.js';
import '../../ui/al-confirm.js';
import '../../ui/al-notice.js';

/**
 * "Your sign-in methods" on the account page: each passkey and app with when it was last used, a
 * way to remove one, backup codes left and new ones, a link to add a method, and the latest
 * events (from the access log: added, used, failed, removed, new codes, an admin's reset). Removing and new
 * codes are sensitive: the server may ask to re-confirm first (the API client shows that dialog).
 */
@customElement('al-sign-in-methods')
export class AlSignInMethods extends AlElement {
  private readonly status = new Resource(this, (signal) => secondFactorApi.status(signal));
  @state() private removing: SecondFactorMethod | undefined;
  @state() private busy = false;
  @state() private feedback = '';
  @state() private error = '';
  @state() private codes: string[] | undefined;
  @query('al-confirm') private confirm: AlConfirm | undefined;

  override render() {
    return html`<p>${tsf('sf.methodsText')}</p>
      <div role="status" class="visually-hidden">${this.feedback}</div>
      <div role="alert">${this.error ? html`<al-notice tone="error"><p>${this.error}</p></al-notice>` : nothing}</div>
      ${renderResource(this.status, (s) => this.renderStatus(s))}
      <al-confirm
        heading=${this.removing ? tsf('sf.removeQuestion', { name: this.removing.label }) : ''}
        body=${tsf('sf.removeBody')}
        confirmLabel=${tsf('sf.remove')}
        cancelLabel=${tsf('sf.cancel')}
        ?busy=${this.busy}
        @al-confirm=${this.removeMethod}
      ></al-confirm>`;
  }

  private renderStatus(s: SecondFactorStatus) {
    return html`${s.required ? html`<p>${tsf('sf.methodsRequired')}</p>` : nothing}
      ${
        s.methods.length
          ? html`<ul class="item-list">
              ${s.methods.map((m) => this.renderMethod(m))}
            </ul>`
          : html`<p class="muted">${tsf('sf.none')}</p>`
      }
      ${
        s.methods.length
          ? html`<p>${tsf('sf.backupLeft', { count: s.backupCodesLeft })}</p>
              <al-button @click=${this.newCodes}>${tsf('sf.newBackup')}</al-button>`
          : nothing
      }
      ${this.codes ? html`<al-backup-codes class="codes" .codes=${this.codes}></al-backup-codes>` : nothing}
      <p><a href="/sign-in-methods/add">${tsf('sf.addMethod')}</a></p>
      ${s.events.length ? this.renderEvents(s.events) : nothing}`;
  }

  /** What happened to these methods lately, including what an admin did (a reset) and failed tries. */
  private renderEvents(events: SecondFactorEvent[]) {
    return html`<h3>${tsf('sf.events.heading')}</h3>
      <ul class="events">
        ${events.map(
          (e) => html`<li>
            <time datetime=${e.at}>${formatDateTime(e.at)}</time>:
            ${tsf(`sf.event.${e.kind}`)}${e.byAdmin ? html` <span class="badge">${tsf('sf.event.byAdmin')}</span>` : nothing}
          </li>`,
        )}
      </ul>`;
  }

  private renderMethod(m: SecondFactorMethod) {
    return html`<li class="item">
      <div class="item-main">
        <p class="item-title">${m.label} <span class="badge">${tsf(`sf.kind.${m.kind}`)}</span></p>
        <p class="item-meta">${tsf('sf.added.at', { date: formatDateTime(m.createdAt) })}</p>
        <p class="item-meta">
          ${m.lastUsedAt ? tsf('sf.lastUsed', { date: formatDateTime(m.lastUsedAt) }) : tsf('sf.neverUsed')}
        </p>
      </div>
      <al-button @click=${() => this.askRemove(m)}>
        ${tsf('sf.remove')}<span class="visually-hidden"> ${m.label}</span>
      </al-button>
    </li>`;
  }

  private async askRemove(m: SecondFactorMethod): Promise<void> {
    this.removing = m;
    await this.updateComplete;
    await this.confirm?.open();
  }

  private async removeMethod(): Promise<void> {
    const target = this.removing;
    if (!target || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      await secondFactorApi.remove(target.id);
      this.feedback = tsf('sf.removed');
      this.codes = undefined;
      await this.status.reload();
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.busy = false;
      this.confirm?.close();
    }
  }

  private async newCodes(): Promise<void> {
    this.error = '';
    try {
      this.codes = (await secondFactorApi.newBackupCodes()).backupCodes;
      await this.status.reload();
    } catch (error) {
      this.error = errorText(error);
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .codes {
        display: block;
        margin: var(--space-4) 0;
      }
      .events {
        padding-left: var(--space-4);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-sign-in-methods': AlSignInMethods;
  }
}
