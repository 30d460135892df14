import { css } from 'lit';

/** Credits and licences (`renderLicense`), wherever a widget shows them. */
export const creditStyles = css`
  /* A visual separator only: the empty alternative text keeps screen readers from reading the dot. */
  .credit + .credit::before {
    content: '· ';
    content: '· ' / '';
  }

  /* A target of 24 px or more (WCAG 2.5.8), which a line of small text is not. */
  .license-link {
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--_color-accent);
  }
`;
