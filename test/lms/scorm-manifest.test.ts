import { expect } from '@open-wc/testing';
import { scormManifest } from '../../src/lms/scorm-manifest.js';
import { launchPage } from '../../src/lms/launch-page.js';

const ADLCP = { '1.2': 'http://www.adlnet.org/xsd/adlcp_rootv1p2', '2004': 'http://www.adlnet.org/xsd/adlcp_v1p3' };
const description = {
  identifier: 'glossa-bridge-vote',
  title: 'Votes & <vetoes> "quoted"',
  launch: 'index.html',
  files: ['index.html', 'article.json', 'glossa/glossa.js'],
};

/** The manifest read by the browser's own XML parser: a parse error is a `<parsererror>` document. */
function parsed(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror'), 'well-formed').to.have.length(0);
  return document;
}

describe('SCORM manifests, read by the browser’s XML parser', () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version}: one SCO resource launching the page, with every file and the exact title`, () => {
      const document = parsed(scormManifest(version, description));
      const resource = document.getElementsByTagName('resource')[0]!;
      const scormType = version === '1.2' ? 'scormtype' : 'scormType';
      expect(resource.getAttributeNS(ADLCP[version], scormType)).to.equal('sco');
      expect(resource.getAttribute('href')).to.equal('index.html');
      const files = [...resource.getElementsByTagName('file')].map((file) => file.getAttribute('href'));
      expect(files).to.deep.equal(description.files);
      const titles = [...document.getElementsByTagName('title')].map((title) => title.textContent);
      expect(titles).to.deep.equal([description.title, description.title]);
      const item = document.getElementsByTagName('item')[0]!;
      expect(item.getAttribute('identifierref')).to.equal(resource.getAttribute('identifier'));
    });
  }

  it('SCORM 2004: the quiz, not its launch, sets completion and success', () => {
    const document = parsed(scormManifest('2004', description));
    const controls = document.getElementsByTagNameNS('http://www.imsglobal.org/xsd/imsss', 'deliveryControls')[0]!;
    expect(controls.getAttribute('completionSetByContent')).to.equal('true');
    expect(controls.getAttribute('objectiveSetByContent')).to.equal('true');
    expect(document.getElementsByTagName('schemaversion')[0]!.textContent).to.equal('2004 4th Edition');
  });

  it('launch page: the title as text and the quiz with its attributes, in the order the scripts run', () => {
    const html = launchPage({
      title: '</title><script>alert(1)</script>',
      lang: 'fr',
      scorm: '2004',
      article: 'article.json',
      scripts: ['glossa/glossa.js', 'glossa/scorm-bridge.js'],
      styleSheets: [],
      theme: 'dark',
    });
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.title).to.equal('</title><script>alert(1)</script>');
    expect([...page.scripts].map((script) => script.getAttribute('src'))).to.deep.equal([
      'glossa/glossa.js',
      'glossa/scorm-bridge.js',
    ]);
    const quiz = page.querySelector('glossa-quiz')!;
    expect([quiz.getAttribute('src'), quiz.getAttribute('lang'), quiz.getAttribute('theme')]).to.deep.equal([
      'article.json',
      'fr',
      'dark',
    ]);
    expect(page.querySelector('meta[name="glossa-scorm"]')!.getAttribute('content')).to.equal('2004');
    expect(page.querySelector<HTMLElement>('[data-glossa-lms-note]')!.hidden).to.equal(true);
  });
});
