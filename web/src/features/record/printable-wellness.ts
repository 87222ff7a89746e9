import type { PlanSnapshot } from '@alongside/shared';
import { html, nothing } from 'lit';
import { formatCalendarDay } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { itemsOf, renderLinks, responseLabel, sectionName, wellnessParts } from '../wellness/wellness-parts.js';
import { voiceText } from './printable-words.js';

/**
 * The wellness and crisis plan as the last sheet of the printed plan: every section with its
 * items in the person's order, each response and link, and whose words each text is. Sections
 * with nothing in them are left out, so the paper holds what the person wrote.
 */
export function renderPrintableWellness(plan: PlanSnapshot) {
  const sections = wellnessParts.flatMap((part) => part.sections).filter((s) => itemsOf(plan, s).length > 0);
  return html`<section class="sheet wellness" aria-labelledby="wellness-title">
    <h2 id="wellness-title">${tp('wellness.title')}</h2>
    ${
      plan.wellnessReviewedOn
        ? html`<p class="meta">${tp('wellness.reviewedOn', { date: formatCalendarDay(plan.wellnessReviewedOn) })}</p>`
        : nothing
    }
    ${sections.length === 0 ? html`<p>${tp('wellness.printEmpty')}</p>` : nothing}
    ${sections.map(
      (section) => html`<article class="entry" aria-labelledby="wellness-${section}">
        <h3 id="wellness-${section}">${sectionName(section)}</h3>
        <ul>
          ${itemsOf(plan, section).map(
            (item) => html`<li>
              ${item.text} <span class="voice">(${voiceText(plan, item.voice, item.fromSuggestionId)})</span>
              ${
                item.response
                  ? html`<br />${responseLabel(section)}: ${item.response}
                      <span class="voice">(${voiceText(plan, item.responseVoice, item.fromSuggestionId)})</span>`
                  : nothing
              }
              ${renderLinks(item, plan)}
            </li>`,
          )}
        </ul>
      </article>`,
    )}
  </section>`;
}
