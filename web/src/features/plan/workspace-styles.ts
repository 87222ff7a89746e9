import { css } from 'lit';

/**
 * The specialist's workspace on a person's page: the person's plan in the centre, with "my
 * suggestions" and the session beside it in a side column from 64rem (1024 px) up, and below
 * it on narrower screens — never above it, so the plan is what is read first. Wide screens get
 * more room than the app's usual reading width, since the plan and the side column share it.
 */
export const workspaceStyles = css`
  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--space-5);
    align-items: start;
  }
  .workspace-plan > :first-child,
  .workspace-side > :first-child {
    margin-top: 0;
  }
  .workspace-side {
    display: grid;
    gap: var(--space-4);
    min-width: 0;
  }
  .workspace-side > section,
  .workspace-side al-session-panel > section {
    margin: 0;
  }
  .badge {
    white-space: normal;
    overflow-wrap: anywhere;
    max-width: 100%;
  }
  @media (min-width: 64rem) {
    :host {
      /* Wider than the reading column: the plan keeps its width beside the side column. */
      margin-inline: calc((100% - min(100vw - 3rem, 84rem)) / 2);
    }
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(18rem, 24rem);
    }
  }
`;
