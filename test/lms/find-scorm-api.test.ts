import { expect } from '@open-wc/testing';
import { findScormApi } from '../../src/lms/find-scorm-api.js';

/** A stand-in window: its parent is itself at the top, as in a browser. */
function fakeWindow(properties: Record<string, unknown> = {}, parent?: object): Window {
  const win: Record<string, unknown> = { ...properties, opener: null };
  win['parent'] = parent ?? win;
  return win as unknown as Window;
}

/** A window of another origin: reading anything on it throws, as the browser does. */
const foreignWindow = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new DOMException('Blocked', 'SecurityError');
      },
    },
  ) as Window;

describe('findScormApi', () => {
  const api = { LMSInitialize: () => 'true' };

  it('finds the API on the nearest window that has it, climbing parents', () => {
    const top = fakeWindow({ API: { other: true } });
    const middle = fakeWindow({ API: api }, top);
    const frame = fakeWindow({}, fakeWindow({}, middle));
    expect(findScormApi(frame, 'API')).to.equal(api);
  });

  it('looks by the version’s name only', () => {
    const frame = fakeWindow({}, fakeWindow({ API: api }));
    expect(findScormApi(frame, 'API_1484_11')).to.equal(undefined);
  });

  it('falls back to the opener and its parents', () => {
    const opener = fakeWindow({}, fakeWindow({ API_1484_11: api }));
    const popup = fakeWindow({});
    (popup as unknown as Record<string, unknown>)['opener'] = opener;
    expect(findScormApi(popup, 'API_1484_11')).to.equal(api);
  });

  it('passes over a window whose property of that name is no API object', () => {
    const top = fakeWindow({ API: api });
    for (const notAnApi of ['1.2', 1, true]) {
      const frame = fakeWindow({ API: notAnApi }, top);
      expect(findScormApi(frame, 'API'), String(notAnApi)).to.equal(api);
    }
  });

  it('ends at the top window, its own parent, asking it once', () => {
    let asked = 0;
    const top = fakeWindow();
    Object.defineProperty(top, 'API', {
      get: () => {
        asked += 1;
        return undefined;
      },
    });
    expect(findScormApi(fakeWindow({}, top), 'API')).to.equal(undefined);
    expect(asked).to.equal(1);
  });

  it('stops at a parent of another origin', () => {
    const frame = fakeWindow({}, foreignWindow());
    expect(findScormApi(frame, 'API')).to.equal(undefined);
  });

  it('stops after five hundred parents', () => {
    let win = fakeWindow({ API: api });
    for (let depth = 0; depth < 501; depth += 1) win = fakeWindow({}, win);
    expect(findScormApi(win, 'API')).to.equal(undefined);
    expect(findScormApi(win.parent, 'API')).to.equal(api);
  });
});
