import { ru } from '../localize/ru.js';
import { registerTranslation } from '../localize/registry.js';

registerTranslation(ru);

export { ru };
