import { reportHeight } from './report-height.js';

/** The height reporter alone, inlined by `glossa render --page` in a page it writes to be framed. */
reportHeight();
