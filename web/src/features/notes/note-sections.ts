import type { SessionNote } from '@alongside/shared';
import { css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderResource } from '../../ui/async-state.js';
import '../../ui/al-button.js';
import '../../ui/al-textarea.js';
import type { Resource } from '../../data/resource.js';
import { formatDate, formatDateTime } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { nudged, nudgeIf } from '../language/nudge-field.js';

/**
 * How a session note reads, shared by the two people who write it: the participant's "Notes
 * about me" (each note under an h2) and the specialist's notes on the person's page (under an
 * h3). The same words, labels and amendments on both sides, so neither sees a different note.
 */

export const noteTextFields = ['workedOn', 'chosen', 'nextSteps'] as const;
export type NoteTextField = (typeof noteTextFields)[number];
export type NoteTexts = Pick<SessionNote, NoteTextField>;

type Level = 2 | 3 | 4 | 5;

function heading(level: Level, text: string, id?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id ?? nothing}>${text}</h2>`;
    case 3:
      return html`<h3 id=${id ?? nothing}>${text}</h3>`;
    case 4:
      return html`<h4 id=${id ?? nothing}>${text}</h4>`;
    case 5:
      return html`<h5 id=${id ?? nothing}>${text}</h5>`;
  }
}

/** The order both people read notes in: the latest session first. */
export function newestFirst(notes: readonly SessionNote[]): SessionNote[] {
  return [...notes].sort((a, b) => b.sessionStartedAt.localeCompare(a.sessionStartedAt));
}

/** The notes as they load, each drawn by `one`; `none` says what "no notes yet" means here. */
export function renderNoteList(
  notes: Resource<SessionNote[]>,
  none: string,
  one: (n: SessionNote) => TemplateResult,
): TemplateResult {
  return renderResource(notes, (list) =>
    list.length === 0
      ? html`<p class="muted">${none}</p>`
      : html`<ul class="goal-list">
          ${repeat(
            list,
            (n) => n.id,
            (n) => html`<li>${one(n)}</li>`,
          )}
        </ul>`,
  );
}

/** "Session on 3 May with Sam": names a note, on screen and in its buttons' accessible names. */
export function noteTitle(n: SessionNote): string {
  return tp('notes.session', { date: formatDate(n.sessionStartedAt), name: n.specialist.name });
}

/** A text's label; `chosen` says whose choice it was ("What I chose", "What Pat chose"). */
export function noteTextLabel(field: NoteTextField, chosen: string): string {
  return field === 'chosen' ? chosen : tp(`note.${field}`);
}

/** Where the person stands on a note, as their specialist reads it. */
export function answerText(n: SessionNote, name: string): string {
  if (n.response === null) return tp('notes.waitingFor', { name });
  return n.response === 'co-signed' ? tp('notes.coSignedBy', { name }) : tp('notes.seesDifferentlyBy', { name });
}

/** The person's view of a note, as their specialist reads it (or that there is none, yet). */
export function theirView(n: SessionNote, name: string): string {
  if (n.participantView) return tp('notes.theirView', { name, view: n.participantView });
  return n.lockedAt ? tp('notes.noViewFrom', { name }) : tp('notes.noViewYet', { name });
}

/** The texts of an edit form (`values`, by field) that differ from the note it started from. */
export function changedTexts(from: NoteTexts, values: Record<string, string>): Partial<NoteTexts> {
  const changes: Partial<NoteTexts> = {};
  for (const f of noteTextFields) {
    const text = (values[f] ?? '').trim();
    if (text !== from[f]) changes[f] = text;
  }
  return changes;
}

/** Changed texts as the words of an amendment, each under its label. */
export function textsAsAmendment(changes: Partial<NoteTexts>, chosen: string): string {
  return noteTextFields
    .filter((f) => changes[f] !== undefined)
    .map((f) => `${noteTextLabel(f, chosen)}: ${changes[f]}`)
    .join('\n\n');
}

/** The note's title (labelling its article, by `titleId`), where it stands, and when it was locked. */
export function renderNoteHead(n: SessionNote, titleId: string, level: Level, status: TemplateResult) {
  return html`<div class="note-head">${heading(level, noteTitle(n), titleId)} ${status}</div>
    ${n.lockedAt ? html`<p class="muted">${tp('notes.lockedOn', { date: formatDateTime(n.lockedAt) })}</p>` : nothing}`;
}

/** What we worked on, what was chosen, next steps: each text under its label. */
export function renderNoteTexts(n: NoteTexts, chosen: string, level: Level) {
  return noteTextFields.map((f) => html`${heading(level, noteTextLabel(f, chosen))}<p>${n[f] || '—'}</p>`);
}

/**
 * The three boxes a specialist writes the note in, starting from `start` when fixing a draft;
 * with respectful-language help, since staff write them.
 */
export function renderNoteFields(chosen: string, start?: NoteTexts) {
  return noteTextFields.map((f) =>
    nudged(
      html`<al-textarea name=${f} label=${noteTextLabel(f, chosen)} maxlength="4000" .value=${start?.[f] ?? ''}></al-textarea>`,
    ),
  );
}

/** The amendments of a locked note, oldest first: who wrote each, when, and its words. */
export function renderAmendments(n: SessionNote, level: Level) {
  return html`${heading(level, tp('notes.amendments'))}
    ${
      n.amendments.length === 0
        ? html`<p class="muted">${tp('notes.noAmendments')}</p>`
        : html`<ul class="item-list">
            ${n.amendments.map(
              (a) => html`<li class="item">
                <div class="item-main">
                  <p class="item-meta">${tp('notes.amendment', { name: a.author.name, date: formatDateTime(a.at) })}</p>
                  <p class="amendment">${a.text}</p>
                </div>
              </li>`,
            )}
          </ul>`
    }`;
}

/**
 * The box to add an amendment to a locked note. `start` fills it once (words kept from an edit
 * the note's locking refused); what is typed afterwards is not rewritten by a re-render. `staff`:
 * the specialist writes it, with respectful-language help (the person's own amendment has none).
 */
export function renderAmendForm(
  n: SessionNote,
  options: { busy: boolean; onSubmit: (event: SubmitEvent) => void; hint?: string; start?: string; staff?: boolean },
) {
  return html`<form class="form-grid amend" novalidate @submit=${options.onSubmit}>
    ${nudgeIf(
      options.staff === true,
      html`<al-textarea
        name="text"
        label=${tp('notes.addAmendment')}
        hint=${options.hint ?? ''}
        maxlength="4000"
        rows="2"
        .value=${options.start ?? ''}
      ></al-textarea>`,
    )}
    <div>
      <al-button type="submit" ?busy=${options.busy}>
        ${tp('notes.amend')}<span class="visually-hidden"> — ${noteTitle(n)}</span>
      </al-button>
    </div>
  </form>`;
}

export const noteStyles = css`
  .note-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-2);
    align-items: baseline;
    justify-content: space-between;
  }
  .note-head h2,
  .note-head h3 {
    margin: 0;
    font-size: 1.2rem;
    overflow-wrap: anywhere;
  }
  .amend {
    margin-top: var(--space-3);
  }
  .amendment {
    white-space: pre-wrap;
    margin: 0;
  }
`;
