import type { SessionNote } from '@alongside/shared';
import { html, render } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../web/src/features/language/al-language-nudge.js';
import { flushNudges } from '../../../web/src/features/language/nudge-outcomes.js';
import { renderAmendForm } from '../../../web/src/features/notes/note-sections.js';
import '../../../web/src/features/plan/al-goal-form.js';
import '../../../web/src/features/plan/al-option-form.js';
import '../../../web/src/features/plan/al-support-add.js';
import '../../../web/src/features/wellness/al-wellness-add.js';
import '../../../web/src/ui/al-textarea.js';
import { button, find, press, settle, type } from '../dom.js';
import { choice, id, option, plan } from '../fixtures.js';
import { planParts } from '../plan-host.js';

/** What the browser sent to the server: the nudge batches, as parsed JSON. */
let posted: unknown[] = [];
beforeEach(() => {
  posted = [];
  vi.stubGlobal('fetch', async (url: URL, init: RequestInit) => {
    if (String(url).endsWith('/api/language-nudges')) {
      posted.push(JSON.parse(String(init.body)));
      return Response.json({ recorded: 1 }, { status: 201 });
    }
    return Response.json({ custom: [], disabledBuiltIn: ['en.must'] });
  });
});
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const parts = planParts();
const nudges = (root: ParentNode) => root.querySelectorAll('al-language-nudge').length;
const settleTyping = () => new Promise((resolve) => setTimeout(resolve, 450));

describe('which forms nudge', () => {
  it("never the person's own forms; the same forms when their specialist suggests", async () => {
    const snapshot = plan({ seq: 1 });
    const c = choice('Which group?', [option('Walking group')]);
    const make = () => [
      document.createElement('al-goal-form'),
      Object.assign(document.createElement('al-option-form'), { choice: c }),
      document.createElement('al-support-add'),
      Object.assign(document.createElement('al-wellness-add'), { section: 'triggers', plan: snapshot }),
    ];
    for (const part of make()) {
      await parts.place(part, snapshot);
      expect(nudges(part), `${part.localName} (owner)`).toBe(0);
    }
    for (const part of make()) {
      part.setAttribute('mode', 'partner');
      await parts.place(part, snapshot);
      expect(nudges(part), `${part.localName} (partner)`).toBeGreaterThan(0);
    }
  });

  it("never the person's own amendment to a note; the specialist's, yes", async () => {
    const at = '2026-12-01T10:00:00.000Z';
    const n: SessionNote = {
      id: id(),
      liveSessionId: id(),
      participant: { id: id(), name: 'Pat Participant' },
      specialist: { id: id(), name: 'Sam Specialist' },
      sessionStartedAt: at,
      workedOn: '',
      chosen: '',
      nextSteps: '',
      participantView: null,
      response: 'co-signed',
      lockedAt: at,
      amendments: [],
      version: 2,
      createdAt: at,
      updatedAt: at,
    };
    const onSubmit = () => undefined;
    const person = document.createElement('div');
    const staff = document.createElement('div');
    document.body.replaceChildren(person, staff);
    render(renderAmendForm(n, { busy: false, onSubmit }), person);
    expect(nudges(person)).toBe(0);
    render(renderAmendForm(n, { busy: false, onSubmit, staff: true }), staff);
    expect(nudges(document.body)).toBe(1);
  });
});

describe('the nudge on a staff field', () => {
  async function field() {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    render(
      html`<form><al-language-nudge><al-textarea name="why" label="Why"></al-textarea></al-language-nudge></form>`,
      host,
    );
    const nudge = find(document.body, 'al-language-nudge');
    const box = find(document.body, 'al-textarea') as HTMLElement & { value: string };
    await settle(nudge, box);
    await settleTyping();
    return { nudge, box, root: nudge.shadowRoot as ShadowRoot };
  }

  it('lists the words as typed, replaces one range with one tap, and keeps words when asked', async () => {
    const { nudge, box, root } = await field();
    await type(box, 'Clean since May, she must stay clean');
    await settleTyping();
    await settle(nudge);
    // "must" is switched off by this organisation.
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Clean', 'clean']);
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe('2 language suggestions below the field.');

    await press(button(root, 'Replace “Clean” with in recovery'));
    expect(box.value).toBe('In recovery since May, she must stay clean');
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe('Replaced with “in recovery”.');

    await press(button(root, 'Keep my words'));
    expect(box.value).toBe('In recovery since May, she must stay clean');
    expect(root.querySelectorAll('li')).toHaveLength(0);

    flushNudges();
    await settle(nudge);
    // Counts only: term and outcome, never the words written.
    expect(posted.flatMap((b) => (b as { events: unknown[] }).events)).toEqual([
      { termKey: 'en.clean', outcome: 'shown' },
      { termKey: 'en.clean', outcome: 'shown' },
      { termKey: 'en.clean', outcome: 'replaced' },
      { termKey: 'en.clean', outcome: 'kept' },
    ]);
    expect(JSON.stringify(posted)).not.toContain('May');
  });

  it('leaves quoted words alone, and says nothing new while the same words stay', async () => {
    const { nudge, box, root } = await field();
    await type(box, 'She said “I have been clean a year”');
    await settleTyping();
    await settle(nudge);
    expect(root.querySelectorAll('li')).toHaveLength(0);
    await type(box, 'She is an addict');
    await settleTyping();
    await settle(nudge);
    const said = find(root, '[aria-live="polite"]');
    expect(said.textContent).toBe('One language suggestion below the field.');
    // More typing with the same match: the polite region is not touched again.
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    watch.observe(said, { childList: true, subtree: true, characterData: true });
    await type(box, 'She is an addict, we talked');
    await settleTyping();
    await settle(nudge);
    expect(changes).toEqual([]);
    // A new match is said, once.
    await type(box, 'She is an addict, we talked; an alcoholic too');
    await settleTyping();
    await settle(nudge);
    expect(said.textContent).toBe('2 language suggestions below the field.');
    watch.disconnect();
  });
});
