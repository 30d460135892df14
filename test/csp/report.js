// Collects CSP violations and tells the test in the parent page what rendered, once everything settled.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});

const WIDGETS = 'glossa-explainer, glossa-timeline, glossa-whos-who, glossa-quiz';

function settled(widget) {
  return new Promise((resolve) => {
    const done = () => resolve(`${widget.localName}: ${widget.shadowRoot?.querySelector('[part="base"]') ? 'ready' : 'failed'}`);
    if (widget.shadowRoot?.querySelector('[part="base"], [part="error"]')) return done();
    widget.addEventListener('glossa-ready', done, { once: true });
    widget.addEventListener('glossa-error', done, { once: true });
  });
}

addEventListener('load', async () => {
  await customElements.whenDefined('glossa-annotate');
  const states = await Promise.all([...document.querySelectorAll(WIDGETS)].map(settled));
  const term = document.querySelector('p > glossa-term');
  await term.updateComplete;
  // Opening a hovercard exercises the popover and its positioning under the policy.
  term.shadowRoot.querySelector('[part~="trigger"]')?.focus();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const opened = term.shadowRoot.querySelector('[part="hovercard"]')?.matches(':popover-open') ?? false;
  const annotated = document.querySelectorAll('glossa-annotate glossa-term').length;
  parent.postMessage({ type: 'glossa-csp-report', states, opened, annotated, violations }, '*');
});
