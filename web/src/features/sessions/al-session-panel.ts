import {
  type DraftNote,
  type LiveSession,
  type Me,
  type PlanSnapshot,
  type SessionMode,
  sessionModes,
  zDraftNote,
} from '@alongside/shared';
import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { meContext } from '../../data/contexts.js';
import { rereadOnChange } from '../../data/live-messages.js';
import { planApi } from '../../data/plan-client.js';
import { Resource } from '../../data/resource.js';
import { formatDateTime, t } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { focusWhenReady } from '../../ui/part-element.js';
import { draftFromSession } from '../notes/note-prefill.js';
import { renderNoteFields } from '../notes/note-sections.js';
import { PlanPart, requireLive } from '../plan/plan-part.js';
import './al-one-screen.js';

/**
 * A specialist's session with one person: starting it (how they meet, where), what is happening
 * while it runs, ending it, and then drafting its note together. Sessions are read over REST and
 * read again when the live plan says one changed (or after a dropped connection).
 *
 * @property participantId - whose sessions
 * @property participantName - their name, for the words
 * @property session - the session the live plan knows of (null: none)
 * @property plan - the person's plan, to start the note from what happened in the session
 * @fires al-note-drafted - the session's note was drafted (the page's notes list reads it again)
 * @fires al-announce - the session started or ended, the note saved, or what failed, for the page's regions
 */
@customElement('al-session-panel')
export class AlSessionPanel extends PlanPart {
  @property() participantId = '';
  @property() participantName = '';
  @property({ attribute: false }) session: LiveSession | null = null;
  @consume({ context: meContext, subscribe: true }) @state() private me: Me | null = null;
  @property({ attribute: false }) plan: PlanSnapshot | undefined;
  @state() private noteSaved = false;
  /** The note's first words, from the session's events, for the session they were made for. */
  @state() private noteStart: { sessionId: string; texts: DraftNote } | undefined;
  @state() private noteError = '';

  private readonly sessions = new Resource(this, (signal) =>
    planApi.sessions.list(this.participantId, signal).then((r) => r.sessions),
  );
  private readonly actions = new Actions(this, { announce: true });
  /** The session was just ended here: its note form takes focus as soon as it shows. */
  private focusNoteForm = false;

  constructor() {
    super();
    // After a dropped connection, session changes made meanwhile are read again.
    rereadOnChange(
      this,
      () => this.live,
      'session',
      () => this.sessions.reload(),
    );
  }

