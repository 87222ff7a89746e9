import { css } from 'lit';

/**
 * Styles every page and component shares: type scale, links, focus ring, cards, lists, tables.
 * Lit adopts one constructed stylesheet per `css` value, so sharing this costs nothing per use.
 */
export const sharedStyles = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    color: var(--c-text);
    text-wrap: balance;
  }
  h1 {
    font-size: 1.75rem;
    margin: 0 0 var(--space-3);
  }
  h2 {
    font-size: 1.3rem;
    margin: 0 0 var(--space-3);
  }
  h3 {
    font-size: 1.1rem;
    margin: 0 0 var(--space-2);
  }
  p {
    margin: 0 0 var(--space-4);
    max-width: 65ch;
  }
  a {
    color: var(--c-link);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.18em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
  /* Headings receive focus on navigation so screen readers start there; no ring needed on them. */
  [tabindex='-1']:focus {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .lead {
    font-size: 1.125rem;
    color: var(--c-muted);
  }
  .muted {
    color: var(--c-muted);
  }
  .page-header {
    margin-bottom: var(--space-5);
  }
  .page-header p {
    margin-bottom: 0;
  }
  section + section {
    margin-top: var(--space-6);
  }
  .card {
    background: var(--c-surface);
    border: 1px solid var(--c-line);
    border-radius: var(--radius);
    padding: var(--space-5);
  }
  .card > :last-child {
    margin-bottom: 0;
  }
  .card-soft {
    background: var(--c-surface-soft);
    border-color: transparent;
  }
  .narrow {
    max-width: 32rem;
  }
  .plain-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .item-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--space-3);
  }
  .item {
    background: var(--c-surface);
    border: 1px solid var(--c-line);
    border-radius: var(--radius-small);
    padding: var(--space-4);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--space-3);
  }
  .item-main {
    min-width: 0;
    flex: 1 1 14rem;
  }
  .item-title {
    font-weight: 600;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .item-meta {
    margin: 0;
    color: var(--c-muted);
    font-size: 0.95rem;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-3);
    align-items: center;
  }
  .form-grid {
    display: grid;
    /* minmax(0, …): a long value or a wide control must not push the form past a phone's edge. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--space-4);
  }
  /* An empty feedback region stays in place (so it announces when filled) but takes no room. */
  .form-grid > [role='alert']:empty,
  .form-grid > [role='status']:empty {
    margin-top: calc(-1 * var(--space-4));
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.55rem;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    background: var(--c-surface-soft);
    color: var(--c-text);
    border: 1px solid var(--c-line);
    white-space: nowrap;
  }
  .badge-good {
    background: var(--c-success-bg);
    color: var(--c-success);
    border-color: #b9dcc5;
  }
  .badge-quiet {
    background: #f1f1ef;
    color: var(--c-muted);
  }
  .badge-alert {
    background: var(--c-error-bg);
    color: var(--c-error);
    border-color: #efc7c4;
  }
  .link-target {
    display: inline-flex;
    align-items: center;
    min-height: var(--target);
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--c-line);
    border-radius: var(--radius-small);
    background: var(--c-surface);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95rem;
  }
  caption {
    text-align: start;
    padding: var(--space-3) var(--space-4);
    color: var(--c-muted);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--space-3);
    border-top: 1px solid var(--c-line);
    overflow-wrap: anywhere;
  }
  th {
    background: var(--c-surface-soft);
    font-weight: 600;
  }
  /* A radio button or checkbox with its label beside it, a whole touch target high (a choice's options, a trend's step, "also send by email"). */
  .radio,
  .check {
    display: flex;
    align-items: center;
    gap: var(--space-2);
    min-height: var(--target);
  }
  .radio input,
  .check input {
    width: 1.4rem;
    height: 1.4rem;
    margin: 0;
    accent-color: var(--c-primary);
  }
  /* A native date box with its label above (a follow-up date, a report's range, a verified-on day). */
  .date {
    display: grid;
    gap: var(--space-1, 0.25rem);
  }
  .date label {
    font-weight: 600;
  }
  .date input {
    font: inherit;
    min-height: var(--target);
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--c-muted);
    border-radius: var(--radius-small);
    background: var(--c-surface);
    color: var(--c-text);
    width: 100%;
    min-width: 0;
  }
  @media (max-width: 30rem) {
    h1 {
      font-size: 1.5rem;
    }
    .card {
      padding: var(--space-4);
    }
    th,
    td {
      padding: var(--space-2);
    }
  }
`;
