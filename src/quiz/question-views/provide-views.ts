/**
 * Imported first by the server renderer and the hydration entry: a server-rendered quiz holds its
 * fill-in-the-blank, ordering and matching questions in full, and hydration must render the same at
 * once, so neither can wait for the views to load.
 */
import * as views from './answer-views.js';
import { provideLazyViews } from './lazy-views.js';

provideLazyViews(views);
