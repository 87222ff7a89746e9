import { css } from 'lit';

/**
 * The printable plan on screen (a calm document) and on paper: black on white, 12 pt body text,
 * each section on a new sheet, no goal or choice cut across two pages where it fits on one. The
 * page box itself (`@page` margins) lives in global.css: `@page` is ignored inside a shadow root.
 */
export const printableStyles = css`
  .sheet {
    margin-top: var(--space-6);
  }
  .items {
    display: grid;
    gap: var(--space-4);
  }
  .entry {
    padding: var(--space-4);
    border: 1px solid var(--c-line);
    border-radius: var(--radius-small);
    background: var(--c-surface);
  }
  .entry > :last-child {
    margin-bottom: 0;
  }
  h4 {
    font-size: 1rem;
    margin: var(--space-3) 0 var(--space-1);
  }
  .voice,
  .meta,
  .state {
    color: var(--c-muted);
  }
  .voice {
    font-style: italic;
  }
  .steps,
  .options {
    margin: 0 0 var(--space-3);
    padding-inline-start: 0;
    list-style: none;
  }
  .steps li,
  .options li {
    margin-bottom: var(--space-1);
  }
  .steps li {
    display: flex;
    gap: var(--space-2);
  }
  .box {
    flex: none;
  }
  .options li {
    padding-inline-start: var(--space-3);
    border-inline-start: 3px solid var(--c-line);
  }
  .options li.chosen {
    border-inline-start-color: var(--c-text);
  }
  .options .label,
  .decision,
  .label {
    font-weight: 600;
  }

  @media print {
    :host {
      font-size: 12pt;
      line-height: 1.4;
      color: #000;
    }
    h2 {
      font-size: 16pt;
    }
    h3 {
      font-size: 13pt;
    }
    h4 {
      font-size: 12pt;
    }
    h2,
    h3,
    h4 {
      color: #000;
      break-after: avoid;
      page-break-after: avoid;
    }
    p {
      max-width: none;
    }
    .sheet {
      margin-top: 0;
    }
    /* The goals follow the name and date on the first sheet; every later section starts a sheet. */
    .sheet + .sheet {
      break-before: page;
      page-break-before: always;
    }
    .items {
      display: block;
    }
    .entry {
      border: none;
      border-bottom: 1px solid #000;
      border-radius: 0;
      padding: 0 0 8pt;
      margin: 0 0 10pt;
      background: #fff;
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .voice,
    .meta,
    .state {
      color: #000;
    }
    .options li,
    .options li.chosen {
      border-inline-start-color: #000;
    }
  }
`;
