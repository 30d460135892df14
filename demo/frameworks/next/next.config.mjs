import { fileURLToPath } from 'node:url';

/** Glossa is linked from the repository (`file:../../..`), so Turbopack must see files above this app. */
const repository = fileURLToPath(new URL('../../..', import.meta.url));

export default {
  turbopack: { root: repository },
  outputFileTracingRoot: repository,
};
