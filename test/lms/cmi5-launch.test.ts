import { expect } from '@open-wc/testing';
import { authTokenOf, cmi5LaunchOf, launchDataOf, stateUrl } from '../../src/lms/cmi5-launch.js';

const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7' } };
const PAGE = 'https://content.example/au/index.html';

function launchUrl(overrides: Record<string, string | undefined> = {}): URL {
  const given: Record<string, string | undefined> = {
    endpoint: 'https://lrs.example/xapi/',
    fetch: 'https://lms.example/fetch/abc',
    actor: JSON.stringify(ACTOR),
    registration: '6f3a1f2b-3c1d-4e5f-8a9b-0c1d2e3f4a5b',
    activityId: 'https://school.example/courses/a/quiz',
    ...overrides,
  };
  const url = new URL(PAGE);
  for (const [name, value] of Object.entries(given)) if (value !== undefined) url.searchParams.set(name, value);
  return url;
}

describe('cmi5 launch', () => {
  it('reads the five launch parameters, the endpoint without its trailing slash', () => {
    expect(cmi5LaunchOf(launchUrl())).to.deep.equal({
      endpoint: 'https://lrs.example/xapi',
      fetch: 'https://lms.example/fetch/abc',
      actor: ACTOR,
      registration: '6f3a1f2b-3c1d-4e5f-8a9b-0c1d2e3f4a5b',
      activityId: 'https://school.example/courses/a/quiz',
    });
  });

  it('is no launch when a parameter is missing, the actor is not JSON, or a URL fails the URL check', () => {
    for (const name of ['endpoint', 'fetch', 'actor', 'registration', 'activityId'])
      expect(cmi5LaunchOf(launchUrl({ [name]: undefined })), name).to.equal(undefined);
    expect(cmi5LaunchOf(launchUrl({ actor: '{not json' }))).to.equal(undefined);
    expect(cmi5LaunchOf(launchUrl({ actor: '"a string"' }))).to.equal(undefined);
    expect(cmi5LaunchOf(launchUrl({ fetch: 'javascript:alert(1)' }))).to.equal(undefined);
    expect(cmi5LaunchOf(launchUrl({ endpoint: 'data:text/plain,x' }))).to.equal(undefined);
  });

  it('takes only an object for the actor, and every trailing slash off the endpoint', () => {
    expect(cmi5LaunchOf(launchUrl({ actor: '[1]' }))).to.equal(undefined);
    expect(cmi5LaunchOf(launchUrl({ actor: 'null' }))).to.equal(undefined);
    expect(cmi5LaunchOf(launchUrl({ endpoint: 'https://lrs.example/xapi///' }))?.endpoint).to.equal(
      'https://lrs.example/xapi',
    );
  });

  it('reads a relative endpoint against the page', () => {
    expect(cmi5LaunchOf(launchUrl({ endpoint: '/lrs' }))?.endpoint).to.equal('https://content.example/lrs');
  });

  it('launch data: the template, the mode (Normal unless a known one), a mastery score within 0 to 1, a safe returnURL', () => {
    const contextTemplate = { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's' } };
    expect(
      launchDataOf({ contextTemplate, launchMode: 'Browse', moveOn: 'Passed', masteryScore: 0.8, returnURL: '/back' }),
    ).to.deep.equal({ contextTemplate, launchMode: 'Browse', moveOn: 'Passed', masteryScore: 0.8, returnURL: '/back' });
    expect(
      launchDataOf({ contextTemplate, launchMode: 'Sideways', masteryScore: 1.5, returnURL: 'javascript:x' }),
    ).to.deep.equal({
      contextTemplate,
      launchMode: 'Normal',
    });
    expect(launchDataOf({ launchMode: 'Normal' })).to.equal(undefined);
    expect(launchDataOf(undefined)).to.equal(undefined);
    expect(launchDataOf([{ contextTemplate }])).to.equal(undefined);
    expect(launchDataOf({ contextTemplate: null })).to.equal(undefined);
    expect(launchDataOf({ contextTemplate: [] })).to.equal(undefined);
  });

  it('launch data: each mode by name; a mastery score from 0 to 1 inclusive, as a number; a returnURL as text', () => {
    const contextTemplate = {};
    for (const launchMode of ['Normal', 'Browse', 'Review'])
      expect(launchDataOf({ contextTemplate, launchMode })?.launchMode).to.equal(launchMode);
    expect(launchDataOf({ contextTemplate, launchMode: 'review' })?.launchMode).to.equal('Normal');
    for (const masteryScore of [0, 1])
      expect(launchDataOf({ contextTemplate, masteryScore })).to.have.property('masteryScore', masteryScore);
    for (const masteryScore of [-0.01, 1.01, '0.8', null])
      expect(launchDataOf({ contextTemplate, masteryScore }), String(masteryScore)).not.to.have.property(
        'masteryScore',
      );
    expect(launchDataOf({ contextTemplate, returnURL: 42, moveOn: 7 })).to.deep.equal({
      contextTemplate,
      launchMode: 'Normal',
    });
  });

  it("the fetch URL's answer: its token, or the LMS's error", () => {
    expect(authTokenOf({ 'auth-token': 'QWxhZGRpbjpvcGVu' })).to.deep.equal({ token: 'QWxhZGRpbjpvcGVu' });
    expect(authTokenOf({ 'error-code': '1', 'error-text': 'already in use' })).to.deep.equal({
      error: 'error "1": "already in use"',
    });
    expect(authTokenOf({ 'error-code': 2 })).to.deep.equal({ error: 'error 2: ""' });
    expect(authTokenOf({ 'auth-token': '' })).to.deep.equal({ error: 'the answer holds no auth-token' });
    expect(authTokenOf({ 'auth-token': 7 })).to.deep.equal({ error: 'the answer holds no auth-token' });
    expect(authTokenOf('nonsense')).to.deep.equal({ error: 'the answer holds no auth-token' });
  });

  it('state URL: each key part as a query parameter, the agent as JSON', () => {
    const url = new URL(
      stateUrl('https://lrs.example/xapi', {
        stateId: 'LMS.LaunchData',
        activityId: 'https://school.example/a?b&c',
        agent: ACTOR as never,
        registration: 'r-1',
      }),
    );
    expect(url.origin + url.pathname).to.equal('https://lrs.example/xapi/activities/state');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      stateId: 'LMS.LaunchData',
      activityId: 'https://school.example/a?b&c',
      agent: JSON.stringify(ACTOR),
      registration: 'r-1',
    });
  });
});
