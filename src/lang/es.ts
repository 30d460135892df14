import { es } from '../localize/es.js';
import { registerTranslation } from '../localize/registry.js';

registerTranslation(es);

export { es };
