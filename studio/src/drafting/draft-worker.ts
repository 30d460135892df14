import { draftArticle } from '../../../src/draft/index.js';
import type { DraftReply, DraftRequest } from './draft-messages.js';

/**
 * The draft, in a module worker: the page stays responsive however long the text, and ending the
 * worker cancels the draft at once. Everything the draft reads with (parse5, mammoth's browser build,
 * compromise, chrono-node) runs without a DOM.
 */
const reply = (message: DraftReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<DraftRequest>) => {
  draftArticle(event.data.source, { onStage: (progress) => reply({ kind: 'progress', progress }) }).then(
    (draft) => reply({ kind: 'drafted', draft }),
    (error: unknown) => {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      reply({ kind: 'failed', name, message });
    },
  );
});

reply({ kind: 'ready' });
