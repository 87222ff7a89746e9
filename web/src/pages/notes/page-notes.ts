import { type SessionNote, zSessionNoteList } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { readThrough } from '../../data/offline/read-through.js';
import { planApi } from '../../data/plan-client.js';
import { savedAtText } from '../../features/offline/command-text.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';
import '../../ui/al-textarea.js';
import { rereadOnChange } from '../../data/live-messages.js';
import { LivePlan } from '../../data/live-plan.js';
import { Resource } from '../../data/resource.js';
import {
  newestFirst,
  noteStyles,
  renderAmendForm,
  renderAmendments,
  renderNoteHead,
  renderNoteList,
  renderNoteTexts,
} from '../../features/notes/note-sections.js';
import { planStyles } from '../../features/plan/plan-styles.js';
import { tp } from '../../i18n/plan-i18n.js';
import { errorText } from '../../ui/error-text.js';
import { readForm } from '../../ui/form-helpers.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';

/**
 * "Notes about me": every session note about the participant, newest first. While a draft,
 * they add their view and co-sign it or say they see it differently (either locks it); a
 * locked note shows its amendments, and either of the two can add one. The page follows the
 * person's plan live, so a draft or an amendment written at that moment appears without a
 * reload, and the specialist sees them here, working on the note.
 */
@customElement('page-notes')
export class PageNotes extends PageElement {
  private readonly notes = new Resource(this, async (signal) => {
    this.savedAt = undefined;
    const list = await readThrough(
      'notes',
      () => planApi.notes.list(this.me?.id ?? '', signal),
      (v) => zSessionNoteList.safeParse(v).data,
      (savedAt) => {
        this.savedAt = savedAt;
      },
    );
    return newestFirst(list.notes);
  });
  /** Set when the notes shown are the ones kept on this device (no signal): as of when. */
  @state() private savedAt: string | undefined;
  @state() private feedback = '';
  @state() private failure: { noteId: string; text: string } | undefined;
  @state() private busy = '';
  private readonly live = new LivePlan(this, () => this.me?.id);

