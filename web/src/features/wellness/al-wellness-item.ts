import { type PlanSnapshot, type WellnessItem, zWellnessItem, zWellnessText } from '@alongside/shared';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError } from '../../data/api-error.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import type { AlConfirm } from '../../ui/al-confirm.js';
import '../../ui/al-confirm.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-textarea.js';
import { readForm } from '../../ui/form-helpers.js';
import { focusWhenReady } from '../../ui/part-element.js';
import { PlanPart } from '../plan/plan-part.js';
import { linksFrom, renderLinkFields } from './wellness-link-fields.js';
import { renderLinks, responseLabel, voiceText } from './wellness-parts.js';

/**
 * One item of the wellness plan: its words, its response, whose words each is, and what it points
 * at. On the person's own page (`own`) also edit (at the version they read: a 409 shows the item as
 * it is now, and saving again means "my words instead"), move up and down, and remove (confirmed).
 * Renders into the list item that holds it (light DOM).
 *
 * @property item - the item; @property plan - for its links; @property own - the person's own page
 * @property siblings - the ids of its section's items in order, for moving it
 * @fires al-announce - what changed, or why not, for the page's regions
 */
@customElement('al-wellness-item')
export class AlWellnessItem extends PlanPart {
  @property({ attribute: false }) item!: WellnessItem;
  @property({ attribute: false }) plan!: PlanSnapshot;
  @property({ attribute: false }) siblings: readonly string[] = [];
  @property({ type: Boolean }) own = false;
  @state() private editing = false;
  /** The item as it was when the person opened it: the form starts from it and saves against its version. */
  private editFrom: WellnessItem | undefined;
  @state() private error = '';
  /** The item as it is now, when it changed while the person was editing it. */
  @state() private stale: WellnessItem | undefined;
  private readonly actions = new Actions(this, { announce: true });

  override render() {
    const i = this.item;
    const response = responseLabel(i.section);
    return html`<div class="item-main wellness-item">
      <p class="item-title" id="w-${i.id}">${i.text}</p>
      ${i.response ? html`<p class="response"><span class="muted">${response ?? ''}:</span> ${i.response}</p>` : nothing}
      <p class="item-meta voice">${voiceText(i.voice, this.own)}${
        i.response && i.responseVoice !== i.voice
          ? html` · ${response}: ${voiceText(i.responseVoice, this.own)}`
          : nothing
      }</p>
      ${renderLinks(i, this.plan)}
      ${this.own ? (this.editing ? this.renderEdit() : this.renderActions()) : nothing}
    </div>`;
  }

  private renderActions() {
    const of = html`<span class="visually-hidden">${tp('wellness.of', { text: this.item.text })}</span>`;
    const at = this.siblings.indexOf(this.item.id);
    const busy = this.actions.busy;
    return html`<div class="actions">
        <al-button variant="quiet" @click=${this.startEdit}>${tp('wellness.edit')}${of}</al-button>
        ${at > 0 ? html`<al-button data-move="up" variant="quiet" ?busy=${busy === 'up'} @click=${() => this.move(-1)}>${tp('wellness.moveUp')}${of}</al-button>` : nothing}
        ${
          at >= 0 && at < this.siblings.length - 1
            ? html`<al-button data-move="down" variant="quiet" ?busy=${busy === 'down'} @click=${() => this.move(1)}>${tp('wellness.moveDown')}${of}</al-button>`
            : nothing
        }
        <al-button variant="quiet" @click=${this.askDelete}>${tp('wellness.delete')}${of}</al-button>
      </div>
      <al-confirm
        heading=${tp('wellness.deleteTitle')}
        body=${tp('wellness.deleteBody', { text: this.item.text })}
        confirmLabel=${tp('wellness.delete')}
        cancelLabel=${t('common.cancel')}
        ?busy=${busy === 'delete'}
        @al-confirm=${this.removeItem}
      ></al-confirm>`;
  }

