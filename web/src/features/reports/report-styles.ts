/**
 * The look of the supervisor's report page: the period form and the summary. One sheet, because
 * the summary (`al-report-summary`) renders into the page's tree and is styled by the page.
 */
import { css } from 'lit';

export const reportStyles = css`
  .range {
    margin-bottom: var(--space-5);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: var(--space-3);
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-3) var(--space-4);
    align-items: flex-end;
  }
  .date {
    flex: 1 1 10rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  select {
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
  input[aria-invalid='true'] {
    border-color: var(--c-error);
    border-width: 2px;
  }
  .error {
    color: var(--c-error);
    font-weight: 600;
    margin: var(--space-3) 0 0;
  }
  .summary > * + * {
    margin-top: var(--space-4);
  }
  .summary section {
    margin-top: var(--space-6);
  }
  al-notice {
    display: block;
  }
  .empty {
    font-weight: 600;
  }
  .csv {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--space-3);
  }
  .figures {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--space-4);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .figure h3 {
    margin: 0;
  }
  .figure p {
    margin: 0;
  }
  .big {
    font-size: 1.6rem;
    font-weight: 700;
  }
  .share {
    margin: var(--space-3) 0;
  }
  .table-wrap + .table-wrap,
  .table-wrap + .share,
  .share + .table-wrap {
    margin-top: var(--space-4);
  }
  .table-title {
    color: var(--c-muted);
    margin-bottom: var(--space-2);
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  tr.total th,
  tr.total td {
    font-weight: 700;
  }
  .bars .bar-col {
    width: 40%;
    vertical-align: middle;
  }
  .bar {
    display: block;
    height: 0.9rem;
    min-width: 2px;
    background: var(--c-primary);
    border-radius: 2px;
  }
  .hidden-bar {
    width: 1.5rem;
    background: repeating-linear-gradient(
      45deg,
      var(--c-muted) 0 3px,
      transparent 3px 6px
    );
  }
  @media (max-width: 30rem) {
    .bars .bar-col {
      width: 25%;
    }
    .goals {
      min-width: 30rem;
    }
    .goals th,
    .goals td {
      overflow-wrap: normal;
    }
    .num {
      white-space: normal;
    }
  }
`;