  constructor() {
    super();
    rereadOnChange(
      this,
      () => this.live,
      'note',
      () => this.refresh(),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.live.setFocus({ kind: 'note' });
  }

  /**
   * Reads the notes again after one changed elsewhere. What the person is typing stays: the
   * view box is only refilled when the saved view itself changed.
   */
  private async refresh(): Promise<void> {
    const known = new Set((this.notes.value ?? []).map((n) => n.id));
    await this.notes.reload();
    const fresh = (this.notes.value ?? []).find((n) => !known.has(n.id));
    if (fresh) this.say(tp('notes.newDraft', { name: fresh.specialist.name }));
  }

  override render() {
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${tp('notes.title')}</h1>
        <p class="lead">${tp('notes.lead')}</p>
      </div>
      <div role="status">${this.savedAt ? html`<al-notice tone="warm"><p>${savedAtText(this.savedAt)}</p></al-notice>` : nothing}</div>
      <div role="status" class="visually-hidden">${this.feedback}</div>
      ${renderNoteList(this.notes, tp('notes.none'), (n) => this.renderNote(n))}
    `;
  }

  private renderNote(n: SessionNote) {
    const locked = n.lockedAt !== null;
    const titleId = `note-${n.id}`;
    const status = !locked
      ? html`<span class="badge">${tp('notes.draft')}</span>`
      : n.response === 'co-signed'
        ? html`<span class="badge badge-good">${tp('notes.coSigned')}</span>`
        : html`<span class="badge">${tp('notes.seesDifferently')}</span>`;
    const failure = this.failure?.noteId === n.id ? this.failure.text : '';
    return html`<article class="card note-section" aria-labelledby=${titleId}>
      ${renderNoteHead(n, titleId, 2, status)}
      ${renderNoteTexts(n, tp('note.chosenMine'), 3)}
      <div role="alert">${failure ? html`<al-notice tone="error"><p>${failure}</p></al-notice>` : nothing}</div>
      ${locked ? this.renderLocked(n) : this.renderDraft(n)}
    </article>`;
  }

  private renderDraft(n: SessionNote) {
    return html`<form class="form-grid" novalidate @submit=${(e: SubmitEvent) => this.saveView(e, n)}>
        <al-textarea
          name="view"
          label=${tp('notes.myView')}
          hint=${tp('notes.myViewHint')}
          maxlength="4000"
          .value=${n.participantView ?? ''}
        ></al-textarea>
        <div><al-button type="submit" ?busy=${this.busy === `view:${n.id}`}>${tp('notes.saveView')}</al-button></div>
      </form>
      <p class="muted respond-hint">${tp('notes.respondHint')}</p>
      <div class="actions">
        <al-button variant="primary" ?busy=${this.busy === `co-signed:${n.id}`} @click=${() => this.respond(n, 'co-signed')}>
          ${tp('notes.coSign')}
        </al-button>
        <al-button ?busy=${this.busy === `sees-differently:${n.id}`} @click=${() => this.respond(n, 'sees-differently')}>
          ${tp('notes.differently')}
        </al-button>
      </div>`;
  }

  private renderLocked(n: SessionNote) {
    return html`<h3>${tp('notes.myView')}</h3>
      <p>${n.participantView || tp('notes.noView')}</p>
      ${renderAmendments(n, 3)}
      ${renderAmendForm(n, { busy: this.busy === `amend:${n.id}`, onSubmit: (e) => this.amend(e, n) })}`;
  }

  private say(text: string): void {
    this.feedback = '';
    void this.updateComplete.then(() => {
      this.feedback = text;
    });
  }

  private replace(note: SessionNote): void {
    this.notes.set((this.notes.value ?? []).map((n) => (n.id === note.id ? note : n)));
  }

  private async run(kind: string, noteId: string, work: () => Promise<void>): Promise<void> {
    this.busy = `${kind}:${noteId}`;
    this.failure = undefined;
    try {
      await work();
    } catch (error) {
      this.failure = { noteId, text: errorText(error) };
    } finally {
      this.busy = '';
    }
  }

  private async saveView(event: SubmitEvent, n: SessionNote): Promise<void> {
    event.preventDefault();
    const view = (readForm(event.target as HTMLFormElement).view ?? '').trim();
    await this.run('view', n.id, async () => {
      this.replace(await planApi.notes.setView(n.id, n.version, view));
      this.say(tp('notes.viewSaved'));
    });
  }

  private async respond(n: SessionNote, response: 'co-signed' | 'sees-differently'): Promise<void> {
    await this.run(response, n.id, async () => {
      // Whatever is typed in "my view" goes with the answer, so nothing written is lost.
      const box = this.renderRoot
        .querySelector<HTMLElement & { value: string }>(`#note-${CSS.escape(n.id)}`)
        ?.closest('article')
        ?.querySelector<HTMLElement & { value: string }>('al-textarea[name="view"]');
      let note = n;
      const typed = box?.value.trim() ?? '';
      if (typed !== (n.participantView ?? '')) note = await planApi.notes.setView(n.id, n.version, typed);
      this.replace(await planApi.notes.respond(n.id, note.version, response));
      this.say(response === 'co-signed' ? tp('notes.respondedCoSigned') : tp('notes.respondedDifferently'));
    });
  }

  private async amend(event: SubmitEvent, n: SessionNote): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = (readForm(form).text ?? '').trim();
    if (!text) return;
    await this.run('amend', n.id, async () => {
      this.replace(await planApi.notes.amend(n.id, text));
      form.reset();
      this.say(tp('notes.amended'));
    });
  }

  static override styles = [
    sharedStyles,
    planStyles,
    noteStyles,
    css`
      .respond-hint {
        margin: var(--space-4) 0 var(--space-2);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-notes': PageNotes;
  }
}
