import { type Resource as DirectoryEntry, zResource } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ApiError } from '../../data/api-error.js';
import { readThrough } from '../../data/offline/read-through.js';
import { Resource } from '../../data/resource.js';
import { resourcesApi } from '../../data/resources-client.js';
import { tres } from '../../i18n/resources-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { renderResource } from '../../ui/async-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';

/** A phone number as a `tel:` address: digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '')}`;
}

/** The address on one line, from the parts the directory has. */
export function addressOf(r: DirectoryEntry): string {
  return [r.addressLine, r.city, [r.region, r.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/**
 * How to reach a community resource, read from the directory as it is now: a phone number to
 * tap, an e-mail address, the website, the address and the opening hours. Shown beside "I
 * contacted them", so the person can do it from there.
 *
 * @property resourceId - the directory entry (a referral's `resourceId`)
 */
@customElement('al-resource-contact')
export class AlResourceContact extends AlElement {
  @property() resourceId = '';

  private readonly entry = new Resource<DirectoryEntry | null>(this, async (signal) => {
    try {
      // Kept for the person's own plan, so how to reach it is there with no signal too.
      return await readThrough(
        `resource:${this.resourceId}`,
        () => resourcesApi.get(this.resourceId, signal),
        (v) => zResource.safeParse(v).data,
      );
    } catch (error) {
      // Removed from the directory since it was saved: the plan keeps its name, there is no contact.
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  });

  override render() {
    return renderResource(this.entry, (r) => {
      if (!r) return html`<p class="muted">${tres('contact.gone')}</p>`;
      const address = addressOf(r);
      const items = [
        r.phone ? html`<li><a href=${telHref(r.phone)}>${tres('contact.call', { phone: r.phone })}</a></li>` : nothing,
        r.email
          ? html`<li><a href=${`mailto:${r.email}`}>${tres('contact.email', { email: r.email })}</a></li>`
          : nothing,
        r.website
          ? html`<li>
              <span class="label">${tres('contact.website')}:</span>
              <a href=${r.website} rel="noopener noreferrer" target="_blank">${r.website.replace(/^https?:\/\//, '')}</a>
            </li>`
          : nothing,
        address ? html`<li><span class="label">${tres('contact.address')}:</span> ${address}</li>` : nothing,
        r.hours ? html`<li><span class="label">${tres('contact.hours')}:</span> ${r.hours}</li>` : nothing,
      ].filter((i) => i !== nothing);
      return html`<div class="contact">
        <p class="title">${tres('contact.title')}</p>
        ${items.length === 0 ? html`<p class="muted">${tres('contact.none')}</p>` : html`<ul>${items}</ul>`}
      </div>`;
    });
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .title {
        font-weight: 600;
        margin: 0 0 var(--space-1);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        overflow-wrap: anywhere;
      }
      a {
        display: inline-flex;
        align-items: center;
        min-height: var(--target);
      }
      .label {
        font-weight: 600;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-resource-contact': AlResourceContact;
  }
}
