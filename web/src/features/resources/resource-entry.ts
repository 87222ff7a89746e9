/**
 * How one entry of the community-resource directory reads in the results list: its name,
 * category, what it offers and how to reach it, and when it was last checked. The buttons that
 * act on it depend on who is looking, so the page passes them in.
 */
import type { Resource as DirectoryEntry } from '@alongside/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { currentLanguage } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import { formatDay } from '../plan/referral-sections.js';

/** A language code as the person would say it in their own language (`es` → "Spanish"). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One result: a list item named by its heading, with `actions` after the details. */
export function renderResourceEntry(r: DirectoryEntry, actions: TemplateResult | typeof nothing) {
  const address = [r.addressLine, r.city, r.region, r.postalCode].filter(Boolean).join(', ');
  const contact = [r.phone, r.email].filter((v): v is string => Boolean(v));
  const headingId = `resource-${r.id}`;
  return html`<li class="item resource" aria-labelledby=${headingId}>
      <div class="item-main">
        <h3 id=${headingId} class="item-title">${r.name}</h3>
        <p class="tags">
          <span class="badge">${tres(`category.${r.category}`)}</span>
          ${r.stale ? html`<span class="badge badge-alert">${tres('item.stale')}</span>` : nothing}
        </p>
        ${r.description ? html`<p>${r.description}</p>` : nothing}
        <dl class="facts">
          ${
            r.languages.length > 0
              ? html`<div>
                  <dt>${tres('search.language')}</dt>
                  <dd>${r.languages.map(languageName).join(', ')}</dd>
                </div>`
              : nothing
          }
          ${address ? html`<div><dt>${tres('item.address')}</dt><dd>${address}</dd></div>` : nothing}
          ${r.hours ? html`<div><dt>${tres('item.hours')}</dt><dd>${r.hours}</dd></div>` : nothing}
          ${
            contact.length > 0 || r.website
              ? html`<div>
                  <dt>${tres('item.contact')}</dt>
                  <dd>
                    ${contact.join(' · ')}
                    ${
                      r.website
                        ? html`${contact.length > 0 ? html`<br />` : nothing}<a
                              href=${r.website}
                              target="_blank"
                              rel="noopener noreferrer"
                              >${r.website}</a
                            >`
                        : nothing
                    }
                  </dd>
                </div>`
              : nothing
          }
          <div><dt>${tres('item.cost')}</dt><dd>${tres(`cost.${r.cost}`)}</dd></div>
          ${
            r.pathways.length > 0
              ? html`<div>
                  <dt>${tres('item.pathways')}</dt>
                  <dd>${r.pathways.map((p) => tp(`pathway.${p}`)).join(', ')}</dd>
                </div>`
              : nothing
          }
        </dl>
        <p class="item-meta">
          ${r.lastVerifiedOn ? tres('item.verified', { date: formatDay(r.lastVerifiedOn) }) : tres('item.neverVerified')}
        </p>
      </div>
      ${actions}
    </li>`;
}
