import { css } from 'lit';

/** The body keeps the page's own styles: the element is only a block around it. */
export const annotateStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }
`;
