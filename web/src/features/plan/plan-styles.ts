import { css } from 'lit';

/** Layout shared by the plan, person and notes pages. */
export const planStyles = css`
  .area {
    margin-top: var(--space-5);
  }
  .area-hint {
    color: var(--c-muted);
    margin-top: calc(-1 * var(--space-2));
  }
  .goal-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--space-4);
  }
  .banner {
    position: sticky;
    top: 0;
    z-index: 2;
    margin-bottom: var(--space-4);
  }
  .presence {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-2);
    align-items: center;
    margin: 0 0 var(--space-4);
  }
  .presence-dot {
    display: inline-block;
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 50%;
    background: var(--c-success);
    margin-inline-end: 0.35rem;
  }
  .suggestion {
    display: grid;
    gap: var(--space-2);
  }
  .suggestion p {
    margin: 0;
  }
  .suggestion-text {
    font-size: 1.1rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .stack {
    display: grid;
    gap: var(--space-3);
  }
  .note-section h3,
  .note-section h4 {
    margin: var(--space-3) 0 var(--space-1);
    font-size: 1rem;
  }
  .note-section p {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .two-col > section {
    margin-top: 0;
  }
  .two-col {
    margin-top: var(--space-6);
    display: grid;
    gap: var(--space-4);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
`;
