import {
  type CrisisLine,
  type PlanSnapshot,
  type Voice,
  type WellnessItem,
  type WellnessSection,
  wellnessSectionsWithResponse,
} from '@alongside/shared';
import { html, nothing } from 'lit';
import { tp } from '../../i18n/plan-i18n.js';

/**
 * The seven parts of the wellness plan as the person reads them: five one-list parts, the crisis
 * plan with its sub-lists, and "after a crisis". Shared by the page, the specialist's view and print.
 */
export const wellnessParts: readonly { id: string; sections: readonly WellnessSection[] }[] = [
  { id: 'well', sections: ['well'] },
  { id: 'daily', sections: ['daily'] },
  { id: 'triggers', sections: ['triggers'] },
  { id: 'early-signs', sections: ['early-signs'] },
  { id: 'breaking-down', sections: ['breaking-down'] },
  {
    id: 'crisis',
    sections: [
      'crisis-signs',
      'crisis-involve',
      'crisis-not-involve',
      'crisis-helps',
      'crisis-not-helpful',
      'crisis-places',
      'crisis-not-places',
      'crisis-stop',
    ],
  },
  { id: 'after-crisis', sections: ['after-crisis'] },
];

export const sectionName = (section: WellnessSection) => tp(`wellness.section.${section}`);

/** The label of a section's response ("what I'll do", "what I want to happen"); none where it has none. */
export function responseLabel(section: WellnessSection): string | undefined {
  if (!wellnessSectionsWithResponse.includes(section)) return undefined;
  return section === 'breaking-down' ? tp('wellness.response.want') : tp('wellness.response.doing');
}

/** A section's items, in the person's order. */
export function itemsOf(plan: PlanSnapshot, section: WellnessSection): WellnessItem[] {
  return plan.wellnessItems.filter((i) => i.section === section).sort((a, b) => a.position - b.position);
}

/** Whose words: "In your words" on the person's own page, "in the person's own words" elsewhere. */
export function voiceText(voice: Voice, own: boolean): string {
  if (own) return voice === 'participant' ? tp('voice.participant') : tp('voice.specialistGeneric');
  return tp(`words.by.${voice}`);
}

/** The support and resource an item points at, with how to reach the support. */
export function renderLinks(item: WellnessItem, plan: PlanSnapshot) {
  const support = item.supportId ? plan.supports.find((s) => s.id === item.supportId) : undefined;
  const referral = item.resourceId ? plan.referrals.find((r) => r.resourceId === item.resourceId) : undefined;
  return html`${
    support
      ? html`<p class="item-meta link">${tp('wellness.linkedSupport', { name: support.label })}${
          support.howToReach ? html` · ${tp('wellness.reach', { how: support.howToReach })}` : nothing
        }</p>`
      : nothing
  }${referral ? html`<p class="item-meta link">${tp('wellness.linkedResource', { name: referral.resourceName })}</p>` : nothing}`;
}

/** `tel:` / `sms:` need the digits alone ("1-800-662-4357" → "18006624357"). */
const dial = (number: string) => number.replace(/[^\d+]/g, '');

/** The crisis lines, each with a link per way to reach it; on paper the chat address is written out. */
export function renderCrisisLines(lines: readonly CrisisLine[], headingLevel: 'h2' | 'h3' = 'h2') {
  const heading =
    headingLevel === 'h2'
      ? html`<h2 id="lines-title">${tp('wellness.lines')}</h2>`
      : html`<h3 id="lines-title">${tp('wellness.cardLines')}</h3>`;
  return html`<section class="crisis-lines" aria-labelledby="lines-title">
    ${heading}
    <ul class="plain-list">
      ${lines.map(
        (line) => html`<li>
          <strong>${line.name}</strong>:
          ${line.call ? html`<a href="tel:${dial(line.call)}">${tp('wellness.call', { number: line.call })}</a>` : nothing}
          ${line.text ? html` · <a href="sms:${dial(line.text)}">${tp('wellness.text', { number: line.text })}</a>` : nothing}
          ${line.chat ? html` · <a href=${line.chat}>${tp('wellness.chat')}</a> <span class="chat-url">(${line.chat})</span>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}
