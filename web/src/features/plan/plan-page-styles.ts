/**
 * The participant's plan page's own look, on top of sharedStyles and planStyles: the session
 * notice, the owner's add forms and their summaries, the choice options and the decide form, the
 * referral follow-up date and the link to the directory. One sheet for the page and its parts,
 * because the parts render into the page's tree (light DOM); kept apart from plan-styles.ts, which
 * the person and notes pages share.
 */
import { css } from 'lit';

export const planPageStyles = css`
  .session {
    display: block;
    margin-bottom: var(--space-5);
  }
  .session p {
    margin-bottom: var(--space-3);
  }
  .add-support {
    margin-top: var(--space-4);
  }
  /* The shared-screen code, big enough to read across a table. */
  .presence-code {
    font-size: 2rem;
    font-weight: 700;
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
  }
  .one-screen {
    border: 2px solid var(--c-primary);
  }
  .option-row {
    display: grid;
    gap: var(--space-2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  .decide {
    margin-top: var(--space-3);
  }
  .decide fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  .decide legend {
    font-weight: 600;
    margin-bottom: var(--space-1);
  }
  .radio label {
    flex: 1;
    padding: var(--space-2) 0;
    cursor: pointer;
  }
  .add-support summary {
    cursor: pointer;
    padding: 0.65rem 0;
    color: var(--c-link);
    font-weight: 600;
  }
  .find-link {
    display: inline-flex;
    align-items: center;
    min-height: var(--target);
    font-weight: 600;
  }
  .add-support summary:focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
`;
