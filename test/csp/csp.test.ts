import { expect } from '@open-wc/testing';

interface CspReport {
  readonly states: string[];
  readonly opened: boolean;
  readonly annotated: number;
  readonly annotateOpened: boolean;
  readonly underlined: boolean;
  readonly violations: string[];
}

/** Loads test/csp/page.html, served with a strict Content-Security-Policy, and waits for its report. */
function loadUnderStrictCsp(): Promise<CspReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the page under CSP never reported')), 45_000);
    addEventListener('message', function onMessage(event: MessageEvent<{ type?: unknown } | null>) {
      if (event.data?.type !== 'glossa-csp-report') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data as CspReport);
    });
    frame.src = '/test/csp/page.html';
    document.body.append(frame);
  });
}

describe('a page with a strict Content-Security-Policy', () => {
  it('is really served with the policy', async () => {
    const response = await fetch('/test/csp/page.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
  });

  it('renders every widget with no violation', async function () {
    const report = await loadUnderStrictCsp();
    expect(report.violations).to.deep.equal([]);
    expect(report.states).to.deep.equal([
      'glossa-explainer: ready',
      'glossa-explainer: ready',
      'glossa-timeline: ready',
      'glossa-whos-who: ready',
      'glossa-quiz: ready',
    ]);
    expect(report.annotated, 'terms marked by <glossa-annotate>').to.equal(2);
    expect(report.opened, 'the hovercard opened').to.be.true;
    expect(report.annotateOpened, 'the annotated terms’ card opened').to.be.true;
    expect(report.underlined, 'the open term is underlined by the adopted style sheet').to.be.true;
  });
});
