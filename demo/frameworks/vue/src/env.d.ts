/// <reference types="vite/client" />
// Types <glossa-*> in templates from glossa's custom-elements.json.
import type {} from 'glossa/types/vue';
