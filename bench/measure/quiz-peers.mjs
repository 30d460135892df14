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
 * `network` (one of NETWORKS) emulates the reader's.
 */
export async function measureServerRendered(browser, origin, { runs, network }) {
  const pages = { glossa: `${origin}/bench/peers/glossa-server-rendered.html`, plain: `${origin}${PEERS.plain}` };
  const { glossa, plain } = await coldLoads(browser, pages, { runs, probe: serverRenderedProbe, network });
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

/**
 * The five questions over an emulated network (`origin` should send gzip, as a CDN does), loaded in
 * turns: by glossa.js (the loader, then the quiz's chunks), by glossa.js with those chunks preloaded
 * (as the WordPress plugin prints them), by the one file of every element, and server-rendered, each
 * against the plain form on the same network.
 */
export async function measureQuizOnNetwork(browser, origin, { runs, network }) {
  const pages = {
    loader: `${origin}${PEERS.glossa}`,
    preloaded: `${origin}/bench/peers/glossa-preloaded.html`,
    oneBundle: `${origin}/bench/peers/glossa-one-bundle.html`,
    plain: `${origin}${PEERS.plain}`,
  };
  const { loader, preloaded, oneBundle, plain } = await coldLoads(browser, pages, { runs, network });
  const serverRendered = await measureServerRendered(browser, origin, { runs, network });
  return {
    network: network.label,
    loader,
    preloaded,
    oneBundle,
    plain,
    serverRendered,
    ratios: {
      loader: ratio(loader.clickableMs, plain.clickableMs),
      preloaded: ratio(preloaded.clickableMs, plain.clickableMs),
      oneBundle: ratio(oneBundle.clickableMs, plain.clickableMs),
    },
  };
}
