import { type Me, type SessionNote, zSessionNote } from '@alongside/shared';
import { consume } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError } from '../../data/api-error.js';
import { livePlanContext, meContext } from '../../data/contexts.js';
import { rereadOnChange } from '../../data/live-messages.js';
import type { LivePlan } from '../../data/live-plan.js';
import { planApi } from '../../data/plan-client.js';
import { AlElement } from '../../ui/al-element.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';
import { Resource } from '../../data/resource.js';
import { t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import { readForm } from '../../ui/form-helpers.js';
import { focusWhenReady } from '../../ui/part-element.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { planStyles } from '../plan/plan-styles.js';
import {
  answerText,
  changedTexts,
  type NoteTexts,
  newestFirst,
  noteStyles,
  noteTextFields,
  noteTitle,
  renderAmendForm,
  renderAmendments,
  renderNoteFields,
  renderNoteHead,
  renderNoteList,
  renderNoteTexts,
  textsAsAmendment,
  theirView,
} from './note-sections.js';
import { personNotesStyles } from './person-notes-styles.js';

/**
 * The notes a specialist wrote with one person, on that person's page: each note's words, the
 * person's view and answer, and its amendments. While a note is a draft the specialist who
 * wrote it can fix it; once the person has answered it is locked and a change is an amendment,
 * added with who and when. The server holds these rules; this shows only what it will accept.
 * The signed-in specialist and the live plan come by context; the list is read again when the
 * live plan says a note changed.
 *
 * @property participantId - whose notes; @property participantName - their name, for the words
 * @method refresh - reads the notes again (after this page drafted one), saying so when the person answered one
 */
@customElement('al-person-notes')
export class AlPersonNotes extends AlElement {
  @property({ attribute: false }) participantId = '';
  @property({ attribute: false }) participantName = '';
  @consume({ context: meContext, subscribe: true }) @state() private me: Me | null = null;
  @consume({ context: livePlanContext }) private live: LivePlan | undefined;

  private readonly notes = new Resource(this, (signal) =>
    planApi.notes.list(this.participantId, signal).then((r) => newestFirst(r.notes)),
  );
  private readonly actions = new Actions(this);
  /** The draft being fixed, as it was when the form opened: the boxes start from it and are not rewritten while I type. */
  @state() private editing: SessionNote | undefined;
  /** The draft as it is now, after saving found it changed since the form opened. */
  @state() private stale: SessionNote | undefined;
  /** The note the last action was about: its failure shows in that note. */
  @state() private actedOn = '';
  /** Words an amendment box starts with: my edit, refused because the person signed the note meanwhile. */
  @state() private amendStart: ReadonlyMap<string, string> = new Map();

  constructor() {
    super();
    // A note changed elsewhere, or the connection came back.
    rereadOnChange(
      this,
      () => this.live,
      'note',
      () => this.refresh(),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The same page element can be handed another person: their notes, not the last one's.
    if (changed.has('participantId') && changed.get('participantId')) {
      this.editing = undefined;
      void this.notes.reload();
    }
  }

  /** Reads the notes again after one changed, and says so when the person has just answered one. */
  async refresh(): Promise<void> {
    const before = new Map((this.notes.value ?? []).map((n) => [n.id, n.response]));
    await this.notes.reload();
    for (const n of this.notes.value ?? []) {
      if (n.response === null || before.get(n.id) !== null) continue;
      this.actions.say(answerText(n, this.participantName));
    }
  }

  override render() {
    const name = this.participantName;
    // The status region sits outside the section, so what it says is not read as part of the notes.
    return html`<div role="status" class="visually-hidden">${this.actions.feedback}</div>
      <section aria-labelledby="notes-title">
      <h2 id="notes-title">${tp('notes.withTitle', { name })}</h2>
      ${renderNoteList(this.notes, tp('notes.noneWith', { name }), (n) => this.renderNote(n))}
    </section>`;
  }

  private renderNote(n: SessionNote) {
    const name = this.participantName;
    const titleId = `note-${n.id}`;
    const editing = this.editing?.id === n.id ? this.editing : undefined;
    const mine = n.specialist.id === this.me?.id;
    const failure = this.actedOn === n.id ? this.actions.failure : '';
    const badge = html`<span class=${n.response === 'co-signed' ? 'badge badge-good' : 'badge'}>${answerText(n, name)}</span>`;
    return html`<article class="card note-section" aria-labelledby=${titleId}>
      ${renderNoteHead(n, titleId, 3, badge)}
      ${editing ? this.renderEdit(editing) : renderNoteTexts(n, tp('note.chosen', { name }), 4)}
      <p class="their-view">${theirView(n, name)}</p>
      <div role="alert">${failure ? html`<al-notice tone="error"><p>${failure}</p></al-notice>` : nothing}</div>
      ${
        editing
          ? nothing
          : n.lockedAt
            ? html`${renderAmendments(n, 4)}
              ${renderAmendForm(n, {
                busy: this.actions.busy === `amend:${n.id}`,
                onSubmit: (e) => this.amend(e, n),
                hint: tp('notes.amendHint', { name }),
                start: this.amendStart.get(n.id) ?? '',
                staff: true,
              })}`
            : mine
              ? html`<p class="muted">${tp('notes.theirDraftHint', { name })}</p>
                  <al-button id="edit-${n.id}" @click=${() => this.openEdit(n)}>
                    ${tp('notes.editDraft')}<span class="visually-hidden"> — ${noteTitle(n)}</span>
                  </al-button>`
              : nothing
      }
    </article>`;
  }

  /** The draft's three texts in boxes; after a refused save, also how the note reads now. */
  private renderEdit(from: SessionNote) {
    const name = this.participantName;
    const chosen = tp('note.chosen', { name });
    const now = this.stale;
    const textChanged = now !== undefined && noteTextFields.some((f) => now[f] !== from[f]);
    const staleNotice = now
      ? html`<al-notice tone="warm">
          ${
            textChanged
              ? html`<p>${tp('notes.staleText')}</p>${renderNoteTexts(now, chosen, 5)}`
              : html`<p>${tp('notes.staleView', { name })}</p>`
          }
          <p>${tp('notes.staleKeep')}</p>
        </al-notice>`
      : nothing;
    // The alert sits outside the form's grid: empty, it must take no room between the fields.
    return html`<h4>${tp('notes.editDraft')}</h4>
      <div role="alert" class="stale">${staleNotice}</div>
      <form class="form-grid note-edit" novalidate @submit=${(e: SubmitEvent) => this.saveEdit(e, from)}>
        ${renderNoteFields(chosen, from)}
        <div class="actions">
          <al-button type="submit" variant="primary" ?busy=${this.actions.busy === `edit:${from.id}`}>${tp('notes.saveEdit')}</al-button>
          <al-button variant="quiet" @click=${() => this.closeEdit()}>${t('common.cancel')}</al-button>
        </div>
      </form>`;
  }

  private replace(note: SessionNote): void {
    this.notes.set((this.notes.value ?? []).map((n) => (n.id === note.id ? note : n)));
  }

  private async openEdit(n: SessionNote): Promise<void> {
    this.editing = n;
    this.stale = undefined;
    this.actedOn = n.id;
    this.actions.clearFailure();
    await this.focusOn(`[aria-labelledby="note-${CSS.escape(n.id)}"] .note-edit al-textarea`);
  }

  /** Moves focus once the element has rendered (a box that has just appeared renders a moment later). */
  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    await focusWhenReady(this.renderRoot.querySelector(selector));
  }

  /**
   * Closes the form and puts focus back on the button that opened it — or, when the note was
   * signed meanwhile and that button is gone, on the amendment box that took its place.
   */
  private async closeEdit(): Promise<void> {
    const id = this.editing?.id;
    this.editing = undefined;
    this.stale = undefined;
    if (id) await this.focusOn(`#edit-${CSS.escape(id)}, ${this.amendBox(id)}`);
  }

  private amendBox(noteId: string): string {
    return `[aria-labelledby="note-${CSS.escape(noteId)}"] .amend al-textarea`;
  }

  private async saveEdit(event: SubmitEvent, from: SessionNote): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    // Only the texts I changed are sent, so a save never rewrites one changed elsewhere that I left alone.
    const changes = changedTexts(from, values);
    if (Object.keys(changes).length === 0) {
      await this.closeEdit();
      return;
    }
    this.actedOn = from.id;
    await this.actions.run(`edit:${from.id}`, async () => {
      try {
        // After a refused save, at the version shown in the notice: saving again is a knowing choice.
        const version = (this.stale ?? from).version;
        this.replace(await planApi.notes.edit(from.id, { version, ...changes }));
      } catch (error) {
        if (isApiError(error) && error.code === 'stale_version') {
          const current = zSessionNote.safeParse(error.current);
          if (current.success) {
            this.stale = current.data;
            this.replace(current.data);
            return;
          }
        }
        if (isApiError(error) && error.code === 'note_locked') {
          await this.keepAsAmendment(from, changes);
          return;
        }
        throw error;
      }
      await this.closeEdit();
      this.actions.say(tp('notes.editSaved', { name: this.participantName }));
    });
  }

  /**
   * The person signed the note while I was fixing it: it is locked, so my words go into its
   * amendment box instead of being lost, and focus goes there.
   */
  private async keepAsAmendment(from: SessionNote, changes: Partial<NoteTexts>): Promise<void> {
    const words = textsAsAmendment(changes, tp('note.chosen', { name: this.participantName }));
    this.amendStart = new Map(this.amendStart).set(from.id, words);
    this.editing = undefined;
    this.stale = undefined;
    await this.notes.reload();
    this.actions.fail(tp('notes.lockedWhileEditing', { name: this.participantName }));
    await this.focusOn(this.amendBox(from.id));
  }

  private async amend(event: SubmitEvent, n: SessionNote): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = (readForm(form).text ?? '').trim();
    this.actedOn = n.id;
    if (!text) {
      this.actions.fail(tp('notes.amendEmpty'));
      form.querySelector<HTMLElement>('al-textarea')?.focus();
      return;
    }
    await this.actions.run(`amend:${n.id}`, async () => {
      this.replace(await planApi.notes.amend(n.id, text));
      form.reset();
      const kept = new Map(this.amendStart);
      kept.delete(n.id);
      this.amendStart = kept;
      this.actions.say(tp('notes.amended'));
    });
  }

  static override styles = [sharedStyles, planStyles, noteStyles, personNotesStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-person-notes': AlPersonNotes;
  }
}
