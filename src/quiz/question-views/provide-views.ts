/**
 * Imported first by the server renderer and the hydration entry: a server-rendered quiz holds its
 * ordering and matching questions in full, and hydration must render the same at once, so neither can
 * wait for the views to load.
 */
import * as views from './order-match-views.js';
import { provideLazyViews } from './lazy-views.js';

provideLazyViews(views);
