// Collects CSP violations and tells the test in the parent page what rendered, once everything settled.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});

const WIDGETS = 'glossa-explainer, glossa-timeline, glossa-whos-who, glossa-quiz';

function settled(widget) {
  return new Promise((resolve) => {
    const done = () =>
      resolve(`${widget.localName}: ${widget.shadowRoot?.querySelector('[part="base"]') ? 'ready' : 'failed'}`);
    if (widget.shadowRoot?.querySelector('[part="base"], [part="error"]')) return done();
    widget.addEventListener('glossa-ready', done, { once: true });
    widget.addEventListener('glossa-error', done, { once: true });
  });
}

/** Whether `condition` holds within `ms`, checked at each frame: the page reports as soon as it does. */
async function within(ms, condition) {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return true;
}

addEventListener('load', async () => {
  await customElements.whenDefined('glossa-annotate');
  const states = await Promise.all([...document.querySelectorAll(WIDGETS)].map(settled));
  const term = document.querySelector('p > glossa-term');
  await term.updateComplete;
  // Opening a hovercard exercises the popover and its positioning under the policy.
  term.shadowRoot.querySelector('[part~="trigger"]')?.focus();
  const opened = await within(10_000, () =>
    term.shadowRoot.querySelector('[part="hovercard"]')?.matches(':popover-open'),
  );
  const annotate = document.querySelector('glossa-annotate');
  const marks = annotate.querySelectorAll('[data-glossa-term]');
  // The annotated terms' look is a style sheet the element adopts into the page, and their card is shared.
  marks[0]?.click();
  const annotateOpened = await within(10_000, () =>
    annotate.shadowRoot.querySelector('[part="hovercard"]')?.matches(':popover-open'),
  );
  const underlined = marks[0] ? getComputedStyle(marks[0]).textDecorationStyle === 'solid' : false;
  parent.postMessage(
    { type: 'glossa-csp-report', states, opened, annotated: marks.length, annotateOpened, underlined, violations },
    '*',
  );
});
