import { expect } from '@open-wc/testing';
import { LrsSender } from '../../src/xapi/lrs-sender.js';
import type { XapiStatement } from '../../src/xapi/statement-types.js';
import { randomUuid } from '../../src/xapi/uuid.js';
import { fakeLrs } from './fake-lrs.js';

const statement = (): XapiStatement => ({
  id: randomUuid(),
  actor: { mbox: 'mailto:reader@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  object: { objectType: 'Activity', id: 'https://school.example/a' },
  timestamp: new Date().toISOString(),
});

describe('LrsSender.whenSent', () => {
  beforeEach(() => localStorage.clear());

  it('resolves once the LRS has taken everything queued, through a retry', async () => {
    const lrs = fakeLrs('when-sent');
    await lrs.script([{ status: 503, retryAfter: '0' }]);
    const sender = new LrsSender(new URL(lrs.endpoint, location.href).href);
    sender.start();
    const sent = [statement(), statement()];
    sender.send(sent);
    await sender.whenSent();
    const log = await lrs.log();
    expect(Object.keys(log.stored)).to.deep.equal(sent.map(({ id }) => id));
    expect(log.requests.map(({ status }) => status)).to.deep.equal([503, 200]);
    sender.stop();
  });

  it('resolves at once when nothing waits', async () => {
    const lrs = fakeLrs('when-sent-idle');
    const sender = new LrsSender(new URL(lrs.endpoint, location.href).href);
    await sender.whenSent();
    expect((await lrs.log()).requests).to.deep.equal([]);
  });
});