  private renderEdit() {
    // Not `this.item`: a change arriving live must not overwrite what the person is typing.
    const i = this.editFrom ?? this.item;
    const response = responseLabel(i.section);
    return html`<form class="form-grid" novalidate @submit=${this.save}>
      ${
        this.stale
          ? html`<div role="alert" class="stale"><p>${tp('wellness.stale')}</p>
              <p><strong>${this.stale.text}</strong>${this.stale.response ? html`<br />${this.stale.response}` : nothing}</p>
              <p>${tp('wellness.staleKeep')}</p></div>`
          : nothing
      }
      <al-field name="text" label=${tp('wellness.textLabel')} maxlength="280" .value=${i.text} .error=${this.error}></al-field>
      ${response ? html`<al-textarea name="response" label=${response} optional maxlength="1000" rows="2" .value=${i.response ?? ''}></al-textarea>` : nothing}
      ${renderLinkFields(this.plan, i.section, i)}
      <div class="actions">
        <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'edit'}>${tp('wellness.save')}</al-button>
        <al-button variant="quiet" @click=${this.cancelEdit}>${t('common.cancel')}</al-button>
      </div>
    </form>`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('editing') && this.editing) void focusWhenReady(this.querySelector('al-field'));
  }

  private startEdit(): void {
    this.stale = undefined;
    this.error = '';
    this.editFrom = this.item;
    this.editing = true;
  }

  private async cancelEdit(): Promise<void> {
    this.editing = false;
    this.stale = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>('al-button')?.focus();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const text = zWellnessText.safeParse(values.text ?? '');
    if (!text.success) {
      this.error = tp('wellness.textInvalid');
      form.querySelector<HTMLElement>('al-field')?.focus();
      return;
    }
    this.error = '';
    const response = (values.response ?? '').trim();
    const links = linksFrom(values);
    // After a 409 the person has seen the item as it is now: saving again is against that version.
    const version = this.stale?.version ?? this.editFrom?.version ?? this.item.version;
    await this.actions.run('edit', async () => {
      try {
        await this.send({
          type: 'wellness.edit',
          itemId: this.item.id,
          version,
          text: text.data,
          ...(responseLabel(this.item.section) ? { response: response || null } : {}),
          supportId: links.supportId ?? null,
          resourceId: links.resourceId ?? null,
        });
      } catch (error) {
        const current =
          isApiError(error) && error.code === 'stale_version' ? zWellnessItem.safeParse(error.current) : undefined;
        if (current?.success) {
          this.stale = current.data;
          return;
        }
        throw error;
      }
      await this.cancelEdit();
      this.actions.say(tp('wellness.saved'));
    });
  }

  private async move(by: -1 | 1): Promise<void> {
    const ids = [...this.siblings];
    const at = ids.indexOf(this.item.id);
    const other = ids[at + by];
    if (at < 0 || other === undefined) return;
    ids[at + by] = this.item.id;
    ids[at] = other;
    await this.actions.run(by < 0 ? 'up' : 'down', async () => {
      await this.send({ type: 'wellness.reorder', section: this.item.section, itemIds: ids });
      this.actions.say(tp('wellness.moved'));
    });
    // The item has moved in the list: focus stays on it, on the same button where it still has one.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const same = this.querySelector<HTMLElement>(`[data-move="${by < 0 ? 'up' : 'down'}"]`);
    (same ?? this.querySelector<HTMLElement>('[data-move]'))?.focus();
  }

  private async askDelete(): Promise<void> {
    await this.querySelector<AlConfirm>('al-confirm')?.open();
  }

  private async removeItem(): Promise<void> {
    await this.actions.run('delete', async () => {
      await this.send({ type: 'wellness.delete', itemId: this.item.id });
      this.querySelector<AlConfirm>('al-confirm')?.close(false);
      this.actions.say(tp('wellness.deleted'));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-wellness-item': AlWellnessItem;
  }
}
