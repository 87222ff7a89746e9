import { css } from 'lit';

/** The wellness plan on screen (the person's page and their specialist's view): parts, crisis lines, items. */
export const wellnessPageStyles = css`
  .crisis-lines {
    border: 2px solid var(--c-primary);
    border-radius: var(--radius-small);
    background: var(--c-surface);
    padding: var(--space-3) var(--space-4);
    margin-bottom: var(--space-4);
  }
  .crisis-lines h2 {
    font-size: 1.1rem;
    margin: 0 0 var(--space-2);
  }
  .crisis-lines li {
    margin-bottom: var(--space-2);
    overflow-wrap: anywhere;
  }
  .crisis-lines a {
    font-weight: 600;
  }
  .chat-url {
    display: none;
  }
  .review p {
    margin: 0 0 var(--space-3);
  }
  .wellness-part {
    margin-top: var(--space-6);
  }
  section.wellness {
    margin-top: var(--space-6);
  }
  section.wellness .wellness-part {
    margin-top: var(--space-4);
  }
  .crisis-section :is(h3, h4) {
    font-size: 1.05rem;
    margin: var(--space-4) 0 var(--space-2);
  }
  .wellness-item p {
    margin: 0 0 var(--space-1);
    overflow-wrap: anywhere;
  }
  .wellness-item .stale {
    border-inline-start: 4px solid var(--c-primary);
    padding-inline-start: var(--space-3);
  }
`;
