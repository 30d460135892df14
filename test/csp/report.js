// Collects CSP violations and tells the test in the parent page once every widget is ready or failed.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});

addEventListener('load', async () => {
  await Promise.all(['glossa-article', 'glossa-explainer', 'glossa-timeline'].map((tag) => customElements.whenDefined(tag)));
  const widgets = [...document.querySelectorAll('glossa-article > *')];
  const settled = widgets.map(
    (widget) =>
      new Promise((resolve) => {
        const done = () => resolve(widget.shadowRoot?.querySelector('[part="base"]') ? 'ready' : 'failed');
        if (widget.shadowRoot?.querySelector('[part="base"], [part="error"]')) done();
        widget.addEventListener('glossa-ready', done, { once: true });
        widget.addEventListener('glossa-error', done, { once: true });
      }),
  );
  const states = await Promise.all(settled);
  // Let any violation from the last render arrive before reporting.
  await new Promise((resolve) => setTimeout(resolve, 100));
  parent.postMessage({ type: 'glossa-csp-report', states, violations }, '*');
});
