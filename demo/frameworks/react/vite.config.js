import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'` lets the built app be served from any folder, as the framework tests do.
export default defineConfig({ base: './', plugins: [react()] });
