import { css } from 'lit';

/** Layout shared by the role home pages: a grid of calm cards. */
export const homeStyles = css`
  .cards {
    display: grid;
    gap: var(--space-4);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .cards .card {
    display: flex;
    flex-direction: column;
    gap: var(--space-2);
  }
  .cards .card p {
    margin: 0;
  }
  .cards .card .link-target {
    margin-top: auto;
    font-weight: 600;
  }
  .placeholder {
    border: 2px dashed var(--c-line);
    background: var(--c-surface);
  }
`;
