import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/model/index.js';
import { evidenceHref, linksEveryParagraph } from '../../src/shared/evidence-href.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
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
  const parsed = parseArticle(minimalArticle());
  if (!parsed.ok) throw new Error('the minimal article is invalid');

  it('holds for a template that links each paragraph, and not for one that would run script', () => {
    expect(linksEveryParagraph('#p{n}', parsed.article)).to.be.true;
    expect(linksEveryParagraph('javascript:alert(1)//{n}', parsed.article)).to.be.false;
  });
});
