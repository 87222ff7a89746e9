/**
 * The look of the resource directory page: search, results, the add/edit form and the CSV form.
 * One sheet, not one per module, because the form and CSV parts render into the page's tree and
 * the forms share rules (the CSV file box takes the date box's `.date` look).
 */
import { css } from 'lit';

export const resourceStyles = css`
  .search {
    display: grid;
    gap: var(--space-3);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    align-items: end;
  }
  .search .q,
  .search .actions {
    grid-column: 1 / -1;
  }
  .resource {
    align-items: flex-start;
  }
  .resource h3 {
    margin: 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-2);
    margin: var(--space-2) 0;
  }
  .facts {
    display: grid;
    gap: var(--space-1, 0.25rem);
    margin: 0 0 var(--space-2);
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--space-2);
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .facts a {
    display: inline-block;
    min-height: var(--target);
    padding-block: 0.6rem;
  }
  .confirm {
    margin: 0;
    font-weight: 600;
  }
  .choices {
    border: 1px solid var(--c-border, var(--c-muted));
    border-radius: var(--radius-small);
    padding: var(--space-2) var(--space-3);
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
  }
  legend {
    font-weight: 600;
    padding: 0 var(--space-1, 0.25rem);
  }
  .optional {
    font-weight: 400;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--space-2);
    min-height: var(--target);
    cursor: pointer;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .error {
    color: var(--c-error);
    font-weight: 600;
    margin: 0;
  }
  .csv {
    display: grid;
    gap: var(--space-3);
    margin-bottom: var(--space-3);
  }
  .button-link {
    display: inline-flex;
    align-items: center;
    min-height: var(--target);
    font-weight: 600;
  }
  .problems {
    margin: 0;
    padding-left: 1.25rem;
    overflow-wrap: anywhere;
  }
  #results-title:focus,
  #form-title:focus {
    outline: none;
  }
`;
