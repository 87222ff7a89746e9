/**
 * The look of the supervisor's report page: the period picker, the summary and the trend. One
 * sheet, because those parts render into the page's tree and are styled by the page. The
 * picker's selects are `al-select`, which carries the app's shared control styles.
 */
import { css } from 'lit';

export const reportStyles = css`
  .picker {
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
  /* The picker's controls (al-select, styled by itself) side by side, wrapping on a phone. */
  .picker-fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-3) var(--space-4);
    align-items: flex-end;
  }
  .picker-fields al-select {
    flex: 1 1 8rem;
    min-width: 0;
  }
  /* A quarter in words ("Q3 (July–September)") and a person's name need more room than a year. */
  .picker-fields al-select[name='part'],
  .picker-fields al-select[name='specialistId'] {
    flex: 2 1 14rem;
  }
  /* A period or a measure is read as one phrase, never broken inside a word. */
  .trend-table th {
    overflow-wrap: normal;
  }
  .trend-table thead th {
    white-space: normal;
  }
  .trend-table tbody th {
    white-space: nowrap;
  }
  .trend {
    margin-top: var(--space-6);
  }
  .trend > * + * {
    margin-top: var(--space-4);
  }
  .trend-by {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-2) var(--space-5);
  }
  .trend-by legend {
    margin-bottom: var(--space-2);
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
    .goals,
    .trend-table {
      min-width: 30rem;
    }
    .goals th,
    .goals td,
    .trend-table th,
    .trend-table td {
      overflow-wrap: normal;
    }
    .num {
      white-space: normal;
    }
  }
`;
