import { css } from 'lit';

export const timelineStyles = css`
  :host {
    container-type: inline-size;
    --_line: var(--glossa-timeline-line-color, var(--_color-border));
    --_marker: var(--glossa-timeline-marker-color, var(--_color-accent));
    --_marker-size: var(--glossa-timeline-marker-size, 0.75rem);
  }

  /* The heading shares its line with the pager, which keeps its room there whether shown or not. */
  .top {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }

  .heading {
    margin: 0;
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-large);
    line-height: 1.25;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .event {
    position: relative;
    padding-block-end: var(--_space-m);
    padding-inline-start: calc(var(--_marker-size) + var(--_space-m));
    border-inline-start: var(--_border-width) solid var(--_line);
    margin-inline-start: calc(var(--_marker-size) / 2);
  }

  .event:last-child {
    border-inline-start-color: transparent;
  }

  .marker {
    position: absolute;
    inset-block-start: 0.35em;
    inset-inline-start: calc(var(--_marker-size) / -2 - var(--_border-width) / 2);
    inline-size: var(--_marker-size);
    block-size: var(--_marker-size);
    border-radius: 50%;
    background: var(--_marker);
  }

  /* The line on from a planned event is dashed: what it leads to has not happened yet. */
  .planned-event {
    border-inline-start-style: dashed;
  }

  /* Hollow, so that a planned event differs from one that happened by more than its label. */
  .planned-event .marker {
    border: calc(var(--_border-width) * 2) dashed var(--_marker);
    background: var(--_color-surface);
  }

  /* The date and the "Planned" label share a line above the event. */
  .date {
    margin-inline-end: var(--_space-s);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }

  .planned {
    display: inline-block;
    padding: 0 var(--_space-xs);
    border: var(--_border-width) dashed currentColor;
    border-radius: var(--_radius);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }

  .label,
  .detail {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .label {
    font-weight: 600;
  }

  .detail {
    color: var(--_color-muted);
  }

  @container (min-width: 40rem) {
    /* A scroller clips on both axes: room above the line keeps its markers, centred on it, whole. */
    .scroller {
      overflow-x: auto;
      padding-block: calc(var(--_marker-size) / 2 + var(--_border-width)) var(--_space-s);
    }

    .list {
      display: flex;
      inline-size: max-content;
      min-inline-size: 100%;
    }

    .event {
      flex: 0 0 var(--glossa-timeline-event-inline-size, 14rem);
      margin-inline-start: 0;
      padding-block: calc(var(--_marker-size) + var(--_space-s)) 0;
      padding-inline: 0 var(--_space-m);
      border-inline-start: 0;
      border-block-start: var(--_border-width) solid var(--_line);
    }

    .planned-event {
      border-block-start-style: dashed;
    }

    .event:last-child {
      border-block-start-color: var(--_line);
      flex-grow: 1;
    }

    .marker {
      inset-block-start: calc(var(--_marker-size) / -2 - var(--_border-width) / 2);
      inset-inline-start: 0;
    }
  }

  /* Only the horizontal layout can overflow. */
  .pager {
    display: none;
    flex: none;
    gap: var(--_space-xs);
  }

  @container (min-width: 40rem) {
    .pager {
      display: flex;
    }

    .pager.idle {
      visibility: hidden;
    }
  }

  .page-button {
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: var(--_border-width) solid var(--_color-border);
    border-radius: 50%;
    background: var(--_color-surface);
    color: var(--_color-accent);
    font: inherit;
    font-size: var(--_font-size-large);
    line-height: 1;
    cursor: pointer;
  }

  .page-button[aria-disabled='true'] {
    color: var(--_color-muted);
    cursor: default;
  }

  .page-button:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: 2px;
  }

  /* In forced colours a background is dropped: the dots must keep the system's text colour. */
  @media (forced-colors: active) {
    .marker {
      background: CanvasText;
      forced-color-adjust: none;
    }

    .planned-event .marker {
      border-color: CanvasText;
      background: Canvas;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .scroller {
      scroll-behavior: smooth;
    }
  }
`;
