import { SCALE_COUNTS } from '../peers/pages.mjs';
import { coldLoads, demoReadyProbe } from './cold-load.mjs';

/**
 * The demo page (demo/index.html, every widget over the seed article fetched by `src`), served by the
 * dev server from the TypeScript sources: navigation to every widget rendered and the body annotated.
 */
export async function measureDemoPage(browser, origin, { runs }) {
  const { demo } = await coldLoads(browser, { demo: `${origin}/demo/` }, { runs, probe: demoReadyProbe });
  return demo;
}

/** The slope of the least-squares line through the points (log N, log time): 1 is linear, 2 quadratic. */
export function logLogSlope(points) {
  const xs = points.map(({ count }) => Math.log(count));
  const ys = points.map(({ ms }) => Math.log(ms));
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [x, y] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, value, index) => sum + (value - x) * (ys[index] - y), 0);
  const variance = xs.reduce((sum, value) => sum + (value - x) ** 2, 0);
  return covariance / variance;
}

const round = (value) => Math.round(value * 100) / 100;

/**
 * N = 1, 10, 100, 1,000 Glossa quizzes on a page, each with its own inline article, against N plain
 * forms, the two pages of each N loaded in turns: the first quiz and all N clickable, per N; the
 * log-log slope of all N clickable against N; and, at the largest N, the first quiz's time against one
 * quiz alone and the cost per quiz against the plain form's.
 */
export async function measureScaleCurve(browser, origin, { runs }) {
  const points = [];
  for (const count of SCALE_COUNTS) {
    const pages = {
      glossa: `${origin}/bench/scale/quizzes-${count}.html`,
      plain: `${origin}/bench/scale/plain-${count}.html`,
    };
    // A page of 1,000 quizzes takes seconds to load: fewer runs of it.
    const { glossa, plain } = await coldLoads(browser, pages, {
      runs: count >= 1000 ? Math.min(runs, 3) : runs,
      count,
    });
    points.push({ count, glossa, plain });
  }
  const one = points[0];
  const most = points[points.length - 1];
  const perQuiz = ({ glossa, plain }, count) => ({
    glossa: glossa.clickableMs / count,
    plain: plain.clickableMs / count,
  });
  const mostPerQuiz = perQuiz(most, most.count);
  return {
    points,
    // Over the whole curve, and over its last decade, where the fixed cost of a page no longer hides the cost per quiz.
    slope: Object.fromEntries(
      ['glossa', 'plain'].flatMap((name) => {
        const curve = points.map((point) => ({ count: point.count, ms: point[name].clickableMs }));
        return [
          [name, round(logLogSlope(curve))],
          [`${name}LastDecade`, round(logLogSlope(curve.slice(-2)))],
        ];
      }),
    ),
    most: {
      count: most.count,
      firstToOne: round(most.glossa.firstClickableMs / one.glossa.clickableMs),
      perQuizToPlain: round(mostPerQuiz.glossa / mostPerQuiz.plain),
    },
  };
}
