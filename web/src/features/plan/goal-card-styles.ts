/**
 * The look of a goal card: its head, the steps list (tick boxes, the step being edited, a
 * partner's read-only ticks), the add-step form, the buttons and the panel under them. One sheet
 * for the card and its parts, because `al-goal-steps` and `al-goal-panel` render into the card's tree.
 */
import { css } from 'lit';

export const goalCardStyles = css`
  .goal {
    display: grid;
    gap: var(--space-2);
  }
  .goal > p {
    margin: 0;
  }
  .goal-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-2);
    align-items: baseline;
    justify-content: space-between;
  }
  .goal-head h4 {
    font-size: 1.1rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .label {
    font-weight: 600;
  }
  h5 {
    font-size: 1rem;
    margin: var(--space-3) 0 var(--space-2);
  }
  .count {
    font-weight: 400;
    font-size: 0.95rem;
  }
  .step-list {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--space-3);
    display: grid;
    gap: var(--space-1);
  }
  .step {
    display: flex;
    align-items: flex-start;
    gap: var(--space-2);
    position: relative;
  }
  .step input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.6rem 0 0;
    flex: 0 0 auto;
    accent-color: var(--c-primary);
  }
  .step label {
    flex: 1 1 auto;
    min-height: var(--target);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--space-2);
    padding: var(--space-1) 0;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .step-button {
    flex: 0 0 auto;
  }
  .step-edit {
    display: block;
    padding: var(--space-2) 0;
  }
  .step-read {
    min-height: var(--target);
    align-items: center;
    /* A partner's "suggest new words" goes under the step on a phone rather than past its edge. */
    flex-wrap: wrap;
  }
  .step-read > span:not(.tick) {
    flex: 1 1 10rem;
    min-width: 0;
  }
  .tick {
    display: inline-flex;
    width: 1.5rem;
    height: 1.5rem;
    border: 2px solid var(--c-control-border);
    border-radius: 50%;
    font-size: 0.85rem;
    align-items: center;
    justify-content: center;
    font-weight: 700;
    flex: 0 0 auto;
  }
  .tick.done {
    background: var(--c-primary);
    border-color: var(--c-primary);
    color: var(--c-on-primary);
  }
  .small {
    font-size: 0.9rem;
  }
  .inline-form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-2);
    align-items: flex-end;
  }
  .inline-form al-field {
    flex: 1 1 14rem;
  }
  .goal-actions {
    align-items: flex-end;
    margin-top: var(--space-2);
  }
  .status {
    min-width: 10rem;
  }
  .panel {
    border-top: 1px solid var(--c-line);
    padding-top: var(--space-3);
    margin-top: var(--space-2);
  }
  .panel h5 {
    margin: 0;
  }
  .error-text {
    color: var(--c-error);
    font-weight: 600;
    margin: 0;
  }
`;
