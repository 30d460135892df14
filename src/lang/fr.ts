import { fr } from '../localize/fr.js';
import { registerTranslation } from '../localize/registry.js';

registerTranslation(fr);

export { fr };
