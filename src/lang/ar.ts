import { ar } from '../localize/ar.js';
import { registerTranslation } from '../localize/registry.js';

registerTranslation(ar);

export { ar };
