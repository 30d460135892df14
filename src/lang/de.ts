import { de } from '../localize/de.js';
import { registerTranslation } from '../localize/registry.js';

registerTranslation(de);

export { de };
