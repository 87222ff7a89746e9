import { css } from 'lit';

/** The specialist's notes on a person's page: spacing of the stale notice, the edit form and the person's view. */
export const personNotesStyles = css`
  :host {
    display: block;
    margin-top: var(--space-6);
  }
  .stale al-notice {
    display: block;
    margin-top: var(--space-3);
  }
  .note-edit {
    margin-top: var(--space-3);
  }
  .their-view {
    margin-top: var(--space-4);
  }
`;
