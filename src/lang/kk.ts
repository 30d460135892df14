import { kk } from '../localize/kk.js';
import { registerTranslation } from '../localize/registry.js';

registerTranslation(kk);

export { kk };