  override render() {
    const name = this.participantName;
    const open = this.session && !this.session.endedAt ? this.session : null;
    const needsNote = this.noteSession();
    return html`<section aria-labelledby="session-title" class="card card-soft">
      <h2 id="session-title">${tp('session.title')}</h2>
      ${!open && needsNote ? this.renderNoteForm(needsNote) : nothing}
      ${
        open
          ? html`<p class="running">${tp('session.running', { mode: tp(`mode.${open.mode}`), time: formatDateTime(open.startedAt) })}</p>
              <p>${this.joinedText(open)}</p>
              ${
                !open.participantJoinedAt && open.mode === 'in-person'
                  ? html`<al-one-screen .session=${open} .participantName=${name}></al-one-screen>`
                  : nothing
              }
              <al-button ?busy=${this.actions.busy === 'end'} @click=${() => this.end(open)}>${tp('session.end')}</al-button>`
          : html`<form class="form-grid session-form" novalidate @submit=${this.start}>
              <h3>${tp('session.startTitle')}</h3>
              <al-select
                name="mode"
                label=${tp('session.modeLabel')}
                value="in-person"
                .options=${sessionModes.map((m) => ({ value: m, label: tp(`mode.${m}`) }))}
              ></al-select>
              <al-field name="placeLabel" label=${tp('session.placeLabel')} hint=${tp('session.placeHint')} optional maxlength="120"></al-field>
              <div><al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'start'}>${tp('session.start')}</al-button></div>
            </form>`
      }
      ${this.noteSaved ? html`<al-notice tone="success"><p>${tp('note.saved', { name })}</p></al-notice>` : nothing}
    </section>`;
  }

  private joinedText(open: LiveSession): string {
    const name = this.participantName;
    if (!open.participantJoinedAt) return tp('session.waiting', { name });
    return open.joinMethod === 'shared-screen-code'
      ? tp('oneScreen.here', { name })
      : tp('session.participantJoined', { name });
  }

  /** The latest ended session of mine that has no note yet. */
  private noteSession(): LiveSession | undefined {
    const s = this.session;
    if (s?.endedAt && !s.hasNote) return s;
    return (this.sessions.value ?? [])
      .filter((x) => x.endedAt && !x.hasNote && x.specialist.id === this.me?.id)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  }

  private renderNoteForm(session: LiveSession) {
    const name = this.participantName;
    // The boxes appear with their first words in them, never filled in under someone's typing.
    if (this.noteStart?.sessionId !== session.id) {
      return html`<p class="muted" role="status">${t('common.loading')}</p>`;
    }
    return html`<form class="form-grid note-form" novalidate @submit=${(e: SubmitEvent) => this.draftNote(e, session)}>
      <h3>${tp('note.title')}</h3>
      <p>${tp('note.lead', { name })}</p>
      <p class="muted">${tp('note.prefilled')}</p>
      <div role="alert">${this.noteError ? html`<al-notice tone="error"><p>${this.noteError}</p></al-notice>` : nothing}</div>
      ${renderNoteFields(tp('note.chosen', { name }), this.noteStart.texts)}
      <div><al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'note'}>${tp('note.save')}</al-button></div>
    </form>`;
  }

  private async start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.target as HTMLFormElement);
    const mode: SessionMode = sessionModes.find((m) => m === values.mode) ?? 'in-person';
    const place = (values.placeLabel ?? '').trim();
    await this.actions.run('start', async () => {
      this.noteSaved = false;
      this.focusNoteForm = false;
      const live = requireLive(this.live, this.localName);
      live.setSession(await planApi.sessions.start(this.participantId, mode, place || undefined));
      this.actions.say(tp('session.started'));
    });
  }

  private async end(session: LiveSession): Promise<void> {
    await this.actions.run('end', async () => {
      requireLive(this.live, this.localName).setSession(await planApi.sessions.end(session.id));
      this.actions.say(tp('session.ended'));
      this.focusNoteForm = true;
    });
  }

  protected override willUpdate(): void {
    const session = this.noteSession();
    if (session && this.plan && this.noteStart?.sessionId !== session.id && this.prefilling !== session.id) {
      void this.prefill(session);
    }
  }

  private prefilling = '';

  /** Reads what happened in the session from the plan's log and starts the note from it. */
  private async prefill(session: LiveSession): Promise<void> {
    this.prefilling = session.id;
    const seqs = new Set(session.eventSeqs);
    const events = [];
    try {
      if (seqs.size > 0) {
        let after = Math.min(...seqs) - 1;
        const last = Math.max(...seqs);
        for (let page = 0; page < 20 && after < last; page++) {
          const result = await planApi.plan.history(this.participantId, after);
          events.push(...result.events.filter((e) => seqs.has(e.seq)));
          if (result.nextAfter === null) break;
          after = result.nextAfter;
        }
      }
    } catch {
      // Without the log the note simply starts empty: the two of them write it anyway.
    }
    if (this.prefilling !== session.id || !this.plan) return;
    this.noteStart = { sessionId: session.id, texts: draftFromSession(events, this.plan) };
  }

  protected override updated(): void {
    // The note form takes the ended session's place once the page passes the session down.
    const box = this.focusNoteForm ? this.querySelector<HTMLElement>('.note-form al-textarea') : null;
    if (!box) return;
    this.focusNoteForm = false;
    void focusWhenReady(box);
  }

  private async draftNote(event: SubmitEvent, session: LiveSession): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    // The server's own rule, checked here first: a note with nothing in it is not saved.
    const draft = zDraftNote.safeParse({
      workedOn: values.workedOn ?? '',
      chosen: values.chosen ?? '',
      nextSteps: values.nextSteps ?? '',
    });
    if (!draft.success) {
      this.noteError = tp('note.empty');
      await this.updateComplete;
      form.querySelector<HTMLElement>('al-textarea')?.focus();
      return;
    }
    this.noteError = '';
    await this.actions.run('note', async () => {
      await planApi.notes.draft(session.id, draft.data);
      const live = requireLive(this.live, this.localName);
      if (live.session?.id === session.id) live.setSession({ ...session, hasNote: true });
      this.noteSaved = true;
      fire(this, 'al-note-drafted', session);
      await this.sessions.reload();
      this.actions.say(tp('note.saved', { name: this.participantName }));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-session-panel': AlSessionPanel;
  }
  interface HTMLElementEventMap {
    'al-note-drafted': CustomEvent<LiveSession>;
  }
}
