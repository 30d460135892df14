export { LocalizeController } from './localize-controller.js';
export { registerTranslation } from './registry.js';
export type { PartialTranslation, Translation } from './translation.js';
