import { coldLoads, serverRenderedProbe } from './cold-load.mjs';

/** The same five-question quiz by Glossa, SurveyJS and a plain HTML form, measured in turns in one run. */
export const PEERS = {
  glossa: '/bench/peers/glossa.html',
  survey: '/bench/peers/survey.html',
  quizdown: '/bench/peers/quizdown.html',
  plain: '/bench/peers/plain.html',
};

const ratio = (glossa, peer) => Math.round((glossa / peer) * 100) / 100;

/** Bytes, time to the first question clickable and heap for each peer, and Glossa's ratio to each. */
export async function measureQuizPeers(browser, origin, { runs }) {
  const pages = Object.fromEntries(Object.entries(PEERS).map(([name, path]) => [name, `${origin}${path}`]));
  const peers = await coldLoads(browser, pages, { runs });
  const ratios = {};
  for (const name of ['survey', 'quizdown', 'plain']) {
    ratios[name] = {
      jsCssBytes: ratio(peers.glossa.bytes.jsCss, peers[name].bytes.jsCss),
      clickableMs: ratio(peers.glossa.clickableMs, peers[name].clickableMs),
      heapBytes: ratio(peers.glossa.heapBytes, peers[name].heapBytes),
    };
  }
  return { peers, ratios };
}

/**
 * The five questions server-rendered (`glossa render --page`) against the plain form, loaded in turns:
 * the first question drawn, and clickable once hydrated, each with its ratio to the plain form's.
 */
export async function measureServerRendered(browser, origin, { runs }) {
  const pages = { glossa: `${origin}/bench/peers/glossa-server-rendered.html`, plain: `${origin}${PEERS.plain}` };
  const { glossa, plain } = await coldLoads(browser, pages, { runs, probe: serverRenderedProbe });
  return {
    glossa,
    plain,
    ratios: {
      drawnMs: ratio(glossa.firstClickableMs, plain.firstClickableMs),
      clickableMs: ratio(glossa.clickableMs, plain.clickableMs),
      jsCssBytes: ratio(glossa.bytes.jsCss, plain.bytes.jsCss),
    },
  };
}
