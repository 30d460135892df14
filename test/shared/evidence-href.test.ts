import { expect } from '@open-wc/testing';
import { evidenceHref, linksEveryParagraph } from '../../src/shared/evidence-href.js';
import { validMinimal } from '../fixtures/minimal-article.js';
import { urlCorpus, type UrlCorpus } from '../fixtures/url-corpus.js';

let templates: UrlCorpus['evidenceTemplates'];
before(async () => {
  templates = (await urlCorpus()).evidenceTemplates;
});

describe('evidenceHref', () => {
  it('fills {n} and {id} into a safe template', () => {
    for (const [template, href] of Object.entries(templates.safe)) {
      expect(evidenceHref(template, templates.paragraphId, templates.paragraphNumber), template).to.equal(href);
    }
  });

  it('makes no link from a template that is, or becomes once filled in, not http(s) or relative', () => {
    for (const template of templates.unsafe) {
      expect(evidenceHref(template, templates.paragraphId, templates.paragraphNumber), JSON.stringify(template)).to.be
        .undefined;
    }
  });
});

describe('linksEveryParagraph', () => {
  it('holds for a template that links each paragraph, and not for one that would run script', () => {
    const article = validMinimal();
    expect(linksEveryParagraph('#p{n}', article)).to.be.true;
    expect(linksEveryParagraph('javascript:alert(1)//{n}', article)).to.be.false;
  });

  it('does not hold when the link of one paragraph would not pass', () => {
    const paragraphs = [
      { id: 'http', text: 'Its link is http://example.org/.' },
      { id: 'p2', text: 'Its link would be p2://example.org/.' },
    ];
    const article = { ...validMinimal(), paragraphs };
    expect(evidenceHref('{id}://example.org/', 'http', 1)).to.equal('http://example.org/');
    expect(linksEveryParagraph('{id}://example.org/', article)).to.be.false;
  });
});
