import type { ArticleInput } from 'glossa';
import article from '../../../articles/kazakhstan-2022.json';

/**
 * The seed article, typed as the model it is: TypeScript widens an imported JSON file's values
 * (`"schemaVersion": 1` becomes a number), so it cannot tell by itself that the file is an article.
 */
export const seed = article as ArticleInput;
