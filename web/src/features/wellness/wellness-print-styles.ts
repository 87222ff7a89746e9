import { css } from 'lit';

/**
 * The wellness plan's printed forms. One page: small type in two columns, so the whole plan fits
 * one sheet in most cases. Wallet card: a bordered box the size of a folded card (85 × 55 mm each
 * side, so about 85 × 110 mm before folding), with a line to cut along.
 */
export const wellnessPrintStyles = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--space-3);
    margin-bottom: var(--space-2);
  }
  .meta,
  .link {
    color: var(--c-muted);
  }
  ul {
    margin: 0 0 var(--space-2);
    padding-inline-start: 1.1rem;
  }
  li p,
  .crisis-lines li {
    margin: 0;
    font-size: inherit;
  }
  .crisis-lines {
    border: 2px solid currentColor;
    border-radius: var(--radius-small);
    padding: var(--space-2) var(--space-3);
    margin: var(--space-3) 0;
  }
  .crisis-lines h2,
  .crisis-lines h3 {
    margin: 0 0 var(--space-1);
    font-size: 1rem;
  }
  .crisis-lines ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .columns {
    columns: 2 16rem;
    column-gap: var(--space-5);
  }
  .block {
    break-inside: avoid;
  }
  .block h2 {
    font-size: 1.05rem;
    margin: var(--space-3) 0 var(--space-1);
  }
  .block h3 {
    font-size: 0.95rem;
    margin: var(--space-2) 0 0;
  }
  .wallet-card {
    width: min(100%, 85mm);
    min-height: 110mm;
    border: 1px dashed currentColor;
    padding: 4mm;
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  .wallet-card h1 {
    font-size: 1.1rem;
    margin: 0 0 var(--space-2);
  }
  .wallet-card h2 {
    font-size: 1rem;
    margin: var(--space-2) 0 0;
  }
  .chat-url {
    display: none;
  }
  @media print {
    .screen-only {
      display: none;
    }
    .one-page {
      font-size: 9pt;
      line-height: 1.25;
    }
    .one-page h1 {
      font-size: 14pt;
      margin: 0;
    }
    .wallet-card {
      font-size: 8pt;
      line-height: 1.2;
      break-inside: avoid;
    }
    .wallet-card h1 {
      font-size: 10pt;
    }
    .wallet-card h2,
    .wallet-card h3 {
      font-size: 9pt;
    }
    a {
      color: #000;
      text-decoration: none;
    }
    .chat-url {
      display: inline;
    }
  }
`;
