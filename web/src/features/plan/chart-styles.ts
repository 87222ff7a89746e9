import { css } from 'lit';

/** What the plan's small line charts share: the figure, its grid and axes, the line, and the table's toggle. */
export const chartStyles = css`
  figure {
    margin: 0 0 var(--space-2);
  }
  svg {
    width: 100%;
    max-width: 28rem;
    height: auto;
    display: block;
  }
  .grid {
    stroke: var(--c-line);
    stroke-width: 1;
  }
  .axis {
    font-size: 11px;
    fill: var(--c-muted);
  }
  .line {
    fill: none;
    stroke: var(--c-primary);
    stroke-width: 2.5;
  }
  .dot {
    fill: var(--c-primary);
  }
  summary {
    cursor: pointer;
    padding: 0.65rem 0;
    color: var(--c-link);
    text-decoration: underline;
  }
  summary:focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
`;
