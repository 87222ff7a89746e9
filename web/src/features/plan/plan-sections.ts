import type { Choice, PlanSnapshot, Support } from '@alongside/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';

/**
 * What a page adds to the choices it shows: the person's decide form and "add a choice", and the
 * form under each open choice for one more option (the person's, or their specialist's suggestion).
 */
export interface ChoiceParts {
  decide?: (c: Choice) => TemplateResult;
  addOption?: (c: Choice) => TemplateResult;
  addForm?: TemplateResult;
}

/** Read views of the person's choices and supports, shared by their page and their specialist's. */
export function renderChoices(
  plan: PlanSnapshot,
  headingKey: 'choices.title' | 'choices.personTitle',
  parts: ChoiceParts = {},
) {
  return html`<section aria-labelledby="choices-title">
    <h2 id="choices-title">${tp(headingKey)}</h2>
    ${
      plan.choices.length === 0
        ? html`<p class="muted">${tp('choices.none')}</p>`
        : html`<ul class="item-list">
            ${plan.choices.map((c) => renderChoice(c, parts))}
          </ul>`
    }
    ${parts.addForm ?? nothing}
  </section>`;
}

function renderChoice(c: Choice, { decide, addOption }: ChoiceParts) {
  const chosen = c.options.find((o) => o.id === c.chosenOptionId);
  return html`<li class="item">
    <div class="item-main stack">
      <h3 class="item-title">${c.question}</h3>
      <p class="item-meta">
        ${chosen ? tp('choices.chosen', { option: chosen.label }) : tp('choices.notDecided')}
        ${c.decidedOn ? html` · ${formatDate(c.decidedOn)}` : nothing}
      </p>
      ${c.reasons ? html`<p class="item-meta">${tp('choices.reasons', { text: c.reasons })}</p>` : nothing}
      ${
        c.options.length
          ? html`<p class="item-meta">${tp('choices.options')}:</p>
              <ul>
                ${c.options.map(
                  (o) =>
                    html`<li>${o.label} <span class="muted">(${tp(`pathway.${o.pathway}`)} · ${tp(`choices.raisedBy.${o.raisedBy}`)}${
                      o.voice !== o.raisedBy ? html` · ${tp(`words.by.${o.voice}`)}` : nothing
                    })</span>${o.notes ? html`<br /><span class="muted">${o.notes}</span>` : nothing}</li>`,
                )}
              </ul>`
          : nothing
      }
      ${decide && c.chosenOptionId === null && c.options.length > 0 ? decide(c) : nothing}
      ${addOption && c.chosenOptionId === null ? addOption(c) : nothing}
    </div>
  </li>`;
}

export function renderSupports(
  plan: PlanSnapshot,
  headingKey: 'supports.title' | 'supports.personTitle',
  addForm: TemplateResult | typeof nothing = nothing,
) {
  return html`<section aria-labelledby="supports-title">
    <h2 id="supports-title">${tp(headingKey)}</h2>
    ${
      plan.supports.length === 0
        ? html`<p class="muted">${tp('supports.none')}</p>`
        : html`<ul class="item-list">
            ${plan.supports.map((s) => renderSupport(s))}
          </ul>`
    }
    ${addForm}
  </section>`;
}

function renderSupport(s: Support) {
  return html`<li class="item">
    <div class="item-main">
      <p class="item-title">${s.label}</p>
      <p class="item-meta">${tp(`supports.kind.${s.kind}`)}</p>
      ${s.howToReach ? html`<p class="item-meta">${tp('supports.howToReach', { how: s.howToReach })}</p>` : nothing}
      <p class="item-meta">${
        s.howToReach && s.howToReachVoice !== s.voice
          ? `${tp('words.label')}: ${tp(`words.by.${s.voice}`)} · ${tp('words.howToReach')}: ${tp(`words.by.${s.howToReachVoice}`)}`
          : tp(`words.by.${s.voice}`)
      }</p>
    </div>
  </li>`;
}
