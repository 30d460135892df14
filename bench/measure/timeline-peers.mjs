import { timelineJsData } from '../peers/quiz-data.mjs';
import { coldLoads } from './cold-load.mjs';

/** The seed's timeline by Glossa and by TimelineJS, measured in turns in one run. */
export const TIMELINE_PEERS = {
  glossa: '/bench/peers/glossa-timeline.html',
  timelinejs: '/bench/peers/timelinejs.html',
};

/**
 * Runs in the page before its own scripts: records `performance.now()` once an event of the timeline
 * (Glossa's `event` part, a TimelineJS time marker) is drawn, in the document or an open shadow root.
 */
function timelineProbe() {
  const drawn = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility();
  };
  const ready = () =>
    [document, ...[...document.querySelectorAll('*')].map((element) => element.shadowRoot).filter(Boolean)].some(
      (root) => [...root.querySelectorAll('[part~="event"], .tl-timemarker-content')].some(drawn),
    );
  const poll = () => {
    if (document.documentElement && ready()) window.benchClickableAt = performance.now();
    else setTimeout(poll, 1);
  };
  poll();
}

/** Bytes, time to the first event drawn and heap for Glossa and TimelineJS, and Glossa's ratio to TimelineJS. */
export async function measureTimelinePeers(browser, origin, { runs }) {
  const pages = Object.fromEntries(Object.entries(TIMELINE_PEERS).map(([name, path]) => [name, `${origin}${path}`]));
  const { glossa, timelinejs } = await coldLoads(browser, pages, { runs, probe: timelineProbe });
  const ratio = (ours, theirs) => Math.round((ours / theirs) * 100) / 100;
  return {
    events: timelineJsData().events.length,
    peers: { glossa, timelinejs },
    ratios: {
      jsCssBytes: ratio(glossa.bytes.jsCss, timelinejs.bytes.jsCss),
      drawnMs: ratio(glossa.clickableMs, timelinejs.clickableMs),
      heapBytes: ratio(glossa.heapBytes, timelinejs.heapBytes),
    },
  };
}
